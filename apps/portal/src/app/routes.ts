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
];
