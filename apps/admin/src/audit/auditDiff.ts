/** One field of an audit entry's values, before and after, as the diff table shows it. */
export interface DiffRow {
  /** A dotted path into the values, e.g. "name", "schedule.completedBy", "assignments[0].judge". */
  field: string;
  before: unknown;
  after: unknown;
  /** Absent on one side counts as a change (a field added or removed). */
  changed: boolean;
  /** Present in the values before / after the change. */
  inBefore: boolean;
  inAfter: boolean;
}

/** The API sends the values as JSON text; anything unreadable is shown as the text itself. */
export function parseAuditValue(text: string | null | undefined): unknown {
  if (text === null || text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Every leaf of a value by its dotted path: objects are opened key by key, arrays of objects item
 * by item ("[0]"), an array of plain values stays one leaf. A whole value that is not an object
 * is one leaf with the empty path.
 */
export function flattenValue(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix !== "") into.set(prefix, value);
    for (const [key, inner] of entries) flattenValue(inner, prefix === "" ? key : `${prefix}.${key}`, into);
  } else if (Array.isArray(value) && value.some((item) => isPlainObject(item) || Array.isArray(item))) {
    value.forEach((item, index) => {
      flattenValue(item, `${prefix}[${index}]`, into);
    });
  } else if (value !== undefined) {
    into.set(prefix, value);
  }
  return into;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows of the diff: every field of either side, in the order they first appear (before's,
 * then fields only after has), each marked changed or not.
 */
export function auditDiff(beforeText: string | null | undefined, afterText: string | null | undefined): DiffRow[] {
  const before = flattenValue(parseAuditValue(beforeText));
  const after = flattenValue(parseAuditValue(afterText));
  const fields = [...before.keys(), ...[...after.keys()].filter((field) => !before.has(field))];
  return fields.map((field) => {
    const inBefore = before.has(field);
    const inAfter = after.has(field);
    const previous = before.get(field);
    const next = after.get(field);
    return {
      field,
      before: previous,
      after: next,
      inBefore,
      inAfter,
      changed: inBefore !== inAfter || !same(previous, next),
    };
  });
}

/** A leaf as text: strings as they are, lists joined with "、", other values as JSON; null as "—". */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value === "" ? "“”" : value;
  if (Array.isArray(value)) return value.length === 0 ? "[]" : value.map(displayValue).join("、");
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The last part of a dotted path, to look a field's label up ("schedule.completedBy" → "completedBy"). */
export function fieldKey(field: string): string {
  const last = field.split(".").at(-1) ?? field;
  return last.replace(/\[\d+\]$/, "");
}
