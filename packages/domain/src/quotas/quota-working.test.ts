import { describe, expect, it } from "vitest";
import { allocateQuota, type QuotaAllocation } from "./quota-allocation.ts";
import type { QuotaOrganization, QuotaRule } from "./quota-rule.ts";
import { quotaAllocationWorking } from "./quota-working.ts";

function working(rule: QuotaRule, organizations: QuotaOrganization[]): string[] {
  const outcome = allocateQuota(rule, organizations);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return quotaAllocationWorking(outcome.allocation as QuotaAllocation);
}

describe("quotaAllocationWorking", () => {
  it("writes out every step so the public can redo it", () => {
    // 10 × 15 ÷ 100 = 1.5, 10 × 25 ÷ 100 = 2.5, 10 × 60 ÷ 100 = 6; one place left → 古塔区 (smaller weight).
    expect(
      working({ total: 10, weightBasis: "FRONTLINE_HEADCOUNT" }, [
        { code: "JZ-GT", name: "古塔区总工会", weight: 15 },
        { code: "JZ-LH", name: "凌河区总工会", weight: 25 },
        { code: "JZ-TH", name: "太和区总工会", weight: 60 },
      ]),
    ).toEqual([
      "总名额 10 名，按一线职工人数采用最大余数法分配。",
      "一线职工人数合计 100。",
      "古塔区总工会：10 × 15 ÷ 100 = 1.5，整数部分 1 名，余数 0.5（排第 1 位），分得余下名额 1 名，合计 2 名。",
      "凌河区总工会：10 × 25 ÷ 100 = 2.5，整数部分 2 名，余数 0.5（排第 2 位），未分得余下名额，合计 2 名。",
      "太和区总工会：10 × 60 ÷ 100 = 6，整数部分 6 名，余数 0，未分得余下名额，合计 6 名。",
      "整数部分合计 9 名，余下 1 名按余数从大到小每个单位 1 名；余数相同的，先给一线职工人数较少的单位，一线职工人数也相同的按组织代码顺序。",
      "合计分配 10 名。",
    ]);
  });

  it("shows minimums and fractions without a finite decimal", () => {
    // Minimums 3, 7 left by weight: 7 × 1 ÷ 3 = 7/3 ≈ 2.3333 → 2, remainder 1/3; one left → 甲 by code.
    expect(
      working({ total: 10, weightBasis: "CUSTOM", minimumPerOrganization: 1, customWeightLabel: "考核得分" }, [
        { code: "A", name: "甲", weight: 1 },
        { code: "B", name: "乙", weight: 1 },
        { code: "C", name: "丙", weight: 1 },
      ]),
    ).toEqual([
      "总名额 10 名，按考核得分采用最大余数法分配。",
      "先给各单位保底名额，共 3 名；其余 7 名按考核得分分配。",
      "考核得分合计 3。",
      "甲：保底 1 名；7 × 1 ÷ 3 = 7/3 ≈ 2.3333，整数部分 2 名，余数 1/3 ≈ 0.3333（排第 1 位），分得余下名额 1 名，合计 4 名。",
      "乙：保底 1 名；7 × 1 ÷ 3 = 7/3 ≈ 2.3333，整数部分 2 名，余数 1/3 ≈ 0.3333（排第 2 位），未分得余下名额，合计 3 名。",
      "丙：保底 1 名；7 × 1 ÷ 3 = 7/3 ≈ 2.3333，整数部分 2 名，余数 1/3 ≈ 0.3333（排第 3 位），未分得余下名额，合计 3 名。",
      "整数部分合计 6 名，余下 1 名按余数从大到小每个单位 1 名；余数相同的，先给考核得分较少的单位，考核得分也相同的按组织代码顺序。",
      "合计分配 10 名。",
    ]);
  });

  it("stays short when the minimums take every place", () => {
    expect(
      working({ total: 2, weightBasis: "MEMBER_COUNT", minimumPerOrganization: 1 }, [
        { code: "A", name: "甲", weight: 0 },
        { code: "B", name: "乙", weight: 0 },
      ]),
    ).toEqual([
      "总名额 2 名，按工会会员人数采用最大余数法分配。",
      "先给各单位保底名额，共 2 名；其余 0 名按工会会员人数分配。",
      "甲：保底 1 名；合计 1 名。",
      "乙：保底 1 名；合计 1 名。",
      "合计分配 2 名。",
    ]);
  });
});
