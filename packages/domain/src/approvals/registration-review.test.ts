import { describe, expect, it } from "vitest";
import type { RegistrationActor } from "../places/registration.ts";
import { firstApprovalState, fullApprovalChain, unitOnlyApprovalChain } from "./approval-chain.ts";
import {
  decideRegistrationReview,
  type RegistrationReviewCommand,
  type RegistrationReviewContext,
  type ReviewedRegistration,
} from "./registration-review.ts";

// 凌海市总工会 (/1/6/) → 大有农场工会 (/1/6/37/), where the nominee 张伟 (worker 301) works.
const unitPath = "/00000001/00000006/00000037/";
const countyPath = "/00000001/00000006/";
const actor = (
  userId: number,
  role: RegistrationActor["role"],
  scopePath: string,
  extra: Partial<RegistrationActor> = {},
) => ({ userId, role, scopePath, workerId: null, departmentCode: null, ...extra }) as RegistrationActor;
const unitAdmin = actor(71, "UNIT_ADMIN", unitPath);
const countyAdmin = actor(72, "UNIT_ADMIN", countyPath);
const secondCountyAdmin = actor(73, "UNIT_ADMIN", countyPath);
const organizer = actor(81, "ORGANIZER", "/00000001/", { departmentCode: "SCBHB" });
const publicityOrganizer = actor(82, "ORGANIZER", "/00000001/", { departmentCode: "XJB" });
const admin = actor(1, "ADMIN", "/00000001/");
const nominee = actor(301, "WORKER", unitPath, { workerId: 301 });

const modelWorkers: RegistrationReviewContext = {
  chain: fullApprovalChain,
  ownerDepartment: { code: "SCBHB", name: "生产保护部" },
  reviewOpen: true,
};
const submitted: ReviewedRegistration = {
  id: 501,
  state: firstApprovalState(fullApprovalChain, { countyOrIndustryPath: countyPath }),
  workerId: 301,
  unitPath,
  countyOrIndustryPath: countyPath,
  returnReason: null,
  rejectionReason: null,
  approvals: [],
};

function decide(
  registration: ReviewedRegistration,
  command: RegistrationReviewCommand,
  by: RegistrationActor,
  context = modelWorkers,
) {
  const decision = decideRegistrationReview(registration, command, by, context);
  if (!decision.ok) throw new Error(decision.reasons.map((reason) => reason.message).join("；"));
  return decision;
}
function refusal(
  registration: ReviewedRegistration,
  command: RegistrationReviewCommand,
  by: RegistrationActor,
  context = modelWorkers,
) {
  const decision = decideRegistrationReview(registration, command, by, context);
  return decision.ok ? [] : decision.reasons.map((reason) => reason.code);
}

describe("a model-worker nomination through all three levels, returned once", () => {
  it("goes unit → county (returned) → resubmitted → unit → county → organizer → 已通过, every step audited", () => {
    expect(submitted.state).toBe("PENDING_UNIT");

    const step1 = decide(submitted, { kind: "APPROVE" }, unitAdmin);
    expect(step1.audit).toEqual({
      registrationId: 501,
      action: "APPROVE",
      level: "UNIT",
      actorUserId: 71,
      actorRole: "UNIT_ADMIN",
      before: "PENDING_UNIT",
      after: "PENDING_COUNTY",
      reason: null,
    });

    const returnReason = "事迹材料缺少近三年年度考核结果，请补充后重新提交";
    const step2 = decide(step1.registration, { kind: "RETURN", reason: ` ${returnReason} ` }, countyAdmin);
    expect(step2.registration).toMatchObject({ state: "RETURNED", returnReason, approvals: [] });
    expect(step2.audit).toMatchObject({
      action: "RETURN",
      level: "COUNTY_OR_INDUSTRY",
      actorUserId: 72,
      before: "PENDING_COUNTY",
      after: "RETURNED",
      reason: returnReason,
    });

    // The unit fixes the file and resubmits: back to the first level, the earlier approval void.
    const step3 = decide(step2.registration, { kind: "RESUBMIT", note: "已补充2012—2014年度考核结果" }, unitAdmin);
    expect(step3.registration).toMatchObject({ state: "PENDING_UNIT", returnReason: null, approvals: [] });
    expect(step3.audit).toMatchObject({
      action: "RESUBMIT",
      level: null,
      before: "RETURNED",
      after: "PENDING_UNIT",
      reason: "已补充2012—2014年度考核结果",
    });

    const step4 = decide(step3.registration, { kind: "APPROVE" }, unitAdmin);
    const step5 = decide(step4.registration, { kind: "APPROVE", comment: "同意推荐" }, countyAdmin);
    const step6 = decide(step5.registration, { kind: "APPROVE" }, organizer);
    expect([step4, step5, step6].map((step) => [step.audit.level, step.audit.before, step.audit.after])).toEqual([
      ["UNIT", "PENDING_UNIT", "PENDING_COUNTY"],
      ["COUNTY_OR_INDUSTRY", "PENDING_COUNTY", "PENDING_ORGANIZER"],
      ["ORGANIZER", "PENDING_ORGANIZER", "APPROVED"],
    ]);
    expect(step5.audit.reason).toBe("同意推荐");
    expect(step6.registration.approvals).toEqual([
      { level: "UNIT", userId: 71 },
      { level: "COUNTY_OR_INDUSTRY", userId: 72 },
      { level: "ORGANIZER", userId: 81 },
    ]);
    // Nothing more to review.
    expect(refusal(step6.registration, { kind: "APPROVE" }, organizer)).toEqual(["REGISTRATION_NOT_AWAITING_REVIEW"]);
  });
});

