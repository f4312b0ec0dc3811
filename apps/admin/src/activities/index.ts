import EmojiEvents from "@mui/icons-material/EmojiEvents";
import { ActivityCreate } from "./ActivityCreate.tsx";
import { ActivityEdit } from "./ActivityEdit.tsx";
import { ActivityList } from "./ActivityList.tsx";
import { ActivityShow } from "./ActivityShow.tsx";

/** 活动: made from a kind's template, moved through its lifecycle by its department's organizers. */
export default {
  list: ActivityList,
  show: ActivityShow,
  create: ActivityCreate,
  edit: ActivityEdit,
  icon: EmojiEvents,
  recordRepresentation: "name",
};
