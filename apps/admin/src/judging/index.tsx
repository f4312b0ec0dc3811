import GavelIcon from "@mui/icons-material/Gavel";
import RateReviewIcon from "@mui/icons-material/RateReview";
import type { PanelPage } from "../pages.tsx";
import { ActivityJudgingPage } from "./ActivityJudgingPage.tsx";
import { JudgingActivitiesPage } from "./JudgingActivitiesPage.tsx";
import { MyScoringPage } from "./MyScoringPage.tsx";

/**
 * Judging's pages: the organizer's 评审 (activities in judging, then one activity's rounds) and the
 * judge's 我的评分. Access pseudo-resources: "Judging" (organizer, admin), "ScoringSheet" (judge).
 */
export const judgingPages: PanelPage[] = [
  {
    path: "judging",
    element: <JudgingActivitiesPage />,
    access: "Judging",
    menu: { label: "resources.Judging.menu", icon: GavelIcon },
  },
  { path: "judging/:activityId", element: <ActivityJudgingPage />, access: "Judging" },
  {
    path: "my-scoring",
    element: <MyScoringPage />,
    access: "ScoringSheet",
    menu: { label: "resources.ScoringSheet.menu", icon: RateReviewIcon },
  },
];
