import Apartment from "@mui/icons-material/Apartment";
import { DepartmentList } from "./DepartmentList.tsx";

/** 内设部门: read-only here; the departments come with the installation. */
export default {
  list: DepartmentList,
  icon: Apartment,
  recordRepresentation: "name",
};
