import History from "@mui/icons-material/History";
import { AuditEntryList } from "./AuditEntryList.tsx";
import { AuditEntryShow } from "./AuditEntryShow.tsx";

/** 操作日志: append-only; the admin searches it and reads each change's before and after. */
export default {
  list: AuditEntryList,
  show: AuditEntryShow,
  icon: History,
  recordRepresentation: "action",
};
