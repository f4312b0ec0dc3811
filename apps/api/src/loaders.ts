import type { PrismaClient } from "@jinzhou/db";
import { idsOnPath } from "@jinzhou/domain";
import DataLoader from "dataloader";

/** Request-scoped batching, so a list of 25 rows costs one query per kind of lookup, not 25. */
export interface Loaders {
  organizationName: DataLoader<number, string>;
}

export function createLoaders(prisma: PrismaClient): Loaders {
  return {
    organizationName: new DataLoader(async (ids) => {
      const rows = await prisma.organization.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true },
      });
      const names = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id) ?? "");
    }),
  };
}

/** "锦州市总工会 / 古塔区总工会 / …": the names from the top of the tree down to the organization. */
export async function pathNameOf(loaders: Loaders, path: string): Promise<string> {
  const names = await loaders.organizationName.loadMany(idsOnPath(path));
  return names.filter((name): name is string => typeof name === "string" && name !== "").join(" / ");
}
