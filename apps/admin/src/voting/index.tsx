import type { PanelPage } from "../pages.tsx";
import { VotingPage } from "./VotingPage.tsx";

/** 网络投票管理: one page per activity, reached from the activity's page (no menu entry). */
export const votingPages: PanelPage[] = [
  { path: "activities/:id/voting", element: <VotingPage />, access: "PublicVote" },
];
