import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildCertificates,
  type CertificateAward,
  type CertificateBatchInput,
  type CertificateOrganizationAward,
  type CertificateParticipant,
} from "./certificate.ts";
import {
  entryCountsForOrganizationAward,
  type OrganizationAwardGrantFacts,
  organizationAwardGrantProblems,
  organizationAwardName,
  organizationAwardRevokeProblems,
} from "./organization-award.ts";

const activity = { code: "JZ-2015-PW", name: "锦州市职工全健排舞展演", issuerName: "锦州市总工会" };

function team(entryId: number, name: string): CertificateParticipant {
  return {
    entryId,
    recipientName: name,
    organizationName: "锦州铁路工会",
    categoryKey: "LINE_DANCE",
    categoryName: null,
  };
}
function excellence(entryId: number, name: string, place: number): CertificateAward {
  return { ...team(entryId, name), levelKey: "CITY", levelName: null, place, awardName: "优胜奖", titles: [] };
}

// Two teams with 优胜奖 (places 1 and 2), one 优秀组织奖 for 古塔区总工会, four teams in all: the two
// without an award get 参赛证书.
const guta: CertificateOrganizationAward = {
  organizationAwardId: 7,
  organizationName: "古塔区总工会",
  awardName: "优秀组织奖",
};
const batch: CertificateBatchInput = {
  activity,
  issueDate: "2015-06-24",
  awards: [excellence(12, "古塔电力排舞队", 2), excellence(11, "古塔铁路排舞队", 1)],
  organizationAwards: [guta],
  participants: [
    team(14, "古塔商贸排舞队"),
    team(11, "古塔铁路排舞队"),
    team(13, "古塔纺织排舞队"),
    team(12, "古塔电力排舞队"),
  ],
};

function build(input: CertificateBatchInput) {
  const outcome = buildCertificates(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.value;
}

describe("organization award certificates", () => {
  const certificates = build(batch);

  it("come after the entries' award certificates and before participation certificates", () => {
    // 0001 铁路 (place 1), 0002 电力 (place 2): awards by place; 0003 古塔区总工会: the organization
    // award; 0004 纺织 (entry 13), 0005 商贸 (entry 14): participants without an award, by entry id.
    expect(certificates.map((c) => [c.number, c.kind, c.recipientName, c.awardName, c.entryId])).toEqual([
      ["JZ-2015-PW-0001", "AWARD", "古塔铁路排舞队", "优胜奖", 11],
      ["JZ-2015-PW-0002", "AWARD", "古塔电力排舞队", "优胜奖", 12],
      ["JZ-2015-PW-0003", "AWARD", "古塔区总工会", "优秀组织奖", null],
      ["JZ-2015-PW-0004", "PARTICIPATION", "古塔纺织排舞队", null, 13],
      ["JZ-2015-PW-0005", "PARTICIPATION", "古塔商贸排舞队", null, 14],
    ]);
  });

  it("are made out to the unit, with the award in quotation marks", () => {
    expect(certificates[2]).toEqual({
      number: "JZ-2015-PW-0003",
      sequence: 3,
      kind: "AWARD",
      heading: "荣誉证书",
      entryId: null,
      organizationAwardId: 7,
      recipientName: "古塔区总工会",
      organizationName: "古塔区总工会",
      activityName: "锦州市职工全健排舞展演",
      categoryName: null,
      levelName: null,
      awardName: "优秀组织奖",
      titles: [],
      citation: "古塔区总工会在锦州市职工全健排舞展演中荣获“优秀组织奖”。特发此证，以资鼓励。",
      issuerName: "锦州市总工会",
      issueDate: "2015-06-24",
      issueDateText: "2015年6月24日",
    });
    // An entry's certificate says nothing about organization awards.
    expect(certificates[0]).not.toHaveProperty("organizationAwardId");
  });

  it("are numbered by award id whatever order they come in", () => {
    const linghe = { organizationAwardId: 3, organizationName: " 凌河区总工会 ", awardName: " 优秀组织奖 " };
    const input = { ...batch, organizationAwards: [guta, linghe] };
    const expected = build(input);
    // 3 (凌河区) before 7 (古塔区): 0003 and 0004; the participants move to 0005 and 0006.
    expect(expected.slice(2, 4).map((c) => [c.number, c.organizationAwardId, c.recipientName, c.citation])).toEqual([
      [
        "JZ-2015-PW-0003",
        3,
        "凌河区总工会",
        "凌河区总工会在锦州市职工全健排舞展演中荣获“优秀组织奖”。特发此证，以资鼓励。",
      ],
      [
        "JZ-2015-PW-0004",
        7,
        "古塔区总工会",
        "古塔区总工会在锦州市职工全健排舞展演中荣获“优秀组织奖”。特发此证，以资鼓励。",
      ],
    ]);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([guta, linghe], { minLength: 2 }),
        fc.shuffledSubarray([...batch.participants], { minLength: 4 }),
        (awards, participants) => {
          expect(build({ ...input, organizationAwards: awards, participants })).toEqual(expected);
        },
      ),
    );
  });

  it("a later batch with only a new organization award continues the sequence", () => {
    // Five certificates issued already; the next batch holds only the organization award: 0006.
    const later = build({ ...batch, firstSequence: 6, awards: [], participants: [] });
    expect(later.map((c) => [c.number, c.recipientName])).toEqual([["JZ-2015-PW-0006", "古塔区总工会"]]);
  });

  it("refuses a blank unit, a blank award name and the same award twice", () => {
    const outcome = buildCertificates({
      ...batch,
      organizationAwards: [guta, { organizationAwardId: 8, organizationName: " ", awardName: "" }, guta],
    });
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        { code: "CERTIFICATE_ORGANIZATION_REQUIRED", message: "第 2 条组织奖记录缺少获奖单位名称" },
        { code: "CERTIFICATE_AWARD_NAME_REQUIRED", message: "第 2 条组织奖记录缺少奖项名称" },
        { code: "CERTIFICATE_ORGANIZATION_AWARD_DUPLICATE", message: "第 3 条组织奖记录（古塔区总工会）重复出现" },
      ],
    });
    const unnamed = buildCertificates({
      ...batch,
      organizationAwards: [guta, { organizationAwardId: 7, organizationName: "", awardName: "优秀组织奖" }],
    });
    expect(unnamed.ok ? [] : unnamed.reasons.map((reason) => reason.message)).toEqual([
      "第 2 条组织奖记录缺少获奖单位名称",
      "第 2 条组织奖记录（#7）重复出现",
    ]);
  });
});

