import {
  type ActivityDeadline,
  type ActivityKind,
  type ActivityMilestone,
  type ActivityState,
  DomainError,
  idsOnPath,
  type OrganizationKind,
  participationReferenceDate,
  participationShare,
  summarizeActivityDeadlines,
  validationError,
} from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { countParticipation, type ParticipationCell } from "./participation-counts.ts";

/** Entrants (人次) and the two shares the plan asks about, in percent with one decimal. */
export interface ParticipationFigures {
  entrants: number;
  youngEntrants: number;
  nonPublicEntrants: number;
  youngShare: number | null;
  nonPublicShare: number | null;
}

export interface DashboardDeadline {
  milestone: ActivityMilestone;
  dueOn: string;
  /** Days from today: 0 today, 3 in three days, −2 two days overdue. */
  daysLeft: number;
}

export interface DashboardActivity {
  id: number;
  code: string;
  name: string;
  kind: ActivityKind;
  state: ActivityState;
  completedBy: string | null;
  deadlinePhrase: string | null;
  /** The most overdue milestone still ahead of the activity's state, if any. */
  overdue: DashboardDeadline | null;
  /** The soonest milestone due within a week, if any and nothing is overdue. */
  dueSoon: DashboardDeadline | null;
  /** Null where the viewer may not see the activity's entries (an organizer, another department). */
  participation: ParticipationFigures | null;
}

export interface DashboardDepartment {
  id: number;
  name: string;
  overdueCount: number;
  activities: DashboardActivity[];
}

export interface DashboardOrganization {
  organizationId: number;
  name: string;
  kind: OrganizationKind;
  /** True for the scope root's own row: entries of units directly under it (直属). */
  direct: boolean;
  participation: ParticipationFigures;
}

/** Which entries the participation figures cover: all, one department's activities, one subtree. */
export type ParticipationScope = "ALL" | "DEPARTMENT" | "SUBTREE";

export interface YearDashboard {
  year: number;
  today: string;
  /** Ages for 青年职工 are taken on this day (31 December of the year). */
  referenceDate: string;
  participationScope: ParticipationScope;
  scopeOrganizationId: number;
  scopeOrganizationName: string;
  departments: DashboardDepartment[];
  total: ParticipationFigures;
  organizations: DashboardOrganization[];
}

function figures(entrants: number, youngEntrants: number, nonPublicEntrants: number): ParticipationFigures {
  return {
    entrants,
    youngEntrants,
    nonPublicEntrants,
    youngShare: participationShare(youngEntrants, entrants),
    nonPublicShare: participationShare(nonPublicEntrants, entrants),
  };
}

function sum(cells: readonly ParticipationCell[]): ParticipationFigures {
  let entrants = 0;
  let young = 0;
  let nonPublic = 0;
  for (const cell of cells) {
    entrants += cell.entrants;
    young += cell.youngEntrants;
    nonPublic += cell.nonPublicEntrants;
  }
  return figures(entrants, young, nonPublic);
}

function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const toDeadline = (deadline: ActivityDeadline): DashboardDeadline => ({
  milestone: deadline.milestone,
  dueOn: deadline.dueOn,
  daysLeft: deadline.daysLeft,
});

/**
 * What leaders look at for a work-plan year: every activity of the year by owning department,
 * with its state, deadlines and what is overdue (activities are readable by every signed-in
 * user); and the year's entrants — per child of the viewer's organization (the counties and
 * industry unions for the federation, a county's grassroots unions for its unit admin), and the
 * shares of young and non-public-enterprise workers, overall and per activity. The figures cover
 * what the viewer may see of registrations: the admin all, an organizer their department's
 * activities, a unit admin their subtree. Four statements whatever the year holds.
 */
