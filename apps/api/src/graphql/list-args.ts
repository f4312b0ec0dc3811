import { DomainError } from "@jinzhou/domain";
import type { InputObjectRef } from "@pothos/core";
import { type ApiSchemaTypes, builder } from "./builder.ts";

/**
 * Lists take the arguments react-admin's ra-data-graphql-simple sends: a 0-based page, a page
 * size, a sort field and ASC/DESC. Without a page size a list returns its first `defaultPerPage`
 * rows; a page holds at most `maxPerPage`.
 */
export interface ListArguments {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
}

export const maxPerPage = 1000;
export const defaultPerPage = 100;

export function pageOf(args: ListArguments): { skip: number; take: number } {
  const perPage = args.perPage ?? defaultPerPage;
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > maxPerPage || !Number.isInteger(page) || page < 0) {
    throw new DomainError("BAD_REQUEST", [], `分页参数不正确：每页 1–${maxPerPage} 条，页码从 0 开始`);
  }
  return { skip: page * perPage, take: perPage };
}

/** The Prisma orderBy for a sort field; unknown fields are refused, not silently ignored. */
export function orderOf<T>(
  args: ListArguments,
  sortable: Record<string, (direction: "asc" | "desc") => T>,
  defaultField: string,
): T[] {
  const field = args.sortField ?? defaultField;
  const direction = (args.sortOrder ?? "ASC").toUpperCase();
  const order = sortable[field];
  if (!order || (direction !== "ASC" && direction !== "DESC")) {
    throw new DomainError("BAD_REQUEST", [], `不支持按“${field}”${direction === "DESC" ? "降序" : "升序"}排序`);
  }
  return [order(direction === "DESC" ? "desc" : "asc")];
}

/** A GraphQL ID as a row id; anything else names no record. */
export function rowId(id: string | number): number {
  const value = typeof id === "number" ? id : Number(id);
  if (!Number.isSafeInteger(value) || value < 1) throw new DomainError("NOT_FOUND");
  return value;
}

export function optionalRowId(id: string | number | null | undefined): number | undefined {
  return id === null || id === undefined || id === "" ? undefined : rowId(id);
}

/**
 * `{ column: id }` for each of `columns` the filter sets, for filters whose keys are the model's own
 * id columns (roundId, categoryId …): the conditions a list ANDs together.
 */
export function idColumnConditions<Column extends string>(
  filter: Partial<Record<Column, string | number | null>> | null | undefined,
  columns: readonly Column[],
): Partial<Record<Column, number>>[] {
  return columns.flatMap((column) => {
    const id = optionalRowId(filter?.[column]);
    return id === undefined ? [] : [{ [column]: id } as Partial<Record<Column, number>>];
  });
}

/** The arguments of `allX` and `_allXMeta`, with the resource's filter input. */
export function listArguments<Shape>(
  filter: InputObjectRef<PothosSchemaTypes.ExtendDefaultTypes<ApiSchemaTypes>, Shape>,
) {
  return builder.args((t) => ({
    page: t.int(),
    perPage: t.int(),
    sortField: t.string(),
    sortOrder: t.string(),
    filter: t.field({ type: filter }),
  }));
}
