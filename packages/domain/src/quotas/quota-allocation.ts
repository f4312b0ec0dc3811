import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { floorOfFraction } from "./quota-arithmetic.ts";
import {
  headcountQuotaWeightBases,
  isQuotaCount,
  type QuotaOrganization,
  type QuotaRule,
  quotaWeightLabel,
  validateQuotaRule,
} from "./quota-rule.ts";

/** One organization's line of the working, as the organizer shows it to the public. */
export interface QuotaAllocationRow {
  organizationCode: string;
  organizationName: string;
  weight: Fraction;
  /** 保底名额 given before the split by weight. */
  minimum: number;
  /** placesByWeight × weight ÷ weightSum, exact; 0 when nothing is split by weight. */
  exactShare: Fraction;
  wholePart: number;
  /** exactShare − wholePart, in [0, 1). */
  remainder: Fraction;
  /**
   * Position in the queue for the places left over (1 = first in line), or null for a remainder
   * of 0: the places left are always fewer than the positive remainders, so those never get one.
   */
  remainderRank: number | null;
  extraPlace: boolean;
  /** minimum + wholePart + (extraPlace ? 1 : 0). */
  places: number;
}

export interface QuotaAllocation {
  rule: QuotaRule;
  /** The weight's name in the working ("一线职工人数"). */
  weightLabel: string;
  total: number;
  minimumsTotal: number;
  /** total − minimumsTotal: the places split by weight. */
  placesByWeight: number;
  weightSum: Fraction;
  wholePartsTotal: number;
  /** placesByWeight − wholePartsTotal: given one each down the remainder queue. */
  extraPlaces: number;
  /** In the order the organizations were given. */
  rows: QuotaAllocationRow[];
  /** Things worth a second look that do not stop the split (an organization left with no place …). */
  notices: Reason[];
}

export type QuotaAllocationOutcome = { ok: true; allocation: QuotaAllocation } | { ok: false; reasons: Reason[] };

interface ReadOrganization {
  code: string;
  name: string;
  weight: Fraction;
  minimum: number;
}

