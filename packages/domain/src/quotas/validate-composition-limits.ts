import type { FieldError, Validated } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { scoreDecimalText } from "../judging/score-decimal.ts";
import { compositionLimitContradictions } from "./composition-contradictions.ts";
import type { CompositionBound, CompositionLimit } from "./composition-limit.ts";
import { parseCompositionPredicate } from "./composition-predicate.ts";

const limitKeys = ["key", "name", "counts", "bound", "percent"];

function readPercent(value: unknown): Fraction | null {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  if (typeof text !== "string" || !/^\d+(\.\d+)?$/.test(text.trim())) return null;
  const percent = Fraction.fromDecimal(text.trim());
  return percent.compare(Fraction.of(100)) > 0 ? null : percent;
}

/**
 * Reads an activity's composition limits from configuration JSON and reports every problem: keys
 * missing or repeated, percentages outside 0–100, predicates that cannot be read, and limits that
 * contradict each other (see `compositionLimitContradictions` for which contradictions are found).
 */
export function validateCompositionLimits(value: unknown): Validated<CompositionLimit[]> {
  if (!Array.isArray(value)) {
    return { ok: false, errors: [{ field: "limits", code: "LIMITS_NOT_A_LIST", message: "比例要求应为列表" }] };
  }
  const errors: FieldError[] = [];
  const limits: CompositionLimit[] = [];
  const seenKeys = new Set<string>();
  value.forEach((item, index) => {
    const field = `limits[${index}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      errors.push({ field, code: "LIMIT_NOT_AN_OBJECT", message: `第 ${index + 1} 条比例要求格式不正确` });
      return;
    }
    const raw = item as Record<string, unknown>;
    const before = errors.length;
    for (const key of Object.keys(raw).filter((key) => !limitKeys.includes(key))) {
      errors.push({
        field: `${field}.${key}`,
        code: "LIMIT_KEY_UNKNOWN",
        message: `比例要求中有无法识别的项「${key}」`,
      });
    }
    const key = typeof raw.key === "string" ? raw.key.trim() : "";
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(key)) {
      errors.push({
        field: `${field}.key`,
        code: "LIMIT_KEY_FORMAT",
        message: "比例要求的代码为 1–40 位字母、数字、下划线或连字符",
      });
    } else if (seenKeys.has(key)) {
      errors.push({ field: `${field}.key`, code: "LIMIT_KEY_DUPLICATE", message: `比例要求的代码 ${key} 重复` });
    }
    seenKeys.add(key);
    const name = raw.name === undefined || raw.name === null ? "" : raw.name;
    if (typeof name !== "string") {
      errors.push({ field: `${field}.name`, code: "LIMIT_NAME_FORMAT", message: "比例要求的名称应为文字" });
    } else if (name.trim().length > 50) {
      errors.push({ field: `${field}.name`, code: "TOO_LONG", message: "比例要求的名称不能超过 50 个字" });
    }
    const counts = parseCompositionPredicate(raw.counts, `${field}.counts`);
    if (!counts.ok) errors.push(...counts.errors);
    const bound = raw.bound;
    if (bound !== "AT_LEAST" && bound !== "AT_MOST") {
      errors.push({ field: `${field}.bound`, code: "LIMIT_BOUND_UNKNOWN", message: "请选择“不低于”或“不超过”" });
    }
    const percent = readPercent(raw.percent);
    if (percent === null) {
      errors.push({ field: `${field}.percent`, code: "LIMIT_PERCENT_RANGE", message: "比例应为 0 到 100 之间的数" });
    }
    if (errors.length > before || !counts.ok || percent === null) return;
    limits.push({
      key,
      ...(typeof name === "string" && name.trim() !== "" ? { name: name.trim() } : {}),
      counts: counts.value,
      bound: bound as CompositionBound,
      percent: scoreDecimalText(percent),
    });
  });
  // Contradictions are looked for among the limits that could be read: a broken one has no meaning yet.
  for (const contradiction of compositionLimitContradictions(limits)) {
    errors.push({ field: "limits", code: contradiction.code, message: contradiction.message });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: limits };
}
