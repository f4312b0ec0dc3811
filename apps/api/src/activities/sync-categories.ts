import type { Prisma } from "@jinzhou/db";
import { type ActivityConfiguration, DomainError } from "@jinzhou/domain";

/**
 * Makes the activity's category rows say what its configuration says, matched by key (the
 * configuration's categoryId): new keys are created, existing ones updated, missing ones deleted.
 * A category that has registrations is never deleted (RECORD_IN_USE): its entries would lose it.
 * Returns the keys created, updated and deleted, for the audit entry.
 */
export async function syncCategories(
  tx: Prisma.TransactionClient,
  activityId: number,
  configuration: ActivityConfiguration,
): Promise<{ created: string[]; updated: string[]; deleted: string[] }> {
  const existing = await tx.category.findMany({
    where: { activityId },
    select: { id: true, key: true, name: true, entrantType: true, capacity: true, sortOrder: true },
  });
  const wanted = new Set(configuration.categories.map((category) => category.categoryId));
  const gone = existing.filter((category) => !wanted.has(category.key));
  if (gone.length > 0) {
    const inUse = await tx.registration.count({ where: { categoryId: { in: gone.map((category) => category.id) } } });
    if (inUse > 0) {
      const names = gone.map((category) => `“${category.name}”`).join("、");
      throw new DomainError("RECORD_IN_USE", [
        { field: "configuration.categories", code: "RECORD_IN_USE", message: `组别${names}已有报名，不能删除` },
      ]);
    }
    await tx.category.deleteMany({ where: { id: { in: gone.map((category) => category.id) } } });
  }
  const byKey = new Map(existing.map((category) => [category.key, category]));
  const created: string[] = [];
  const updated: string[] = [];
  for (const [sortOrder, category] of configuration.categories.entries()) {
    const data = {
      name: category.categoryName.trim(),
      entrantType: category.entrant.type,
      capacity: category.capacity,
      sortOrder,
    };
    const row = byKey.get(category.categoryId);
    if (!row) {
      await tx.category.create({ data: { activityId, key: category.categoryId, ...data } });
      created.push(category.categoryId);
    } else if (
      row.name !== data.name ||
      row.entrantType !== data.entrantType ||
      row.capacity !== data.capacity ||
      row.sortOrder !== sortOrder
    ) {
      // The version is bumped as with every capacity change, so concurrent placements serialize on it.
      await tx.category.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } } });
      updated.push(category.categoryId);
    }
  }
  return { created, updated, deleted: gone.map((category) => category.key) };
}
