import type { Prisma } from "@jinzhou/db";
import { type Actor, DomainError, organizationReadScope } from "@jinzhou/domain";
import type { Context } from "../context.ts";

/** The filter merged into every organization read: records outside the actor's scope look absent. */
export function organizationScopeWhere(actor: Actor): Prisma.OrganizationWhereInput {
  const scope = organizationReadScope(actor);
  if (scope.kind === "subtree") return { path: { startsWith: scope.rootPath } };
  if (scope.kind === "none") return { id: -1 };
  return {};
}

/** An organization the actor may see, or NOT_FOUND. */
export async function findVisibleOrganization(context: Context, id: number) {
  const actor = requireActor(context);
  const organization = await context.prisma.organization.findFirst({
    where: { AND: [{ id }, organizationScopeWhere(actor)] },
  });
  if (!organization) throw new DomainError("NOT_FOUND");
  return organization;
}

export function requireActor(context: Context): Actor {
  if (!context.actor) throw new DomainError("UNAUTHENTICATED");
  return context.actor;
}
