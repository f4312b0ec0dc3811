import { describe, expect, it } from "vitest";
import {
  completeObjectionReReview,
  objectionOutcomeLabels,
  type PublicNoticeObjection,
  resolvePublicNoticeObjection,
  upheldObjectionActionLabels,
} from "./objection-resolution.ts";

const openObjection: PublicNoticeObjection = {
  objectionId: 3,
  entryId: 7,
  content: "该候选人不是一线职工。",
  contactName: "王建国",
  contactPhone: "13904161234",
  otherContact: null,
  filedAt: new Date("2015-10-08T01:00:00Z"),
  filedOn: "2015-10-08",
  late: false,
  resolution: null,
};
const at = new Date("2015-10-09T06:00:00Z");

describe("resolvePublicNoticeObjection", () => {
  it("dismisses with the reason recorded (不成立)", () => {
    expect(
      resolvePublicNoticeObjection(
        openObjection,
        { outcome: "DISMISSED", action: "WITHDRAW", text: " 经核实，该候选人为车间一线钳工。 " },
        12,
        at,
      ),
    ).toEqual({
      ok: true,
      value: { outcome: "DISMISSED", reason: "经核实，该候选人为车间一线钳工。", resolvedBy: 12, resolvedAt: at },
    });
    expect(objectionOutcomeLabels.DISMISSED).toBe("不成立");
  });

  it("upholds with a re-review still to do, or a withdrawal (成立)", () => {
    expect(
      resolvePublicNoticeObjection(
        openObjection,
        { outcome: "UPHELD", action: "RE_REVIEW", text: "岗位信息有误" },
        12,
        at,
      ),
    ).toEqual({
      ok: true,
      value: {
        outcome: "UPHELD",
        action: "RE_REVIEW",
        finding: "岗位信息有误",
        reReviewCompletedAt: null,
        resolvedBy: 12,
        resolvedAt: at,
      },
    });
    expect(
      resolvePublicNoticeObjection(openObjection, { outcome: "UPHELD", action: "WITHDRAW", text: "材料造假" }, 12, at),
    ).toEqual({
      ok: true,
      value: { outcome: "UPHELD", action: "WITHDRAW", finding: "材料造假", resolvedBy: 12, resolvedAt: at },
    });
    expect(upheldObjectionActionLabels.RE_REVIEW).toBe("重新评审");
  });

  it("reports every problem: already resolved, no action when upheld, no finding", () => {
    const resolved: PublicNoticeObjection = {
      ...openObjection,
      resolution: { outcome: "DISMISSED", reason: "不属实", resolvedBy: 12, resolvedAt: at },
    };
    expect(resolvePublicNoticeObjection(resolved, { outcome: "UPHELD", action: null, text: " " }, 12, at)).toEqual({
      ok: false,
      errors: [
        { field: "outcome", code: "OBJECTION_ALREADY_RESOLVED", message: "第 3 号异议已处理（不成立），不能重复处理" },
        { field: "action", code: "REQUIRED", message: "异议成立的，请选择处理方式：重新评审或撤销其公示结果" },
        { field: "text", code: "REQUIRED", message: "请填写异议成立的核查结论" },
      ],
    });
  });

  it("refuses an unknown outcome, a missing reason and an over-long text", () => {
    const unknown = resolvePublicNoticeObjection(
      openObjection,
      { outcome: "MAYBE" as "UPHELD", action: null, text: "" },
      1,
      at,
    );
    expect(unknown.ok ? [] : unknown.errors.map((error) => error.message)).toEqual([
      "请选择异议处理结果：成立或不成立",
      "请填写异议不成立的理由",
    ]);
    const long = resolvePublicNoticeObjection(
      openObjection,
      { outcome: "DISMISSED", action: null, text: "理".repeat(2001) },
      1,
      at,
    );
    expect(long.ok ? [] : long.errors.map((error) => error.code)).toEqual(["TOO_LONG"]);
  });
});

describe("completeObjectionReReview", () => {
  const reReview: PublicNoticeObjection = {
    ...openObjection,
    resolution: {
      outcome: "UPHELD",
      action: "RE_REVIEW",
      finding: "岗位信息有误",
      reReviewCompletedAt: null,
      resolvedBy: 12,
      resolvedAt: at,
    },
  };
  const done = new Date("2015-10-10T07:00:00Z");

  it("records the re-review as done", () => {
    const result = completeObjectionReReview(reReview, done);
    expect(result.ok && result.resolution).toMatchObject({ outcome: "UPHELD", reReviewCompletedAt: done });
  });

  it("refuses twice, and for objections that asked for no re-review", () => {
    const completed = completeObjectionReReview(reReview, done);
    if (!completed.ok) throw new Error("expected ok");
    expect(completeObjectionReReview({ ...reReview, resolution: completed.resolution }, done)).toEqual({
      ok: false,
      reasons: [
        { code: "OBJECTION_RE_REVIEW_ALREADY_COMPLETED", message: "第 3 号异议的重新评审已于 2015年10月10日 完成" },
      ],
    });
    expect(completeObjectionReReview(openObjection, done)).toEqual({
      ok: false,
      reasons: [{ code: "OBJECTION_NOT_UNDER_RE_REVIEW", message: "第 3 号异议没有要求重新评审" }],
    });
    const dismissed = {
      ...openObjection,
      resolution: { outcome: "DISMISSED" as const, reason: "x", resolvedBy: 1, resolvedAt: at },
    };
    expect(completeObjectionReReview(dismissed, done).ok).toBe(false);
    const withdrawn = {
      ...openObjection,
      resolution: {
        outcome: "UPHELD" as const,
        action: "WITHDRAW" as const,
        finding: "x",
        resolvedBy: 1,
        resolvedAt: at,
      },
    };
    expect(completeObjectionReReview(withdrawn, done).ok).toBe(false);
  });
});
