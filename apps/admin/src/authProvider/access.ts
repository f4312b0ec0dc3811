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
    default:
      return false;
  }
}
