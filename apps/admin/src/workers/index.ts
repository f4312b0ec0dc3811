import Badge from "@mui/icons-material/Badge";
import { WorkerCreate } from "./WorkerCreate.tsx";
import { WorkerEdit } from "./WorkerEdit.tsx";
import { WorkerList } from "./WorkerList.tsx";
import { WorkerShow } from "./WorkerShow.tsx";

/** 职工: the roster of union members, each in a grassroots union. */
export default {
  list: WorkerList,
  edit: WorkerEdit,
  create: WorkerCreate,
  show: WorkerShow,
  icon: Badge,
  recordRepresentation: "name",
};
