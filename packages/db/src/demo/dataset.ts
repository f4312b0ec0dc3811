import type { CalendarDate } from "@jinzhou/domain";
import { type DemoAccount, demoAccounts } from "./accounts.ts";
import { type DemoDepartment, demoDepartments } from "./departments.ts";
import { type DemoHoliday, demoHolidays } from "./holidays.ts";
import { type DemoOrganization, demoOrganizations } from "./organizations.ts";
import { type DemoWorker, demoReferenceDate, demoWorkers } from "./workers.ts";

/** Everything the demo puts into a database, before any of it has an id. */
export interface DemoDataset {
  /** Parents before children. */
  organizations: DemoOrganization[];
  departments: DemoDepartment[];
  workers: DemoWorker[];
  accounts: DemoAccount[];
  /** The 2015 and 2016 holiday calendars. */
  holidays: DemoHoliday[];
}

/**
 * Builds the demo dataset in memory, with ages as of `referenceDate`. Pure and deterministic: no
 * database, no clock, no Math.random, so tests can inspect exactly what a load will write.
 */
export function buildDemoDataset(referenceDate: CalendarDate = demoReferenceDate): DemoDataset {
  const organizations = demoOrganizations();
  const workers = demoWorkers(organizations, referenceDate);
  return {
    organizations,
    departments: demoDepartments(),
    workers,
    accounts: demoAccounts(organizations, workers, referenceDate),
    holidays: demoHolidays(),
  };
}
