import type { PrismaClient } from "@jinzhou/db";
import DataLoader from "dataloader";
import type { Context } from "../context.ts";

/**
 * Per-activity reads batched across a list page. Computing an activity's allowed transitions
 * reads its registrations, rounds, notice, objections, categories, ranking inputs and the holiday
 * calendar — a handful of statements per activity, so a page of 50 activities cost hundreds.
 * This returns a read-only stand-in for `context.prisma` in which every `findMany`, `groupBy` and
 * `findUnique` and `count` that names one activity, round or quota (`activityId`,
 * `currentForActivityId`, `roundId`, `quotaId` at the top of its `where`) is collected for a tick
 * and sent once for all of them (`IN (…)`), then split exactly on those columns; a `findUnique` by
 * `id` is sent once for all ids asked in the tick; the
 * same query asked twice in a request (the holiday calendar) is sent once. The code that reads
 * (gatherLifecycleFacts, rankActivity) is unchanged: it sees a client with the same answers.
 * Only for reads: writes and other calls pass straight through.
 */
const batchedContexts = new WeakMap<Context, Context>();

export function withBatchedActivityReads(context: Context): Context {
  // (Rounds too: a round list's closing blockers read per round what this batches per round id.)
  let batched = batchedContexts.get(context);
  if (!batched) {
    batched = Object.create(context, {
      prisma: { value: batchingClient(context.prisma), enumerable: true },
    }) as Context;
    batchedContexts.set(context, batched);
    // Derived state cached per context (the actor's department) is shared with the original.
    batchedContexts.set(batched, batched);
  }
  return batched;
}

/** The columns a read may name the one activity, round or quota it is about by. */
const ownerKeys = new Set(["activityId", "currentForActivityId", "roundId", "quotaId"]);
const placeholderOf = (key: string) => `__OWNER_${key}__`;

interface Split {
  /** Owner column → the id the query names there (each column at most one id). */
  owners: Map<string, number>;
  /** Owner columns at the top of `where`: the rows are split on them exactly. */
  splitKeys: string[];
  /** The query with every owner id replaced by its column's placeholder. */
  shape: unknown;
  batchable: boolean;
}

function splitOwners(args: Record<string, unknown>): Split {
  const owners = new Map<string, number>();
  let batchable = true;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object" || node instanceof Date) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, inner]) => {
        if (ownerKeys.has(key) && typeof inner === "number") {
          if (owners.has(key) && owners.get(key) !== inner) batchable = false;
          owners.set(key, inner);
          return [key, placeholderOf(key)];
        }
        return [key, walk(inner)];
      }),
    );
  };
  const shape = walk(args);
  const where = (args.where ?? {}) as Record<string, unknown>;
  const splitKeys = [...owners.keys()].filter((key) => typeof where[key] === "number").sort();
  const paged = "take" in args || "skip" in args || "cursor" in args || "distinct" in args;
  return { owners, splitKeys, shape, batchable: batchable && splitKeys.length > 0 && !paged };
}

function withIds(shape: unknown, idsByKey: Map<string, number[]>): unknown {
  if (typeof shape === "string" && shape.startsWith("__OWNER_")) {
    const key = shape.slice("__OWNER_".length, -2);
    return { in: [...new Set(idsByKey.get(key) ?? [])] };
  }
  if (Array.isArray(shape)) return shape.map((inner) => withIds(inner, idsByKey));
  if (shape === null || typeof shape !== "object" || shape instanceof Date) return shape;
  return Object.fromEntries(Object.entries(shape).map(([key, inner]) => [key, withIds(inner, idsByKey)]));
}

type Delegate = Record<string, (args?: unknown) => Promise<unknown>>;
type Row = Record<string, unknown>;

