import type { FieldError, Validated } from "../errors.ts";

/**
 * What a total quota (名额) is split by. Suggestion 12 of the seed asks that places "lean to the
 * front line and the grassroots", so front-line headcount is the usual basis; any other measure the
 * organizer chooses is a custom weight with its own label.
 */
export type QuotaWeightBasis = "FRONTLINE_HEADCOUNT" | "MEMBER_COUNT" | "WORKER_COUNT" | "CUSTOM";

export const quotaWeightBasisLabels: Record<QuotaWeightBasis, string> = {
  FRONTLINE_HEADCOUNT: "一线职工人数",
  MEMBER_COUNT: "工会会员人数",
  WORKER_COUNT: "职工人数",
  CUSTOM: "自定义权重",
};

/** Bases that count people: their weights must be whole numbers. */
export const headcountQuotaWeightBases: readonly QuotaWeightBasis[] = [
  "FRONTLINE_HEADCOUNT",
  "MEMBER_COUNT",
  "WORKER_COUNT",
];

export interface QuotaRule {
  /** 总名额: whole places to split; 0 is allowed and gives every organization 0. */
  total: number;
  weightBasis: QuotaWeightBasis;
  /**
   * 保底名额 every organization gets before the rest is split by weight (e.g. every county at
   * least 1); 0 when absent. An organization's own `minimum` replaces it.
   */
  minimumPerOrganization?: number;
  /** For a custom basis, what the weight measures, as shown in the working ("上年度竞赛得分"). */
  customWeightLabel?: string;
}

/** One organization taking part in the split: a county federation, an industry union … */
export interface QuotaOrganization {
  /** Unique within the split; the last tie-break between equal remainders and equal weights. */
  code: string;
  name: string;
  /** A non-negative decimal, read exactly ("12.5" or 12.5 is 25/2); whole for a headcount basis. */
  weight: number | string;
  /** This organization's own 保底名额, replacing the rule's `minimumPerOrganization`. */
  minimum?: number | null;
}

/** A number of places or a minimum: a whole number, 0 or more. */
export function isQuotaCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** The word for the weight in the working: "一线职工人数", or the custom label. */
export function quotaWeightLabel(rule: QuotaRule): string {
  const custom = rule.customWeightLabel?.trim();
  if (rule.weightBasis === "CUSTOM" && custom) return custom;
  // An unknown basis is refused by validateQuotaRule; its refusal messages still need a word.
  return quotaWeightBasisLabels[rule.weightBasis] ?? "权重";
}

/** Checks a rule's own fields and reports every problem at once. */
export function validateQuotaRule(rule: QuotaRule): Validated<QuotaRule> {
  const errors: FieldError[] = [];
  if (!isQuotaCount(rule.total)) {
    errors.push({ field: "total", code: "QUOTA_TOTAL_INVALID", message: "总名额应为不小于 0 的整数" });
  }
  if (!Object.hasOwn(quotaWeightBasisLabels, rule.weightBasis)) {
    errors.push({ field: "weightBasis", code: "QUOTA_BASIS_UNKNOWN", message: "请选择名额分配依据" });
  }
  const minimum = rule.minimumPerOrganization ?? 0;
  if (!isQuotaCount(minimum)) {
    errors.push({
      field: "minimumPerOrganization",
      code: "QUOTA_MINIMUM_INVALID",
      message: "保底名额应为不小于 0 的整数",
    });
  }
  const customLabel = rule.customWeightLabel?.trim() ?? "";
  if (customLabel.length > 50) {
    errors.push({ field: "customWeightLabel", code: "TOO_LONG", message: "权重名称不能超过 50 个字" });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      total: rule.total,
      weightBasis: rule.weightBasis,
      minimumPerOrganization: minimum,
      ...(customLabel === "" ? {} : { customWeightLabel: customLabel }),
    },
  };
}
