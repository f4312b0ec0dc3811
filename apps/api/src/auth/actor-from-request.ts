import type { PrismaClient } from "@jinzhou/db";
import type { Actor } from "@jinzhou/domain";
import type { TokenIssuer } from "./tokens.ts";

/**
 * Who sends a request: the active user named by a valid `Authorization: Bearer …` token, with the
 * subtree they are scoped to. The user is read on every request so that a disabled account or a
 * changed role takes effect at once.
 */
export async function actorFromAuthorization(
  authorization: string | undefined,
  tokens: TokenIssuer,
  prisma: PrismaClient,
): Promise<Actor | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const userId = await tokens.verify(match[1]);
  if (userId === null) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, active: true, workerId: true, organization: { select: { path: true } } },
  });
  if (!user?.active) return null;
  return { userId: user.id, role: user.role, scopePath: user.organization.path, workerId: user.workerId };
}
