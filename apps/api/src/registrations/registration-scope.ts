import type { Prisma } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";

/**
 * The filter merged into every registration read, so that what is not yours looks absent: the
 * admin sees all; an organizer the activities of their own department; a unit admin the entries
 * of units in their subtree; a worker the entries that name them; a judge none (judges will see
 * only the entries assigned to them).
 */
export async function registrationScopeWhere(context: Context): Promise<Prisma.RegistrationWhereInput> {
  const actor = requireActor(context);
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "ORGANIZER": {
      const { departmentCode } = await activityPerformerOf(context);
      return departmentCode === null ? { id: -1 } : { activity: { department: { code: departmentCode } } };
    }
    case "UNIT_ADMIN":
      return { organization: { path: { startsWith: actor.scopePath } } };
    case "WORKER":
      return actor.workerId === null ? { id: -1 } : { members: { some: { workerId: actor.workerId } } };
    default:
      return { id: -1 };
  }
}

/** A registration the actor may see, or NOT_FOUND. */
export async function findVisibleRegistration(context: Context, id: number) {
  const registration = await context.prisma.registration.findFirst({
    where: { AND: [{ id }, await registrationScopeWhere(context)] },
    include: {
      activity: { include: { department: true } },
      organization: { select: { path: true } },
      members: { select: { workerId: true, isLeader: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    },
  });
  if (!registration) throw new DomainError("NOT_FOUND");
  return registration;
}
