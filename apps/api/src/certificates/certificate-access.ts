import { type Actor, isWithinSubtree } from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/**
 * Who may read a certificate: the admin, the organizers of the owning department, the worker it
 * was issued to (a member of the entry), and, for an organization award's certificate (优秀组织奖),
 * the unit admins whose subtree holds the awarded unit.
 */
export async function mayReadCertificate(
  context: Context,
  actor: Actor,
  certificate: {
    activityDepartmentCode: string;
    memberWorkerIds: readonly number[];
    /** The awarded unit's path, for an organization award's certificate; null for an entry's. */
    awardedOrganizationPath: string | null;
  },
): Promise<boolean> {
  if (actor.role === "ADMIN") return true;
  if (actor.role === "ORGANIZER") {
    const performer = await activityPerformerOf(context);
    return performer.departmentCode === certificate.activityDepartmentCode;
  }
  if (actor.role === "UNIT_ADMIN") {
    return (
      certificate.awardedOrganizationPath !== null &&
      isWithinSubtree(certificate.awardedOrganizationPath, actor.scopePath)
    );
  }
  return actor.role === "WORKER" && actor.workerId !== null && certificate.memberWorkerIds.includes(actor.workerId);
}
