import { describe, expect, it } from "vitest";
import { checkNominationQuota, type QuotaOverride, validateQuotaOverride } from "./nomination-quota.ts";

const organizer = { userId: 7, role: "ORGANIZER" as const, name: "王明" };
const extraForYixian: QuotaOverride = {
  organizationCode: "JZ-YX",
  extraPlaces: 1,
  grantedBy: organizer,
  reason: "义县某企业获全国五一劳动奖状，经市总工会研究增加 1 个名额",
};

describe("checkNominationQuota", () => {
  const yixian = { organizationCode: "JZ-YX", organizationName: "义县总工会", allocatedPlaces: 2 };

  it("lets a unit nominate up to its places", () => {
    const status = checkNominationQuota({ ...yixian, nominatedCount: 1 });
    expect(status).toMatchObject({ allowedPlaces: 2, remainingPlaces: 1, excess: 0, withinQuota: true });
    expect(status.reasons).toEqual([]);
    expect(status.nextNominationReasons).toEqual([]);
  });

  it("says the places are full at the last place", () => {
    const status = checkNominationQuota({ ...yixian, nominatedCount: 2 });
    expect(status.withinQuota).toBe(true);
    expect(status.remainingPlaces).toBe(0);
    expect(status.nextNominationReasons).toEqual([
      { code: "QUOTA_FULL", message: "义县总工会分配名额 2 名，已推荐 2 名，名额已满，不能再推荐" },
    ]);
  });

  it("refuses nominations beyond the places", () => {
    const status = checkNominationQuota({ ...yixian, nominatedCount: 4 });
    expect(status).toMatchObject({ withinQuota: false, excess: 2, remainingPlaces: 0 });
    expect(status.reasons).toEqual([
      {
        code: "QUOTA_EXCEEDED",
        message: "义县总工会分配名额 2 名，已推荐 4 名，超出 2 名；请撤下 2 名，或申请增加名额并说明理由",
      },
    ]);
  });

  it("adds the places an override grants to this unit only", () => {
    // 2 allocated + 1 granted = 3 allowed; 4 nominated → 1 over.
    const status = checkNominationQuota({
      ...yixian,
      nominatedCount: 4,
      overrides: [extraForYixian, { ...extraForYixian, organizationCode: "JZ-HS", extraPlaces: 5 }],
    });
    expect(status).toMatchObject({ extraPlaces: 1, allowedPlaces: 3, excess: 1, withinQuota: false });
    expect(status.overridesApplied).toEqual([extraForYixian]);
    expect(status.reasons[0]?.message).toBe(
      "义县总工会分配名额 2 名，经批准增加 1 名，共 3 名，已推荐 4 名，超出 1 名；请撤下 1 名，或申请增加名额并说明理由",
    );
  });

  it("throws on counts that are not whole numbers", () => {
    expect(() => checkNominationQuota({ ...yixian, nominatedCount: -1 })).toThrow(RangeError);
    expect(() => checkNominationQuota({ ...yixian, allocatedPlaces: 1.5, nominatedCount: 0 })).toThrow(RangeError);
  });
});

describe("validateQuotaOverride", () => {
  it("accepts an override and trims it", () => {
    expect(validateQuotaOverride({ ...extraForYixian, organizationCode: " JZ-YX ", reason: " 理由 " })).toEqual({
      ok: true,
      value: { ...extraForYixian, reason: "理由" },
    });
  });

  it("reports every problem", () => {
    const result = validateQuotaOverride({
      organizationCode: " ",
      extraPlaces: 0,
      grantedBy: { userId: 9, role: "UNIT_ADMIN", name: " " },
      reason: "  ",
    });
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual([
      "OVERRIDE_NOT_ALLOWED",
      "REQUIRED",
      "OVERRIDE_REASON_REQUIRED",
      "REQUIRED",
      "QUOTA_EXTRA_PLACES_INVALID",
    ]);
  });

  it("refuses a reason that is too long", () => {
    const result = validateQuotaOverride({ ...extraForYixian, reason: "理".repeat(501) });
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(["破例理由不能超过 500 个字"]);
  });
});