describe("granting and revoking an organization award", () => {
  const allowed: OrganizationAwardGrantFacts = {
    activityState: "JUDGING",
    offered: true,
    entriesInSubtree: 3,
    name: "优秀组织奖",
    reason: "组织 3 支队伍参赛，覆盖一线职工 120 人",
    alreadyGranted: false,
  };

  it("is granted while judging or during the notice, in an activity that offers it, to a unit with entries", () => {
    expect(organizationAwardGrantProblems(allowed)).toEqual([]);
    expect(organizationAwardGrantProblems({ ...allowed, activityState: "PUBLIC_NOTICE" })).toEqual([]);
  });

  it("lists every reason it cannot be granted", () => {
    expect(
      organizationAwardGrantProblems({
        activityState: "FINAL",
        offered: false,
        entriesInSubtree: 0,
        name: "优秀组织奖优秀组织奖优秀组织奖优秀组织奖优秀组织奖",
        reason: "  ",
        alreadyGranted: true,
      }),
    ).toEqual([
      { code: "ORGANIZATION_AWARD_NOT_OFFERED", message: "该活动的设置不设优秀组织奖" },
      { code: "ORGANIZATION_AWARD_NOT_NOW", message: "只能在评审中或结果公示期间授予优秀组织奖" },
      {
        code: "ORGANIZATION_AWARD_NO_ENTRIES",
        message: "该单位及其下级单位在本活动中没有参赛的报名，不能授予优秀组织奖",
      },
      { code: "ORGANIZATION_AWARD_NAME_TOO_LONG", message: "奖项名称不能超过 20 个字" },
      { code: "ORGANIZATION_AWARD_REASON_REQUIRED", message: "请填写授奖理由" },
      {
        code: "ORGANIZATION_AWARD_ALREADY_GRANTED",
        message: "该单位已获本活动的“优秀组织奖优秀组织奖优秀组织奖优秀组织奖优秀组织奖”，不能重复授予",
      },
    ]);
    for (const state of ["DRAFT", "REGISTRATION_OPEN", "REGISTRATION_CLOSED"] as const) {
      expect(organizationAwardGrantProblems({ ...allowed, activityState: state }).map((r) => r.code)).toEqual([
        "ORGANIZATION_AWARD_NOT_NOW",
      ]);
    }
    expect(organizationAwardGrantProblems({ ...allowed, reason: "长".repeat(501) })).toEqual([
      { code: "ORGANIZATION_AWARD_REASON_TOO_LONG", message: "授奖理由不能超过 500 个字" },
    ]);
  });

  it("is revoked, with a reason, until the results are final", () => {
    expect(organizationAwardRevokeProblems({ activityState: "PUBLIC_NOTICE", reason: "统计有误" })).toEqual([]);
    expect(organizationAwardRevokeProblems({ activityState: "FINAL", reason: "" })).toEqual([
      { code: "ORGANIZATION_AWARD_FINAL", message: "结果已正式发布，不能再撤销优秀组织奖" },
      { code: "ORGANIZATION_AWARD_REASON_REQUIRED", message: "请填写撤销理由" },
    ]);
  });

  it("names the award 优秀组织奖 unless the organizer names it otherwise", () => {
    expect([organizationAwardName(undefined), organizationAwardName(null), organizationAwardName("  ")]).toEqual([
      "优秀组织奖",
      "优秀组织奖",
      "优秀组织奖",
    ]);
    expect(organizationAwardName(" 优秀组织单位 ")).toBe("优秀组织单位");
  });

  it("counts entries that take part: 已通过 and 已确认", () => {
    expect(
      (
        [
          "PENDING_UNIT",
          "PENDING_COUNTY",
          "PENDING_ORGANIZER",
          "APPROVED",
          "RETURNED",
          "REJECTED",
          "WAITLISTED",
          "CONFIRMED",
          "WITHDRAWN",
        ] as const
      ).filter(entryCountsForOrganizationAward),
    ).toEqual(["APPROVED", "CONFIRMED"]);
  });
});
