import type { Prisma } from "@jinzhou/db";
import { DomainError, mayPerformActivityTransition, seesSensitiveWorkerData } from "@jinzhou/domain";
import { activityPerformerOf, findActivity } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";

/**
 * Who may export an activity's registrations or results, and which rows: the admin and the
 * organizers of the owning department get every row; a unit admin gets the rows of their subtree;
 * anyone else is refused. ID and phone numbers stay whole only for those the domain lets see them.
 */
export async function exportScope(context: Context, activityId: number) {
  const actor = requireActor(context);
  const activity = await findActivity(context, activityId);
  let where: Prisma.RegistrationWhereInput;
  if (actor.role === "UNIT_ADMIN") {
    where = { activityId, organization: { path: { startsWith: actor.scopePath } } };
  } else {
    const performer = await activityPerformerOf(context);
    if (!mayPerformActivityTransition(performer, activity.department.code)) throw new DomainError("FORBIDDEN");
    where = { activityId };
  }
  const seesFull = (worker: { id: number; organization: { path: string } }) =>
    seesSensitiveWorkerData(actor, { id: worker.id, organizationPath: worker.organization.path });
  return { activity, where, seesFull };
}
