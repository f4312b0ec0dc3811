// The browser-test harness shared by the admin panel and the workers' portal: the real API with
// the demo data in this process, Debian's Chromium, and GraphQL-level fixtures for preparing data.
export type { Browser, BrowserContext, Locator, Page } from "playwright-core";
export {
  createActivity,
  createOpenActivity,
  createOpenActivityReviewedByOrganizer,
  departmentOf,
  type NewActivity,
  transitionActivity,
} from "./activities.ts";
export {
  type BrowserSession,
  type BrowserSessionOptions,
  openBrowserSession,
  type SessionApi,
} from "./browser-session.ts";
export { chinaDay } from "./calendar.ts";
export { chromiumPath, launchChromium, skipBrowserTests, warnIfSkipped } from "./chromium.ts";
export { demoPassword, type GraphqlCall } from "./graphql-client.ts";
export { expectNoSidewaysScroll } from "./layout.ts";
export { approveRegistration, type Enrolment, enrolWorker } from "./registrations.ts";
export { createWorkerAccount, uniquelyNamed, type WorkerRecord, workersWithoutAccount } from "./workers.ts";