describe("who may act", () => {
  const atCounty = decide(submitted, { kind: "APPROVE" }, unitAdmin).registration;

  it("lets only the level's reviewer act, and words each refusal", () => {
    expect(decideRegistrationReview(submitted, { kind: "APPROVE" }, organizer, modelWorkers)).toEqual({
      ok: false,
      reasons: [
        {
          code: "APPROVAL_NOT_ENTITLED",
          message: "单位审核须由报名人所在基层工会（或其上级工会）的单位管理员进行",
        },
      ],
    });
    // The unit's own admin sits below the county federation.
    expect(
      decideRegistrationReview(atCounty, { kind: "APPROVE" }, actor(74, "UNIT_ADMIN", unitPath), modelWorkers),
    ).toEqual({
      ok: false,
      reasons: [
        {
          code: "APPROVAL_NOT_ENTITLED",
          message: "县区审核须由报名人所在单位所属的县(市)区总工会或产业工会的单位管理员进行",
        },
      ],
    });
    const atOrganizer = decide(atCounty, { kind: "APPROVE" }, countyAdmin).registration;
    expect(decideRegistrationReview(atOrganizer, { kind: "APPROVE" }, publicityOrganizer, modelWorkers)).toEqual({
      ok: false,
      reasons: [{ code: "APPROVAL_NOT_ENTITLED", message: "主办审核须由主办部门（生产保护部）的工作人员进行" }],
    });
    expect(refusal(submitted, { kind: "APPROVE" }, actor(75, "UNIT_ADMIN", "/00000001/00000002/"))).toEqual([
      "APPROVAL_NOT_ENTITLED",
    ]);
    expect(refusal(submitted, { kind: "APPROVE" }, nominee)).toEqual(["APPROVAL_NOT_ENTITLED", "SELF_REVIEW"]);
  });

  it("keeps the federation admin out of the chain", () => {
    expect(decideRegistrationReview(submitted, { kind: "APPROVE" }, admin, modelWorkers)).toEqual({
      ok: false,
      reasons: [
        {
          code: "APPROVAL_NOT_ENTITLED",
          message: "系统管理员不参与报名审核：单位审核、县区审核由相应工会的单位管理员进行，主办审核由主办部门进行",
        },
      ],
    });
  });

  it("lets a county admin stand in at the unit level, but never approve two levels of one pass", () => {
    const atCountyByStandIn = decide(submitted, { kind: "APPROVE" }, countyAdmin).registration;
    expect(decideRegistrationReview(atCountyByStandIn, { kind: "APPROVE" }, countyAdmin, modelWorkers)).toEqual({
      ok: false,
      reasons: [
        {
          code: "SAME_REVIEWER_TWO_LEVELS",
          message: "您已在单位审核中同意了这份报名，同一人不能审核通过两级，请由其他人员进行县区审核",
        },
      ],
    });
    // Returning is still open to them; a colleague approves.
    expect(decide(atCountyByStandIn, { kind: "RETURN", reason: "请补充照片" }, countyAdmin).registration.state).toBe(
      "RETURNED",
    );
    expect(decide(atCountyByStandIn, { kind: "APPROVE" }, secondCountyAdmin).registration.state).toBe(
      "PENDING_ORGANIZER",
    );
  });

  it("never lets anyone review their own registration", () => {
    const unitAdminNominee = actor(76, "UNIT_ADMIN", unitPath, { workerId: 301 });
    expect(decideRegistrationReview(submitted, { kind: "APPROVE" }, unitAdminNominee, modelWorkers)).toEqual({
      ok: false,
      reasons: [{ code: "SELF_REVIEW", message: "不能审核本人的报名，请由其他人员审核" }],
    });
  });
});

