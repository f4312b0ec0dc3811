import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

export interface ParticipationFigures {
  entrants: number;
  youngEntrants: number;
  nonPublicEntrants: number;
  youngShare: number | null;
  nonPublicShare: number | null;
}

export type Milestone = "REGISTRATION_OPENS" | "REGISTRATION_CLOSES" | "JUDGING_ENDS" | "ACTIVITY_COMPLETES";

export interface DashboardDeadline {
  milestone: Milestone;
  dueOn: string;
  daysLeft: number;
}

export interface DashboardActivity {
  id: string;
  code: string;
  name: string;
  kind: string;
  state: string;
  completedBy: string | null;
  deadlinePhrase: string | null;
  overdue: DashboardDeadline | null;
  dueSoon: DashboardDeadline | null;
  participation: ParticipationFigures | null;
}

export interface DashboardDepartment {
  id: string;
  name: string;
  overdueCount: number;
  activities: DashboardActivity[];
}

export interface DashboardOrganization {
  organizationId: string;
  name: string;
  kind: string;
  direct: boolean;
  participation: ParticipationFigures;
}

export interface YearDashboard {
  year: number;
  today: string;
  referenceDate: string;
  participationScope: "ALL" | "DEPARTMENT" | "SUBTREE";
  scopeOrganizationName: string;
  departments: DashboardDepartment[];
  total: ParticipationFigures;
  organizations: DashboardOrganization[];
}

const figures = "entrants youngEntrants nonPublicEntrants youngShare nonPublicShare";

const dashboardQuery = /* GraphQL */ `
  query Dashboard($year: Int!) {
    dashboard(year: $year) {
      year today referenceDate participationScope scopeOrganizationName
      departments {
        id name overdueCount
        activities {
          id code name kind state completedBy deadlinePhrase
          overdue { milestone dueOn daysLeft }
          dueSoon { milestone dueOn daysLeft }
          participation { ${figures} }
        }
      }
      total { ${figures} }
      organizations { organizationId name kind direct participation { ${figures} } }
    }
  }
`;

export async function fetchDashboard(year: number): Promise<YearDashboard> {
  const { dashboard } = await requestGraphql<{ dashboard: YearDashboard }>(dashboardQuery, { year });
  return dashboard;
}

const judgeQuery = /* GraphQL */ `
  query JudgeHome {
    draft: _allJudgeAssignmentsMeta(filter: { sheetState: DRAFT }) { count }
    unlocked: _allJudgeAssignmentsMeta(filter: { sheetState: UNLOCKED }) { count }
  }
`;

/** A judge's sheets still to submit (the API shows a judge only their own assignments). */
export async function fetchJudgeWork(): Promise<{ draft: number; unlocked: number }> {
  const answer = await requestGraphql<{ draft: { count: number }; unlocked: { count: number } }>(judgeQuery);
  return { draft: answer.draft.count, unlocked: answer.unlocked.count };
}

const unitQuery = /* GraphQL */ `
  query UnitHome {
    unit: _allRegistrationsMeta(filter: { state: PENDING_UNIT }) { count }
    county: _allRegistrationsMeta(filter: { state: PENDING_COUNTY }) { count }
  }
`;

/** Entries of the unit admin's subtree awaiting review (the API limits them to the subtree). */
export async function fetchUnitWork(): Promise<{ pendingUnit: number; pendingCounty: number }> {
  const answer = await requestGraphql<{ unit: { count: number }; county: { count: number } }>(unitQuery);
  return { pendingUnit: answer.unit.count, pendingCounty: answer.county.count };
}
