import FactCheck from "@mui/icons-material/FactCheck";
import { RegistrationList } from "./RegistrationList.tsx";
import { RegistrationShow } from "./RegistrationShow.tsx";
import { entrantName } from "./reviewRegistration.ts";

/** 报名审核: registrations to review, level by level; nobody creates or edits them here. */
export default {
  list: RegistrationList,
  show: RegistrationShow,
  icon: FactCheck,
  recordRepresentation: (record: { name?: string | null; members?: { name: string }[] }) => entrantName(record),
};