export async function yearDashboard(context: Context, year: number): Promise<YearDashboard> {
  const actor = requireActor(context);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw validationError([{ field: "year", code: "YEAR_INVALID", message: `年份“${year}”不在 2000–2100 之间` }]);
  }
  if (actor.role !== "ADMIN" && actor.role !== "ORGANIZER" && actor.role !== "UNIT_ADMIN") {
    throw new DomainError("FORBIDDEN");
  }
  const departmentCode = actor.role === "ORGANIZER" ? (await activityPerformerOf(context)).departmentCode : null;
  const participationScope: ParticipationScope =
    actor.role === "ADMIN" ? "ALL" : actor.role === "ORGANIZER" ? "DEPARTMENT" : "SUBTREE";
  // The federation's view is grouped by the top of the tree's children; a unit admin's by their own.
  const scopeIds = idsOnPath(actor.scopePath);
  const rootIds = actor.role === "UNIT_ADMIN" ? scopeIds : scopeIds.slice(0, 1);
  const rootId = rootIds.at(-1);
  if (rootId === undefined) throw new DomainError("FORBIDDEN");
  const rootPath = `/${rootIds.map((id) => String(id).padStart(8, "0")).join("/")}/`;

  const [activities, organizations, cells] = await Promise.all([
    context.prisma.activity.findMany({
      where: { year },
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        state: true,
        registrationOpensOn: true,
        registrationClosesOn: true,
        judgingEndsOn: true,
        completedBy: true,
        deadlinePhrase: true,
        department: { select: { id: true, code: true, name: true, sortOrder: true } },
      },
      orderBy: { id: "asc" },
    }),
    context.prisma.organization.findMany({
      where: { OR: [{ id: rootId }, { parentId: rootId }] },
      select: { id: true, name: true, kind: true, parentId: true, code: true },
      orderBy: [{ code: "asc" }, { id: "asc" }],
    }),
    // An organizer without a department sees no entries.
    actor.role === "ORGANIZER" && departmentCode === null
      ? Promise.resolve([])
      : countParticipation(context, { year, rootPath, rootId, departmentCode }),
  ]);

  const summaries = summarizeActivityDeadlines(
    activities.map((activity) => ({
      activityId: activity.id,
      activityName: activity.name,
      departmentCode: activity.department.code,
      state: activity.state,
      schedule: {
        registrationOpensOn: activity.registrationOpensOn,
        registrationClosesOn: activity.registrationClosesOn,
        judgingEndsOn: activity.judgingEndsOn,
        completedBy: activity.completedBy,
      },
    })),
    context.today,
  );
  // Each list is sorted most urgent first, so the first seen per activity is its worst.
  const overdue = new Map<number, DashboardDeadline>();
  const dueSoon = new Map<number, DashboardDeadline>();
  for (const summary of summaries) {
    for (const deadline of summary.overdue) {
      if (!overdue.has(deadline.activityId)) overdue.set(deadline.activityId, toDeadline(deadline));
    }
    for (const deadline of summary.due) {
      if (!dueSoon.has(deadline.activityId)) dueSoon.set(deadline.activityId, toDeadline(deadline));
    }
  }

  const cellsByActivity = groupBy(cells, (cell) => cell.activityId);
  const visible = (departmentOf: string) => departmentCode === null || departmentOf === departmentCode;
  const byDepartment = groupBy(activities, (activity) => activity.department.id);
  const departments: DashboardDepartment[] = [...byDepartment.values()]
    .map((list) => {
      const department = list[0]?.department as (typeof activities)[number]["department"];
      // By 完成时限, undated last (the databases order nulls differently, so it is done here).
      const sorted = [...list].sort(
        (a, b) => (a.completedBy ?? "9999").localeCompare(b.completedBy ?? "9999") || a.id - b.id,
      );
      const rows = sorted.map(
        (activity): DashboardActivity => ({
          id: activity.id,
          code: activity.code,
          name: activity.name,
          kind: activity.kind,
          state: activity.state,
          completedBy: activity.completedBy,
          deadlinePhrase: activity.deadlinePhrase,
          overdue: overdue.get(activity.id) ?? null,
          dueSoon: overdue.has(activity.id) ? null : (dueSoon.get(activity.id) ?? null),
          participation: visible(activity.department.code) ? sum(cellsByActivity.get(activity.id) ?? []) : null,
        }),
      );
      return {
        id: department.id,
        name: department.name,
        sortOrder: department.sortOrder,
        overdueCount: rows.filter((row) => row.overdue !== null).length,
        activities: rows,
      };
    })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map(({ sortOrder: _sortOrder, ...department }) => department);

  const cellsByGroup = groupBy(cells, (cell) => cell.groupId);
  const root = organizations.find((organization) => organization.id === rootId);
  const groups: DashboardOrganization[] = organizations
    .filter((organization) => organization.parentId === rootId)
    .map((organization) => ({
      organizationId: organization.id,
      name: organization.name,
      kind: organization.kind,
      direct: false,
      participation: sum(cellsByGroup.get(organization.id) ?? []),
    }));
  const direct = cellsByGroup.get(null) ?? [];
  if (root && direct.length > 0) {
    groups.push({
      organizationId: root.id,
      name: root.name,
      kind: root.kind,
      direct: true,
      participation: sum(direct),
    });
  }

  return {
    year,
    today: context.today,
    referenceDate: participationReferenceDate(year),
    participationScope,
    scopeOrganizationId: rootId,
    scopeOrganizationName: root?.name ?? "",
    departments,
    total: sum(cells),
    organizations: groups,
  };
}
