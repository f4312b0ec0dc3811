import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/** What a page receives: the parameters of its path (e.g. { id: "3" } for /activities/:id). */
export interface PageProps {
  params: Record<string, string>;
}

export interface PortalRoute {
  path: string;
  page: LazyExoticComponent<ComponentType<PageProps>>;
  /** Which bottom tab is lit on this page. */
  tab: "activities" | "results" | "mine";
}

/**
 * Every page of the portal. Each page is its own file loaded when first opened, so a worker's
 * phone downloads only the pages they visit. Order matters only between patterns that overlap.
 */
export const routes: PortalRoute[] = [
  { path: "/", page: lazy(() => import("../home/HomePage.tsx")), tab: "activities" },
  { path: "/results", page: lazy(() => import("../results/ResultsListPage.tsx")), tab: "results" },
  { path: "/results/:activityId", page: lazy(() => import("../results/ResultsPage.tsx")), tab: "results" },
  { path: "/activities/:id", page: lazy(() => import("../activities/ActivityPage.tsx")), tab: "activities" },
  {
    path: "/activities/:id/register/:categoryId",
    page: lazy(() => import("../activities/RegisterPage.tsx")),
    tab: "activities",
  },
  {
    path: "/activities/:id/declare",
    page: lazy(() => import("../activities/DeclareProjectPage.tsx")),
    tab: "activities",
  },
  { path: "/activities/:id/recommend", page: lazy(() => import("../recommend/RecommendPage.tsx")), tab: "activities" },
  { path: "/me", page: lazy(() => import("../mine/MyPage.tsx")), tab: "mine" },
  { path: "/me/registrations/:id", page: lazy(() => import("../mine/RegistrationPage.tsx")), tab: "mine" },
  { path: "/login", page: lazy(() => import("../account/LoginPage.tsx")), tab: "mine" },
  { path: "/activate", page: lazy(() => import("../account/ActivatePage.tsx")), tab: "mine" },
  { path: "/reset-password", page: lazy(() => import("../account/ResetPasswordPage.tsx")), tab: "mine" },
  { path: "/me/messages", page: lazy(() => import("../messages/MessagesPage.tsx")), tab: "mine" },
  { path: "/live/:roundId", page: lazy(() => import("../live/ScoreboardPage.tsx")), tab: "activities" },
  { path: "/vote/:roundId", page: lazy(() => import("../vote/VotePage.tsx")), tab: "activities" },
  { path: "/tournaments/:roundId", page: lazy(() => import("../tournament/TournamentPage.tsx")), tab: "activities" },
];
