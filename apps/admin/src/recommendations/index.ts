import RecordVoiceOver from "@mui/icons-material/RecordVoiceOver";
import { RecommendationList } from "./RecommendationList.tsx";
import { RecommendationShow } from "./RecommendationShow.tsx";

/** 公众推荐: candidates recommended by the public for a 最美劳动者 search, reviewed by the approval chain. */
export default {
  list: RecommendationList,
  show: RecommendationShow,
  icon: RecordVoiceOver,
  recordRepresentation: "candidateName",
};
