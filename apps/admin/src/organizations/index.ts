import AccountTree from "@mui/icons-material/AccountTree";
import { OrganizationCreate } from "./OrganizationCreate.tsx";
import { OrganizationEdit } from "./OrganizationEdit.tsx";
import { OrganizationList } from "./OrganizationList.tsx";
import { OrganizationShow } from "./OrganizationShow.tsx";

/** 工会组织: the tree from the city federation down to the grassroots unions. */
export default {
  list: OrganizationList,
  edit: OrganizationEdit,
  create: OrganizationCreate,
  show: OrganizationShow,
  icon: AccountTree,
  recordRepresentation: "name",
};
