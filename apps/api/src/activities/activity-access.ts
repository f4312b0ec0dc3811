import { type ActivityTransitionPerformer, DomainError, mayPerformActivityTransition } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";

// The actor carries no department, so it is read once per request and kept with the context.
const performers = new WeakMap<Context, Promise<ActivityTransitionPerformer>>();

/** The signed-in user as the activity rules see them: role and, for an organizer, their department's code. */
export function activityPerformerOf(context: Context): Promise<ActivityTransitionPerformer> {
  const actor = requireActor(context);
  let performer = performers.get(context);
  if (!performer) {
    performer = context.prisma.user
      .findUnique({ where: { id: actor.userId }, select: { department: { select: { code: true } } } })
      .then((user) => ({ userId: actor.userId, role: actor.role, departmentCode: user?.department?.code ?? null }));
    performers.set(context, performer);
  }
  return performer;
}

/**
 * Creating, adjusting and moving an activity are for the same people: the admin and the organizers
 * of the owning department (the domain's predicate for transitions); anyone else is FORBIDDEN.
 */
export async function requireActivityManager(context: Context, ownerDepartmentCode: string) {
  const performer = await activityPerformerOf(context);
  if (!mayPerformActivityTransition(performer, ownerDepartmentCode)) throw new DomainError("FORBIDDEN");
  return performer;
}

/** An activity with its department, or NOT_FOUND. Every signed-in user may read activities. */
export async function findActivity(context: Context, id: number) {
  requireActor(context);
  const activity = await context.prisma.activity.findUnique({ where: { id }, include: { department: true } });
  if (!activity) throw new DomainError("NOT_FOUND");
  return activity;
}
