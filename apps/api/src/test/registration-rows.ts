// Registrations written straight into the database, for tests of what hangs off a registration
// (attachments, exports, notifications) that need not walk the registration workflow.
import type { PrismaClient } from "@jinzhou/db";

export async function insertRegistration(
  prisma: PrismaClient,
  options: {
    activityId: number;
    categoryId: number;
    workerIds: number[];
    state: "PENDING_UNIT" | "APPROVED" | "CONFIRMED" | "WAITLISTED" | "RETURNED";
    name?: string | null;
    registeredAt?: Date;
  },
) {
  const first = await prisma.worker.findUniqueOrThrow({ where: { id: options.workerIds[0] as number } });
  return prisma.registration.create({
    data: {
      activityId: options.activityId,
      categoryId: options.categoryId,
      entrantType: options.workerIds.length > 1 ? "TEAM" : "INDIVIDUAL",
      channel: "SELF_REGISTRATION",
      state: options.state,
      name: options.name ?? null,
      organizationId: first.organizationId,
      registeredAt: options.registeredAt ?? new Date(),
      members: {
        create: options.workerIds.map((workerId, index) => ({
          workerId,
          isLeader: options.workerIds.length > 1 && index === 0,
          sortOrder: index,
        })),
      },
    },
  });
}

/** A unit admin account at `organizationId`, for "another unit's admin" refusals. */
export async function insertUnitAdmin(prisma: PrismaClient, username: string, organizationId: number) {
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { username: "unit" } })).passwordHash;
  return prisma.user.create({
    data: { username, passwordHash, displayName: username, role: "UNIT_ADMIN", organizationId },
  });
}