describe("returns, rejections and resubmissions", () => {
  it("needs a reason to return or reject, and limits its length", () => {
    expect(decideRegistrationReview(submitted, { kind: "RETURN", reason: "  " }, unitAdmin, modelWorkers)).toEqual({
      ok: false,
      reasons: [{ code: "RETURN_REASON_REQUIRED", message: "退回须填写退回原因，写明需要修改或补充什么" }],
    });
    expect(decideRegistrationReview(submitted, { kind: "REJECT", reason: "" }, unitAdmin, modelWorkers)).toEqual({
      ok: false,
      reasons: [{ code: "REJECTION_REASON_REQUIRED", message: "不通过须填写原因" }],
    });
    expect(refusal(submitted, { kind: "APPROVE", comment: "好".repeat(501) }, unitAdmin)).toEqual(["TOO_LONG"]);
  });

  it("ends the chain on a rejection with its reason", () => {
    const atCounty = decide(submitted, { kind: "APPROVE" }, unitAdmin).registration;
    const rejected = decide(atCounty, { kind: "REJECT", reason: "不符合劳模推荐条件" }, countyAdmin);
    expect(rejected.registration).toMatchObject({ state: "REJECTED", rejectionReason: "不符合劳模推荐条件" });
    expect(rejected.audit).toMatchObject({ action: "REJECT", level: "COUNTY_OR_INDUSTRY", after: "REJECTED" });
    for (const command of [
      { kind: "APPROVE" },
      { kind: "RETURN", reason: "x" },
      { kind: "REJECT", reason: "x" },
    ] as const) {
      expect(refusal(rejected.registration, command, organizer)).toEqual(["REGISTRATION_NOT_AWAITING_REVIEW"]);
    }
    expect(refusal(rejected.registration, { kind: "RESUBMIT" }, nominee)).toEqual(["REGISTRATION_NOT_RETURNED"]);
  });

  it("lets the registrant themselves resubmit, but nobody else", () => {
    const returned = decide(submitted, { kind: "RETURN", reason: "照片不清晰" }, unitAdmin).registration;
    expect(decide(returned, { kind: "RESUBMIT" }, nominee).registration.state).toBe("PENDING_UNIT");
    expect(decideRegistrationReview(returned, { kind: "RESUBMIT" }, organizer, modelWorkers)).toEqual({
      ok: false,
      reasons: [
        { code: "RESUBMISSION_NOT_ALLOWED", message: "只有报名人本人或其所在单位的单位管理员可以修改后重新提交" },
      ],
    });
    expect(refusal(submitted, { kind: "RESUBMIT" }, nominee)).toEqual(["REGISTRATION_NOT_RETURNED"]);
  });

  it("lets the owning department reject after the chain, or a return never fixed, with a reason", () => {
    const confirmed: ReviewedRegistration = { ...submitted, state: "CONFIRMED" };
    const decision = decide(confirmed, { kind: "REJECT", reason: "经核实已获得市劳动模范称号" }, organizer);
    expect(decision.audit).toMatchObject({ level: "ORGANIZER", before: "CONFIRMED", after: "REJECTED" });
    expect(refusal(confirmed, { kind: "REJECT", reason: "x" }, countyAdmin)).toEqual(["APPROVAL_NOT_ENTITLED"]);
    const returned: ReviewedRegistration = { ...submitted, state: "RETURNED" };
    expect(decide(returned, { kind: "REJECT", reason: "逾期未补充材料" }, organizer).registration.state).toBe(
      "REJECTED",
    );
    expect(refusal({ ...submitted, state: "WITHDRAWN" }, { kind: "REJECT", reason: "x" }, organizer)).toEqual([
      "REGISTRATION_NOT_AWAITING_REVIEW",
    ]);
  });

  it("changes nothing once review has closed", () => {
    expect(refusal(submitted, { kind: "APPROVE" }, unitAdmin, { ...modelWorkers, reviewOpen: false })).toEqual([
      "REVIEW_CLOSED",
    ]);
  });
});

describe("chains of other shapes", () => {
  it("needs only the unit for a badminton self-registration", () => {
    const badminton = {
      ...modelWorkers,
      chain: unitOnlyApprovalChain,
      ownerDepartment: { code: "WHG", name: "文化宫" },
    };
    const decision = decide(submitted, { kind: "APPROVE" }, unitAdmin, badminton);
    expect(decision.registration.state).toBe("APPROVED");
  });

  it("passes a unit directly under the city federation from the unit straight to the organizer", () => {
    const direct: ReviewedRegistration = {
      ...submitted,
      unitPath: "/00000001/00000040/",
      countyOrIndustryPath: null,
    };
    const directAdmin = actor(77, "UNIT_ADMIN", "/00000001/00000040/");
    const decision = decide(direct, { kind: "APPROVE" }, directAdmin);
    expect(decision.registration.state).toBe("PENDING_ORGANIZER");
    // Resubmission starts at the unit, and a county step is never asked for.
    const returned = decide(decision.registration, { kind: "RETURN", reason: "请补充材料" }, organizer).registration;
    expect(decide(returned, { kind: "RESUBMIT" }, directAdmin).registration.state).toBe("PENDING_UNIT");
    expect(refusal({ ...direct, state: "PENDING_COUNTY" }, { kind: "APPROVE" }, countyAdmin)).toEqual([
      "APPROVAL_NOT_ENTITLED",
    ]);
  });
});
