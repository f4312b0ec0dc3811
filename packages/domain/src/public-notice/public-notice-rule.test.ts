import { describe, expect, it } from "vitest";
import { defaultPublicNoticeRule, lateObjectionPolicyLabels, validatePublicNoticeRule } from "./public-notice-rule.ts";

describe("validatePublicNoticeRule", () => {
  it("accepts the default: 5 working days, late objections accepted and flagged", () => {
    expect(defaultPublicNoticeRule).toEqual({ workingDays: 5, lateObjections: "ACCEPT_FLAGGED" });
    expect(validatePublicNoticeRule(defaultPublicNoticeRule)).toEqual({ ok: true, value: defaultPublicNoticeRule });
    expect(validatePublicNoticeRule({ workingDays: 30, lateObjections: "REFUSE" }).ok).toBe(true);
    expect(lateObjectionPolicyLabels.REFUSE).toBe("公示期满后不再受理异议");
  });

  it("reports every problem", () => {
    for (const workingDays of [0, 31, 2.5]) {
      const result = validatePublicNoticeRule({ workingDays, lateObjections: "LATER" as "REFUSE" });
      expect(result).toEqual({
        ok: false,
        errors: [
          { field: "workingDays", code: "NOTICE_WORKING_DAYS_INVALID", message: "公示期应为 1–30 个工作日" },
          { field: "lateObjections", code: "UNKNOWN_VALUE", message: "请选择逾期异议的处理方式" },
        ],
      });
    }
  });
});