function batchingClient(prisma: PrismaClient): PrismaClient {
  const loaders = new Map<string, DataLoader<string, unknown>>();
  const sameQuery = new Map<string, Promise<unknown>>();

  const once = (model: string, method: string, delegate: Delegate, args: Record<string, unknown>) => {
    const key = `${model}.${method}:${JSON.stringify(args)}`;
    let answer = sameQuery.get(key);
    if (!answer) {
      answer = (delegate[method] as (args: unknown) => Promise<unknown>)(args);
      sameQuery.set(key, answer);
    }
    return answer;
  };

  const loaderFor = (key: string, batch: (keys: readonly string[]) => Promise<unknown[]>) => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch);
      loaders.set(key, loader);
    }
    return loader;
  };

  /** `findUnique({ where: { id } })` of many rows: one `findMany` with `id IN (…)`. */
  const byId = (model: string, delegate: Delegate, args: Record<string, unknown>) => {
    const { where, ...rest } = args as { where: { id: number } } & Record<string, unknown>;
    const loader = loaderFor(`${model}.byId:${JSON.stringify(rest)}`, async (keys) => {
      const select = rest.select as Record<string, unknown> | undefined;
      const rows = (await (delegate.findMany as (args: unknown) => Promise<Row[]>)({
        ...rest,
        ...(select ? { select: { ...select, id: true } } : {}),
        where: { id: { in: keys.map(Number) } },
      })) as Row[];
      return keys.map((key) => rows.find((row) => row.id === Number(key)) ?? null);
    });
    return loader.load(String(where.id));
  };

  const batched = (model: string, method: string, delegate: Delegate, args: Record<string, unknown>) => {
    const where = (args.where ?? {}) as Record<string, unknown>;
    if (method === "findUnique" && Object.keys(where).length === 1 && typeof where.id === "number") {
      return byId(model, delegate, args);
    }
    const split = splitOwners(args);
    if (!split.batchable) return once(model, method, delegate, args);
    const { owners, splitKeys, shape } = split;
    const loader = loaderFor(`${model}.${method}:${JSON.stringify(shape)}`, async (keys) => {
      const tuples = keys.map((key) => JSON.parse(key) as Record<string, number>);
      const idsByKey = new Map<string, number[]>();
      for (const tuple of tuples) {
        for (const [column, id] of Object.entries(tuple)) idsByKey.set(column, [...(idsByKey.get(column) ?? []), id]);
      }
      const query = withIds(shape, idsByKey) as Record<string, unknown>;
      const matches = (row: Row, tuple: Record<string, number>) =>
        splitKeys.every((column) => row[column] === tuple[column]);
      if (method === "groupBy" || method === "count") {
        const by = method === "groupBy" ? (query.by as string[]) : [];
        const rows = (await (delegate.groupBy as (args: unknown) => Promise<Row[]>)({
          where: query.where,
          ...(method === "groupBy" ? query : { _count: { _all: true } }),
          by: [...splitKeys, ...by.filter((field) => !splitKeys.includes(field))],
        })) as Row[];
        if (method === "groupBy") return tuples.map((tuple) => rows.filter((row) => matches(row, tuple)));
        return tuples.map(
          (tuple) => (rows.find((row) => matches(row, tuple))?._count as { _all: number } | undefined)?._all ?? 0,
        );
      }
      const select = query.select as Record<string, unknown> | undefined;
      const rows = (await (delegate.findMany as (args: unknown) => Promise<Row[]>)({
        ...query,
        ...(select ? { select: { ...select, ...Object.fromEntries(splitKeys.map((column) => [column, true])) } } : {}),
      })) as Row[];
      const perTuple = tuples.map((tuple) => rows.filter((row) => matches(row, tuple)));
      return method === "findUnique" ? perTuple.map((group) => group[0] ?? null) : perTuple;
    });
    return loader.load(JSON.stringify(Object.fromEntries([...owners.entries()].sort())));
  };

  return new Proxy(prisma, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || property.startsWith("$") || value === null || typeof value !== "object") {
        return value;
      }
      const delegate = value as Delegate;
      return new Proxy(delegate, {
        get(model, method, modelReceiver) {
          const original = Reflect.get(model, method, modelReceiver);
          if (method !== "findMany" && method !== "groupBy" && method !== "findUnique" && method !== "count") {
            return original;
          }
          return (args: Record<string, unknown> = {}) => batched(property, method, delegate, args);
        },
      });
    },
  }) as PrismaClient;
}
