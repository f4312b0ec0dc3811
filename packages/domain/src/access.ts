import { isWithinSubtree } from "./organization-tree.ts";
import type { Actor } from "./roles.ts";

/**
 * Who may see and change what, as pure predicates. The API turns read scopes into filters that
 * are merged into every query (records outside look absent) and checks writes record by record.
 */

/** Organizations a role may read: the whole tree, or the subtree under a path. */
export type ReadScope = { kind: "all" } | { kind: "subtree"; rootPath: string } | { kind: "none" };

export function organizationReadScope(actor: Actor): ReadScope {
  // The tree of union organizations is not confidential; unit admins work inside their own part.
  return actor.role === "UNIT_ADMIN" ? { kind: "subtree", rootPath: actor.scopePath } : { kind: "all" };
}

export type WorkerReadScope = ReadScope | { kind: "self"; workerId: number };

export function workerReadScope(actor: Actor): WorkerReadScope {
  switch (actor.role) {
    case "ADMIN":
    case "ORGANIZER":
      return { kind: "all" };
    case "UNIT_ADMIN":
      return { kind: "subtree", rootPath: actor.scopePath };
    case "WORKER":
      return actor.workerId === null ? { kind: "none" } : { kind: "self", workerId: actor.workerId };
    case "JUDGE":
      // Judges see entries assigned to them, never the roster.
      return { kind: "none" };
  }
}

/** May the actor create, change or delete organizations placed at `path` (the parent's, for a new one)? */
export function mayManageOrganizationAt(actor: Actor, path: string): boolean {
  if (actor.role === "ADMIN") return isWithinSubtree(path, actor.scopePath);
  if (actor.role === "UNIT_ADMIN") return isWithinSubtree(path, actor.scopePath);
  return false;
}

/** May the actor delete or move this organization? A unit admin never removes their own root. */
export function mayRemoveOrganization(actor: Actor, path: string): boolean {
  return mayManageOrganizationAt(actor, path) && path !== actor.scopePath;
}

/** May the actor enrol, change or delete workers of an organization at `path`? */
export function mayManageWorkersAt(actor: Actor, organizationPath: string): boolean {
  return (actor.role === "ADMIN" || actor.role === "UNIT_ADMIN") && isWithinSubtree(organizationPath, actor.scopePath);
}

/**
 * Does the actor see this worker's full ID number and phone? The admin and the unit admins above
 * the worker manage the roster and need them; a worker sees their own; organizers see them masked.
 */
export function seesSensitiveWorkerData(actor: Actor, worker: { id: number; organizationPath: string }): boolean {
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "UNIT_ADMIN":
      return isWithinSubtree(worker.organizationPath, actor.scopePath);
    case "WORKER":
      return actor.workerId === worker.id;
    default:
      return false;
  }
}
