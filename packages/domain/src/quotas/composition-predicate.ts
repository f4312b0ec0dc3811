import type { FieldError, Validated } from "../errors.ts";
import type { Gender } from "../id-number.ts";
import { type GrassrootsClass, grassrootsClassLabels } from "../organization-tree.ts";
import {
  genderLabels,
  type PositionCategory,
  positionCategoryLabels,
  type SkillGrade,
  skillGradeLabels,
  youngWorkerMaxAge,
} from "../worker.ts";
import type { CompositionCandidateFacts } from "./composition-candidate.ts";

/**
 * Which candidates a composition limit counts, as plain JSON an organizer's configuration can hold:
 *
 *   { "kind": "POSITION_CATEGORY", "in": ["FRONT_LINE", "TECHNICAL"] }
 *   { "kind": "GENDER", "is": "FEMALE" }
 *   { "kind": "ALL", "of": [{ "kind": "YOUNG_WORKER" }, { "kind": "MIGRANT_WORKER" }] }
 *   { "kind": "NOT", "of": { "kind": "NON_PUBLIC_ENTERPRISE" } }
 */
export type CompositionPredicate =
  | { kind: "POSITION_CATEGORY"; in: readonly PositionCategory[] }
  | { kind: "GENDER"; is: Gender }
  | { kind: "YOUNG_WORKER" }
  | { kind: "NON_PUBLIC_ENTERPRISE" }
  | { kind: "MIGRANT_WORKER" }
  | { kind: "SKILL_GRADE"; in: readonly SkillGrade[] }
  | { kind: "GRASSROOTS_CLASS"; in: readonly GrassrootsClass[] }
  | { kind: "ALL"; of: readonly CompositionPredicate[] }
  | { kind: "ANY"; of: readonly CompositionPredicate[] }
  | { kind: "NOT"; of: CompositionPredicate };

export type CompositionPredicateKind = CompositionPredicate["kind"];

/** Nesting deeper than this is refused: no real limit needs it, and a runaway config should not hang a page. */
export const compositionPredicateMaxDepth = 6;

export function compositionPredicateMatches(
  predicate: CompositionPredicate,
  facts: CompositionCandidateFacts,
): boolean {
  switch (predicate.kind) {
    case "POSITION_CATEGORY":
      return predicate.in.includes(facts.positionCategory);
    case "GENDER":
      return facts.gender === predicate.is;
    case "YOUNG_WORKER":
      return facts.youngWorker;
    case "NON_PUBLIC_ENTERPRISE":
      return facts.nonPublicEnterprise;
    case "MIGRANT_WORKER":
      return facts.migrantWorker;
    case "SKILL_GRADE":
      return facts.skillGrade !== null && predicate.in.includes(facts.skillGrade);
    case "GRASSROOTS_CLASS":
      return facts.grassrootsClass !== null && predicate.in.includes(facts.grassrootsClass);
    case "ALL":
      return predicate.of.every((part) => compositionPredicateMatches(part, facts));
    case "ANY":
      return predicate.of.some((part) => compositionPredicateMatches(part, facts));
    case "NOT":
      return !compositionPredicateMatches(predicate.of, facts);
  }
}

/** The predicate in the words users see: "一线职工或专业技术人员", "女职工且青年职工（35 周岁及以下）". */
export function describeCompositionPredicate(predicate: CompositionPredicate): string {
  switch (predicate.kind) {
    case "POSITION_CATEGORY":
      return predicate.in.map((category) => positionCategoryLabels[category]).join("或");
    case "GENDER":
      return `${genderLabels[predicate.is]}职工`;
    case "YOUNG_WORKER":
      return `青年职工（${youngWorkerMaxAge} 周岁及以下）`;
    case "NON_PUBLIC_ENTERPRISE":
      return "非公有制企业职工";
    case "MIGRANT_WORKER":
      return "农民工";
    case "SKILL_GRADE":
      return `职业技能等级为${predicate.in.map((grade) => skillGradeLabels[grade]).join("或")}的职工`;
    case "GRASSROOTS_CLASS":
      // A space keeps a Latin letter apart from the characters around it, as in "A 类或 B 类".
      return `${predicate.in.map((grassrootsClass) => `${grassrootsClass} 类`).join("或 ")}基层工会职工`;
    case "ALL":
      return predicate.of.map(describePart).join("且");
    case "ANY":
      return predicate.of.map(describePart).join("或");
    case "NOT":
      return `「${describeCompositionPredicate(predicate.of)}」以外的人员`;
  }
}

function describePart(part: CompositionPredicate): string {
  const text = describeCompositionPredicate(part);
  return part.kind === "ALL" || part.kind === "ANY" ? `（${text}）` : text;
}

