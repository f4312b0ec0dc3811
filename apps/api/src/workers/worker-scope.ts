import type { Prisma } from "@jinzhou/db";
import { type Actor, DomainError, workerReadScope } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";

/** The filter merged into every worker read: records outside the actor's scope look absent. */
export function workerScopeWhere(actor: Actor): Prisma.WorkerWhereInput {
  const scope = workerReadScope(actor);
  switch (scope.kind) {
    case "all":
      return {};
    case "subtree":
      return { organization: { path: { startsWith: scope.rootPath } } };
    case "self":
      return { id: scope.workerId };
    case "none":
      return { id: -1 };
  }
}

export async function findVisibleWorker(context: Context, id: number) {
  const worker = await context.prisma.worker.findFirst({
    where: { AND: [{ id }, workerScopeWhere(requireActor(context))] },
    include: { organization: { select: { path: true } } },
  });
  if (!worker) throw new DomainError("NOT_FOUND");
  return worker;
}
