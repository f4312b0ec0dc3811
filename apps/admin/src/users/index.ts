import ManageAccounts from "@mui/icons-material/ManageAccounts";
import { UserCreate } from "./UserCreate.tsx";
import { UserEdit } from "./UserEdit.tsx";
import { UserList } from "./UserList.tsx";
import { UserShow } from "./UserShow.tsx";

/** 账号与角色: opened, changed, disabled and re-enabled by the admin; never deleted (the log names them). */
export default {
  list: UserList,
  show: UserShow,
  create: UserCreate,
  edit: UserEdit,
  icon: ManageAccounts,
  recordRepresentation: "displayName",
};