function readWeight(weight: number | string): Fraction | null {
  const text = typeof weight === "number" ? (Number.isFinite(weight) ? String(weight) : "") : String(weight).trim();
  // Signs and exponents are refused: a weight is a plain non-negative decimal as people write it.
  return /^\d+(\.\d+)?$/.test(text) ? Fraction.fromDecimal(text) : null;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits a total quota (名额) across organizations by the largest-remainder method:
 *
 * 1. every organization first gets its 保底名额 (its own `minimum`, else the rule's
 *    `minimumPerOrganization`, else 0); the minimums together may not exceed the total;
 * 2. the places left, R = total − Σ minimums, are shared by weight: each organization gets the
 *    whole part of R × weight ÷ Σ weights;
 * 3. the places still left go one each to the largest fractional parts; equal fractional parts go
 *    first to the organization with the smaller weight (leaning to the smaller, grassroots units as
 *    suggestion 12 asks), then by organization code.
 *
 * Without minimums every organization's places are within one of its exact share, the places add
 * up to the total, a larger weight never gets fewer places than a smaller one, and the order in
 * which the organizations are given changes nothing. Refuses, with every reason that applies: no
 * organizations, a duplicate or empty code, a weight that is not a non-negative decimal (or not
 * whole for a headcount basis), minimums above the total, and all weights 0 while places remain to
 * be split by weight.
 */
export function allocateQuota(rule: QuotaRule, organizations: readonly QuotaOrganization[]): QuotaAllocationOutcome {
  const reasons: Reason[] = [];
  const checkedRule = validateQuotaRule(rule);
  if (!checkedRule.ok) reasons.push(...checkedRule.errors.map(({ code, message }) => ({ code, message })));
  const weightLabel = quotaWeightLabel(rule);
  const wholeWeights = headcountQuotaWeightBases.includes(rule.weightBasis);
  const defaultMinimum = rule.minimumPerOrganization ?? 0;

  if (organizations.length === 0) {
    reasons.push({ code: "QUOTA_NO_ORGANIZATIONS", message: "没有参加名额分配的单位" });
  }
  const seenCodes = new Set<string>();
  const reportedDuplicates = new Set<string>();
  const read: ReadOrganization[] = [];
  // The checks on the sums need a readable total, weights and minimums; otherwise they would mislead.
  let sumsReadable = checkedRule.ok;
  for (const organization of organizations) {
    const code = organization.code.trim();
    const label = organization.name.trim() || code || "未命名单位";
    if (code === "") {
      reasons.push({ code: "QUOTA_ORGANIZATION_CODE_REQUIRED", message: `${label}缺少组织代码` });
    } else if (seenCodes.has(code) && !reportedDuplicates.has(code)) {
      reportedDuplicates.add(code);
      reasons.push({
        code: "QUOTA_DUPLICATE_ORGANIZATION",
        message: `组织代码 ${code} 出现了不止一次，每个单位只能参加一次分配`,
      });
    }
    seenCodes.add(code);
    const weight = readWeight(organization.weight);
    if (weight === null) {
      sumsReadable = false;
      reasons.push({ code: "QUOTA_WEIGHT_INVALID", message: `${label}的${weightLabel}应为不小于 0 的数` });
    } else if (wholeWeights && !weight.isInteger()) {
      reasons.push({ code: "QUOTA_WEIGHT_NOT_WHOLE", message: `${label}的${weightLabel}应为整数` });
    }
    const minimum = organization.minimum ?? defaultMinimum;
    if (organization.minimum !== undefined && organization.minimum !== null && !isQuotaCount(organization.minimum)) {
      sumsReadable = false;
      reasons.push({ code: "QUOTA_MINIMUM_INVALID", message: `${label}的保底名额应为不小于 0 的整数` });
    }
    read.push({ code, name: label, weight: weight ?? Fraction.zero, minimum: isQuotaCount(minimum) ? minimum : 0 });
  }

  const total = rule.total;
  const minimumsTotal = read.reduce((sum, organization) => sum + organization.minimum, 0);
  const weightSum = Fraction.sum(read.map((organization) => organization.weight));
  const placesByWeight = total - minimumsTotal;
  if (sumsReadable && placesByWeight < 0) {
    reasons.push({
      code: "QUOTA_MINIMUMS_EXCEED_TOTAL",
      message: `保底名额合计 ${minimumsTotal} 名，超过总名额 ${total} 名`,
    });
  }
  if (sumsReadable && read.length > 0 && placesByWeight > 0 && weightSum.equals(Fraction.zero)) {
    reasons.push({
      code: "QUOTA_ALL_WEIGHTS_ZERO",
      message: `所有单位的${weightLabel}都是 0，无法按比例分配 ${placesByWeight} 个名额，请先核实${weightLabel}`,
    });
  }
  if (reasons.length > 0 || !checkedRule.ok) return { ok: false, reasons };

  const shares = read.map((organization) =>
    placesByWeight === 0 ? Fraction.zero : Fraction.of(placesByWeight).times(organization.weight).dividedBy(weightSum),
  );
  const wholeParts = shares.map((share) => floorOfFraction(share));
  const remainders = shares.map((share, index) => share.minus(Fraction.of(wholeParts[index] as bigint)));
  const wholePartsTotal = Number(wholeParts.reduce((sum, part) => sum + part, 0n));
  const extraPlaces = placesByWeight - wholePartsTotal;

  const queue = read
    .map((_, index) => index)
    .filter((index) => !(remainders[index] as Fraction).equals(Fraction.zero))
    .sort((a, b) => {
      const left = read[a] as ReadOrganization;
      const right = read[b] as ReadOrganization;
      return (
        (remainders[b] as Fraction).compare(remainders[a] as Fraction) ||
        left.weight.compare(right.weight) ||
        compareCodes(left.code, right.code)
      );
    });
  const rankOf = new Map(queue.map((index, position) => [index, position + 1]));

  const rows = read.map((organization, index): QuotaAllocationRow => {
    const rank = rankOf.get(index) ?? null;
    const extraPlace = rank !== null && rank <= extraPlaces;
    const wholePart = Number(wholeParts[index]);
    return {
      organizationCode: organization.code,
      organizationName: organization.name,
      weight: organization.weight,
      minimum: organization.minimum,
      exactShare: shares[index] as Fraction,
      wholePart,
      remainder: remainders[index] as Fraction,
      remainderRank: rank,
      extraPlace,
      places: organization.minimum + wholePart + (extraPlace ? 1 : 0),
    };
  });

  const notices: Reason[] = [];
  for (const row of rows) {
    if (total > 0 && row.places === 0) {
      notices.push({
        code: "QUOTA_ORGANIZATION_WITHOUT_PLACES",
        message: `${row.organizationName}未分到名额，如需每个单位至少 1 名，请设置保底名额`,
      });
    }
    if (wholeWeights && Fraction.of(row.places).compare(row.weight) > 0) {
      notices.push({
        code: "QUOTA_PLACES_EXCEED_HEADCOUNT",
        message: `${row.organizationName}分到 ${row.places} 名，多于其${weightLabel} ${row.weight.toString()}`,
      });
    }
  }

  return {
    ok: true,
    allocation: {
      rule: checkedRule.value,
      weightLabel,
      total,
      minimumsTotal,
      placesByWeight,
      weightSum,
      wholePartsTotal,
      extraPlaces,
      rows,
      notices,
    },
  };
}
