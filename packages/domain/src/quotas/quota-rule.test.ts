import { describe, expect, it } from "vitest";
import { isQuotaCount, type QuotaRule, quotaWeightLabel, validateQuotaRule } from "./quota-rule.ts";

describe("validateQuotaRule", () => {
  it("accepts a rule and fills in the minimum", () => {
    expect(validateQuotaRule({ total: 30, weightBasis: "FRONTLINE_HEADCOUNT" })).toEqual({
      ok: true,
      value: { total: 30, weightBasis: "FRONTLINE_HEADCOUNT", minimumPerOrganization: 0 },
    });
    expect(
      validateQuotaRule({ total: 0, weightBasis: "CUSTOM", minimumPerOrganization: 1, customWeightLabel: " 得分 " }),
    ).toEqual({
      ok: true,
      value: { total: 0, weightBasis: "CUSTOM", minimumPerOrganization: 1, customWeightLabel: "得分" },
    });
  });

  it("reports every problem", () => {
    const result = validateQuotaRule({
      total: -1,
      weightBasis: "HEIGHT",
      minimumPerOrganization: 0.5,
      customWeightLabel: "长".repeat(51),
    } as unknown as QuotaRule);
    expect(result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`)).toEqual([
      "total:QUOTA_TOTAL_INVALID",
      "weightBasis:QUOTA_BASIS_UNKNOWN",
      "minimumPerOrganization:QUOTA_MINIMUM_INVALID",
      "customWeightLabel:TOO_LONG",
    ]);
  });
});

describe("quotaWeightLabel", () => {
  it("uses the custom label only for a custom basis", () => {
    expect(quotaWeightLabel({ total: 1, weightBasis: "CUSTOM", customWeightLabel: "得分" })).toBe("得分");
    expect(quotaWeightLabel({ total: 1, weightBasis: "CUSTOM" })).toBe("自定义权重");
    expect(quotaWeightLabel({ total: 1, weightBasis: "WORKER_COUNT", customWeightLabel: "得分" })).toBe("职工人数");
    expect(quotaWeightLabel({ total: 1, weightBasis: "HEIGHT" } as unknown as QuotaRule)).toBe("权重");
  });
});

describe("isQuotaCount", () => {
  it("takes whole numbers from 0", () => {
    expect([0, 1, 30].every(isQuotaCount)).toBe(true);
    expect([-1, 1.5, Number.NaN, "3", 2 ** 60].some(isQuotaCount)).toBe(false);
  });
});
