/**
 * With driver adapters a unique violation is P2002 on both databases, but `meta.target` is
 * absent: the columns are in `meta.driverAdapterError.cause.constraint.fields` (or an index name).
 * Returns the violated fields, or null when the error is something else.
 */
export function isUniqueViolation(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return null;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  if (Array.isArray(meta.target)) return meta.target.map(String);
  const constraint = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } })
    ?.cause?.constraint;
  if (Array.isArray(constraint?.fields)) return constraint.fields.map((field) => String(field).replaceAll('"', ""));
  if (typeof constraint?.index === "string") return [constraint.index];
  return [];
}

/** True when a write was refused because other rows still refer to the row (P2003). */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003";
}
