import Leaderboard from "@mui/icons-material/Leaderboard";
import type { PanelPage } from "../pages.tsx";
import { ResultsActivityPicker } from "./ResultsActivityPicker.tsx";
import { ResultsPage } from "./ResultsPage.tsx";

/** The results desk: a menu entry choosing the activity, and each activity's own page. */
export const resultsPages: PanelPage[] = [
  {
    path: "results",
    element: <ResultsActivityPicker />,
    access: "Result",
    menu: { label: "resources.Result.menu", icon: Leaderboard },
  },
  { path: "activities/:id/results", element: <ResultsPage />, access: "Result" },
];
