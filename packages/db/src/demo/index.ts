export {
  type DemoAccount,
  demoAccounts,
  demoAccountUsernames,
  demoPassword,
  demoUnitAccountOrganizationCode,
} from "./accounts.ts";
export { buildDemoDataset, type DemoDataset } from "./dataset.ts";
export { type DemoDepartment, demoDepartments, productionProtectionDepartmentCode } from "./departments.ts";
export { type DemoHoliday, demoHolidays } from "./holidays.ts";
export {
  DemoDataRefusedError,
  type DemoDataState,
  type DemoSummary,
  demoDataLoadedAtKey,
  demoDataState,
  ensureDemoData,
  loadDemoData,
} from "./load.ts";
export { cityFederationCode, type DemoOrganization, demoOrganizations, jinzhouRegionCodes } from "./organizations.ts";
export { createDemoRandom, type DemoRandom } from "./random.ts";
export type { DemoSector, DemoTrade } from "./trades.ts";
export { type DemoWorker, demoReferenceDate, demoWorkerCount, demoWorkers } from "./workers.ts";
