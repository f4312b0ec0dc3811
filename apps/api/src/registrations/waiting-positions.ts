import { waitingListPositions } from "@jinzhou/domain";
import DataLoader from "dataloader";
import type { Context } from "../context.ts";

// One query per request for all the categories a page of registrations touches, not one per row.
const loaders = new WeakMap<Context, DataLoader<number, ReadonlyMap<number, number>>>();

/**
 * A registration's 候补第 N 位, computed from its category's waiting list as it stands (never
 * stored, so it cannot go stale when someone ahead withdraws or is promoted); null unless waiting.
 */
export async function waitingPositionOf(
  context: Context,
  registration: { id: number; categoryId: number; state: string },
): Promise<number | null> {
  if (registration.state !== "WAITLISTED") return null;
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (categoryIds) => {
      const waiting = await context.prisma.registration.findMany({
        where: { categoryId: { in: [...categoryIds] }, state: "WAITLISTED" },
        select: { id: true, categoryId: true, registeredAt: true, state: true },
      });
      return categoryIds.map((categoryId) =>
        waitingListPositions(waiting.filter((registration) => registration.categoryId === categoryId)),
      );
    });
    loaders.set(context, loader);
  }
  const positions = await loader.load(registration.categoryId);
  return positions.get(registration.id) ?? null;
}
