import SportsTennis from "@mui/icons-material/SportsTennis";
import { createElement } from "react";
import type { PanelPage } from "../pages.tsx";
import { TournamentDeskPage } from "./TournamentDeskPage.tsx";
import { TournamentListPage } from "./TournamentListPage.tsx";

export { TournamentDeskLink } from "./TournamentDeskLink.tsx";

/**
 * 赛事编排: the tournament activities (menu), and per activity its desk: the draw with its lots,
 * courts and times, scores game by game, group tables, the bracket and the final standings.
 */
export const tournamentPages: PanelPage[] = [
  {
    path: "tournaments",
    element: createElement(TournamentListPage),
    access: "TournamentDesk",
    menu: { label: "resources.TournamentDesk.menu", icon: SportsTennis },
  },
  { path: "tournaments/:activityId", element: createElement(TournamentDeskPage), access: "TournamentDesk" },
];
