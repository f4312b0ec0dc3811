import type { Actor } from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/**
 * Who may read a certificate: the admin, the organizers of the owning department, and the worker
 * it was issued to (a member of the entry).
 */
export async function mayReadCertificate(
  context: Context,
  actor: Actor,
  certificate: { activityDepartmentCode: string; memberWorkerIds: readonly number[] },
): Promise<boolean> {
  if (actor.role === "ADMIN") return true;
  if (actor.role === "ORGANIZER") {
    const performer = await activityPerformerOf(context);
    return performer.departmentCode === certificate.activityDepartmentCode;
  }
  return actor.role === "WORKER" && actor.workerId !== null && certificate.memberWorkerIds.includes(actor.workerId);
}
