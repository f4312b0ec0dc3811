import EventBusy from "@mui/icons-material/EventBusy";
import { HolidayCreate } from "./HolidayCreate.tsx";
import { HolidayEdit } from "./HolidayEdit.tsx";
import { HolidayList } from "./HolidayList.tsx";

/** 节假日安排: the admin enters each year's days off and make-up working days. */
export default {
  list: HolidayList,
  create: HolidayCreate,
  edit: HolidayEdit,
  icon: EventBusy,
  recordRepresentation: "name",
};