const genderValues = Object.keys(genderLabels) as Gender[];
const listedValues = {
  POSITION_CATEGORY: { values: Object.keys(positionCategoryLabels), what: "岗位类别" },
  SKILL_GRADE: { values: Object.keys(skillGradeLabels), what: "职业技能等级" },
  GRASSROOTS_CLASS: { values: Object.keys(grassrootsClassLabels), what: "基层工会分类" },
} as const;
const allowedKeys: Record<CompositionPredicateKind, readonly string[]> = {
  POSITION_CATEGORY: ["kind", "in"],
  GENDER: ["kind", "is"],
  YOUNG_WORKER: ["kind"],
  NON_PUBLIC_ENTERPRISE: ["kind"],
  MIGRANT_WORKER: ["kind"],
  SKILL_GRADE: ["kind", "in"],
  GRASSROOTS_CLASS: ["kind", "in"],
  ALL: ["kind", "of"],
  ANY: ["kind", "of"],
  NOT: ["kind", "of"],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a predicate from configuration JSON, strictly: an unknown kind, value or key (a typo such
 * as "In") is an error, not silently ignored, because a limit that counts nobody would pass unseen.
 * Reports every problem with its path (e.g. "counts.of[1].in[0]"). Repeated values are dropped.
 */
export function parseCompositionPredicate(value: unknown, field = "counts"): Validated<CompositionPredicate> {
  const errors: FieldError[] = [];
  const predicate = readPredicate(value, field, 1, errors);
  return predicate === null || errors.length > 0 ? { ok: false, errors } : { ok: true, value: predicate };
}

function readPredicate(
  value: unknown,
  field: string,
  depth: number,
  errors: FieldError[],
): CompositionPredicate | null {
  if (!isRecord(value) || typeof value.kind !== "string" || !Object.hasOwn(allowedKeys, value.kind)) {
    errors.push({ field, code: "PREDICATE_KIND_UNKNOWN", message: "计数条件的类型无法识别" });
    return null;
  }
  if (depth > compositionPredicateMaxDepth) {
    errors.push({
      field,
      code: "PREDICATE_TOO_DEEP",
      message: `计数条件嵌套不能超过 ${compositionPredicateMaxDepth} 层`,
    });
    return null;
  }
  const kind = value.kind as CompositionPredicateKind;
  const extraKeys = Object.keys(value).filter((key) => !allowedKeys[kind].includes(key));
  for (const key of extraKeys) {
    errors.push({
      field: `${field}.${key}`,
      code: "PREDICATE_KEY_UNKNOWN",
      message: `计数条件中有无法识别的项「${key}」`,
    });
  }
  switch (kind) {
    case "POSITION_CATEGORY":
    case "SKILL_GRADE":
    case "GRASSROOTS_CLASS": {
      const listed = readListedValues(kind, value.in, `${field}.in`, errors);
      return listed === null ? null : ({ kind, in: listed } as CompositionPredicate);
    }
    case "GENDER":
      if (typeof value.is !== "string" || !genderValues.includes(value.is as Gender)) {
        errors.push({ field: `${field}.is`, code: "PREDICATE_VALUE_UNKNOWN", message: "性别只能是男或女" });
        return null;
      }
      return { kind, is: value.is as Gender };
    case "YOUNG_WORKER":
    case "NON_PUBLIC_ENTERPRISE":
    case "MIGRANT_WORKER":
      return { kind };
    case "ALL":
    case "ANY": {
      if (!Array.isArray(value.of) || value.of.length === 0) {
        errors.push({ field: `${field}.of`, code: "PREDICATE_PARTS_REQUIRED", message: "组合条件至少要包含一个条件" });
        return null;
      }
      const parts = value.of.map((part, index) => readPredicate(part, `${field}.of[${index}]`, depth + 1, errors));
      return parts.every((part) => part !== null) ? { kind, of: parts as CompositionPredicate[] } : null;
    }
    case "NOT": {
      const part = readPredicate(value.of, `${field}.of`, depth + 1, errors);
      return part === null ? null : { kind, of: part };
    }
  }
}

function readListedValues(
  kind: keyof typeof listedValues,
  value: unknown,
  field: string,
  errors: FieldError[],
): string[] | null {
  const { values, what } = listedValues[kind];
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ field, code: "PREDICATE_VALUES_REQUIRED", message: `请至少选择一个${what}` });
    return null;
  }
  let ok = true;
  value.forEach((item, index) => {
    if (typeof item !== "string" || !(values as readonly string[]).includes(item)) {
      ok = false;
      errors.push({
        field: `${field}[${index}]`,
        code: "PREDICATE_VALUE_UNKNOWN",
        message: `${what}「${String(item)}」无法识别`,
      });
    }
  });
  return ok ? [...new Set(value as string[])] : null;
}
