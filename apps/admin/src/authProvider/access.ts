import type { Role } from "@jinzhou/domain";

/**
 * What each role may do in the panel; the API enforces the same rules (and the subtree scope of
 * unit admins) on every request, this only hides what would be refused.
 */
export type PanelAction = "list" | "show" | "create" | "edit" | "delete" | "export" | "clone" | (string & {});

const readActions = new Set<string>(["list", "show"]);
const writeActions = new Set<string>(["create", "edit", "delete"]);
const rosterManagers = new Set<Role>(["ADMIN", "UNIT_ADMIN"]);

export function mayAccess(role: Role, resource: string, action: PanelAction): boolean {
  switch (resource) {
    case "Organization":
      // The tree of union organizations is not confidential; admins and unit admins maintain it.
      if (readActions.has(action)) return true;
      return writeActions.has(action) && rosterManagers.has(role);
    case "Worker":
      // Judges see only the entries assigned to them and workers only themselves: no roster.
      if (role === "JUDGE" || role === "WORKER") return false;
      if (readActions.has(action)) return true;
      return writeActions.has(action) && rosterManagers.has(role);
    case "Department":
      // The federation's departments are read here; organizers and the admin work with them.
      return (role === "ADMIN" || role === "ORGANIZER") && readActions.has(action);
    case "Registration":
      // Reviewed by the unit, county and organizer levels; entries are made by workers and units elsewhere.
      return (role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN") && readActions.has(action);
    case "Activity":
      // Every role reads activities; the admin and organizers (their own department, per the API)
      // create, edit and move them through the lifecycle.
      if (readActions.has(action)) return true;
      return (
        (role === "ADMIN" || role === "ORGANIZER") &&
        (action === "create" || action === "edit" || action === "transition")
      );
    case "Nomination":
      // 推荐名单: unit admins nominate within their quota (create = the nomination desk); organizers
      // and the admin read every unit's nominations with quota use. Reviews happen on the registration.
      if (action === "create") return role === "UNIT_ADMIN" || role === "ADMIN";
      return (role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN") && action === "list";
    case "RosterImport":
      // 名册导入: the admin and unit admins (into their own subtree, per the API) import rosters.
      return rosterManagers.has(role) && action === "list";
    case "Enrolment":
      // 单位报名: unit admins enrol workers of their subtree; the admin may too (per the API).
      return (role === "UNIT_ADMIN" || role === "ADMIN") && action === "list";
    case "Result":
      // 成绩与证书: the admin and organizers (their own department, per the API) compute, publish, finalize, certify.
      return (role === "ADMIN" || role === "ORGANIZER") && action === "list";
    case "Judging":
      // 评审: panels, assignments, progress, unlocking and closing rounds (their own department, per the API).
      return (role === "ADMIN" || role === "ORGANIZER") && action === "list";
    case "ScoringSheet":
      // 我的评分: a judge's own assigned entries and score sheets.
      return role === "JUDGE" && action === "list";
    case "TournamentDesk":
      // 赛事编排: draw, schedule and scores of tournaments (their own department's, per the API).
      return (role === "ADMIN" || role === "ORGANIZER") && action === "list";
    case "Declaration":
      // 创新项目申报 are registrations, reviewed at the unit, county and organizer levels.
      return (role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN") && readActions.has(action);
    case "Recommendation":
      // 公众推荐 with the recommender: the owning department's organizers and the admin (per the API);
      // unit and county admins review them among the registrations.
      return (role === "ADMIN" || role === "ORGANIZER") && readActions.has(action);
    case "IndicatorReport":
      // Unit admins file and follow their reports; the admin and organizers (their department's) review them.
      if (action === "review") return role === "ADMIN" || role === "ORGANIZER";
      return (role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN") && readActions.has(action);
    case "PublicVote":
      // 网络投票管理: schedule, tallies, voiding and penalties (the owning department's, per the API).
      return (role === "ADMIN" || role === "ORGANIZER") && action === "list";
    case "User":
      // Accounts and roles are the admin's alone; accounts are disabled, never deleted.
      return role === "ADMIN" && action !== "delete" && (readActions.has(action) || writeActions.has(action));
    case "AuditEntry":
      // The log shows every change in the system: the admin reads it, nobody writes it.
      return role === "ADMIN" && readActions.has(action);
    case "Holiday":
      // Organizers plan notice periods in working days, so they read the calendar; the admin keeps it.
      if (role === "ADMIN") return readActions.has(action) || writeActions.has(action);
      return role === "ORGANIZER" && action === "list";
    default:
      return false;
  }
}
