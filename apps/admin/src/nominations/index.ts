import EmojiEvents from "@mui/icons-material/EmojiEvents";
import { NominationDesk } from "./NominationDesk.tsx";
import { NominationList } from "./NominationList.tsx";

/** 推荐名单: nominations within quotas (劳模选树 …); `create` is the unit admin's nomination desk. */
export default {
  list: NominationList,
  create: NominationDesk,
  icon: EmojiEvents,
  recordRepresentation: (record: { name?: string }) => record.name ?? "",
};
