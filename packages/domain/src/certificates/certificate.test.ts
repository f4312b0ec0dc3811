import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { type AwardScheme, awardTiersByCount } from "../results/award-scheme.ts";
import { type AwardTrack, cityAwardTrack, countyAwardTrack } from "../results/award-track.ts";
import { assignAwards } from "../results/awards.ts";
import { type RankingEntrant, rankEntries } from "../results/ranking.ts";
import { skillsContestDefaultTieBreaks } from "../results/ranking-tie-break.ts";
import { skillsContestDefaultRounds } from "../results/round-definition.ts";
import {
  buildCertificates,
  type CertificateAward,
  type CertificateBatchInput,
  type CertificateParticipant,
} from "./certificate.ts";
import { certificateAwardsOf } from "./certificate-award.ts";

const d = Fraction.fromDecimal;
const activity = { code: "JZ-2015-ZYB", name: "锦州市第二届“状元杯”职工职业技能大赛", issuerName: "锦州市总工会" };
const lathe = { key: "LATHE", name: "车工" };
const guta = { code: "GTQ", name: "古塔区", path: "/00000001/00000002/" };
const linghe = { code: "LHQ", name: "凌河区", path: "/00000001/00000003/" };

function entrant(
  entryId: number,
  name: string,
  organizationName: string,
  path: string,
  results: Record<string, Fraction>,
) {
  return { entryId, name, organizationName, organizationPath: path, categoryKey: lathe.key, roundResults: results };
}

const entrants: RankingEntrant[] = [
  // 0.3 × 92 + 0.7 × 95 = 94.1
  entrant(1, "张伟", "锦州机床厂工会", `${guta.path}00000011/`, { theory: d("92"), practical: d("95") }),
  // 0.3 × 80 + 0.7 × 90 = 87
  entrant(2, "王芳", "凌河汽车配件厂工会", `${linghe.path}00000021/`, { theory: d("80"), practical: d("90") }),
  // 0.3 × 94 + 0.7 × 84 = 87, lower practical than 王芳
  entrant(3, "李强", "古塔轴承厂工会", `${guta.path}00000012/`, { theory: d("94"), practical: d("84") }),
  // 0.3 × 70 + 0.7 × 75 = 73.5
  entrant(4, "黄涛", "古塔轴承厂工会", `${guta.path}00000012/`, { theory: d("70"), practical: d("75") }),
  // no practical result: unranked, still a participant
  entrant(5, "孙丽", "凌河汽车配件厂工会", `${linghe.path}00000021/`, { theory: d("88") }),
];

function awardLines(track: AwardTrack, scheme: AwardScheme): CertificateAward[] {
  const ranking = rankEntries({
    category: lathe,
    track,
    rounds: skillsContestDefaultRounds,
    tieBreaks: skillsContestDefaultTieBreaks,
    entrants,
  });
  if (!ranking.ok) throw new Error(JSON.stringify(ranking.reasons));
  const awards = assignAwards(ranking.value, scheme);
  if (!awards.ok) throw new Error(JSON.stringify(awards.reasons));
  return certificateAwardsOf(awards.value);
}

const cityScheme: AwardScheme = {
  tiers: awardTiersByCount([1, 1, 1]),
  championTitle: true,
  excellenceAward: false,
  sharedAwards: true,
};
const countyScheme: AwardScheme = {
  tiers: awardTiersByCount([1]),
  championTitle: false,
  excellenceAward: false,
  sharedAwards: true,
};

// City: 张伟 1 (一等奖, 状元), 王芳 2 (二等奖), 李强 3 (三等奖), 黄涛 4 (none).
// 古塔区: 张伟 1 (一等奖), 李强 2, 黄涛 3.   凌河区: 王芳 1 (一等奖); 孙丽 unranked.
const awards = [
  ...awardLines(countyAwardTrack(linghe), countyScheme),
  ...awardLines(cityAwardTrack, cityScheme),
  ...awardLines(countyAwardTrack(guta), countyScheme),
];
const participants: CertificateParticipant[] = entrants.map((e) => ({
  entryId: e.entryId,
  recipientName: e.name,
  organizationName: e.organizationName,
  categoryKey: lathe.key,
  categoryName: lathe.name,
}));
const batch: CertificateBatchInput = { activity, issueDate: "2015-10-20", awards, participants };

function build(input: CertificateBatchInput) {
  const outcome = buildCertificates(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.value;
}

describe("buildCertificates", () => {
  const certificates = build(batch);

  it("numbers award certificates first (city, then each county), then participation certificates", () => {
    expect(certificates.map((c) => [c.number, c.heading, c.recipientName, c.levelName, c.awardName, c.titles])).toEqual(
      [
        ["JZ-2015-ZYB-0001", "荣誉证书", "张伟", "市级", "一等奖", ["状元"]],
        ["JZ-2015-ZYB-0002", "荣誉证书", "王芳", "市级", "二等奖", []],
        ["JZ-2015-ZYB-0003", "荣誉证书", "李强", "市级", "三等奖", []],
        ["JZ-2015-ZYB-0004", "荣誉证书", "张伟", "县(市)区级（古塔区）", "一等奖", []],
        ["JZ-2015-ZYB-0005", "荣誉证书", "王芳", "县(市)区级（凌河区）", "一等奖", []],
        ["JZ-2015-ZYB-0006", "参赛证书", "黄涛", null, null, []],
        ["JZ-2015-ZYB-0007", "参赛证书", "孙丽", null, null, []],
      ],
    );
  });

  it("says who, for which activity, what, and when, in Chinese", () => {
    expect(certificates[0]).toEqual({
      number: "JZ-2015-ZYB-0001",
      sequence: 1,
      kind: "AWARD",
      heading: "荣誉证书",
      entryId: 1,
      recipientName: "张伟",
      organizationName: "锦州机床厂工会",
      activityName: "锦州市第二届“状元杯”职工职业技能大赛",
      categoryName: "车工",
      levelName: "市级",
      awardName: "一等奖",
      titles: ["状元"],
      citation:
        "张伟（锦州机床厂工会）在锦州市第二届“状元杯”职工职业技能大赛（车工）中荣获市级一等奖，并获“状元”称号。特发此证，以资鼓励。",
      issuerName: "锦州市总工会",
      issueDate: "2015-10-20",
      issueDateText: "2015年10月20日",
    });
    expect(certificates[3]?.citation).toBe(
      "张伟（锦州机床厂工会）在锦州市第二届“状元杯”职工职业技能大赛（车工）中荣获县(市)区级（古塔区）一等奖。特发此证，以资鼓励。",
    );
    expect(certificates[5]?.citation).toBe(
      "黄涛（古塔轴承厂工会）参加锦州市第二届“状元杯”职工职业技能大赛（车工）。特发此证。",
    );
  });

  it("gives the same numbers whatever order the input comes in", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(awards, { minLength: awards.length }),
        fc.shuffledSubarray(participants, { minLength: participants.length }),
        (shuffledAwards, shuffledParticipants) => {
          const again = build({ ...batch, awards: shuffledAwards, participants: shuffledParticipants });
          expect(again).toEqual(certificates);
        },
      ),
    );
  });

  it("numbers are unique and consecutive from the first sequence of the batch", () => {
    const later = build({ ...batch, firstSequence: 101 });
    expect(later.map((c) => c.number)).toEqual([101, 102, 103, 104, 105, 106, 107].map((n) => `JZ-2015-ZYB-0${n}`));
    expect(new Set(later.map((c) => c.number)).size).toBe(later.length);
  });

  it("writes a title awarded alone, an activity without categories, and 优胜奖", () => {
    const line: CertificateAward = {
      entryId: 11,
      recipientName: "锦州港务集团装卸一队",
      organizationName: "锦州港务集团工会",
      categoryKey: "",
      categoryName: null,
      levelKey: "CITY",
      levelName: null,
      place: null,
      awardName: null,
      titles: ["工人先锋号"],
    };
    const excellence = { ...line, entryId: 12, place: 4, awardName: "优胜奖", titles: [] };
    // The line with a place (4) is numbered before the line without one.
    const [excellent, titled] = build({ ...batch, awards: [line, excellence], participants: [] });
    expect(excellent?.citation).toBe(
      "锦州港务集团装卸一队（锦州港务集团工会）在锦州市第二届“状元杯”职工职业技能大赛中荣获优胜奖。特发此证，以资鼓励。",
    );
    expect(titled?.citation).toBe(
      "锦州港务集团装卸一队（锦州港务集团工会）在锦州市第二届“状元杯”职工职业技能大赛中荣获“工人先锋号”称号。特发此证，以资鼓励。",
    );
  });

  it("turns 优胜奖 from the award results into an award line", () => {
    const lines = awardLines(cityAwardTrack, {
      tiers: [],
      championTitle: false,
      excellenceAward: true,
      sharedAwards: true,
    });
    // N = 4: top half is place ≤ 2 → 张伟 and 王芳
    expect(lines.map((line) => [line.recipientName, line.awardName, line.titles])).toEqual([
      ["张伟", "优胜奖", []],
      ["王芳", "优胜奖", []],
    ]);
    const titleOnly = awardLines(cityAwardTrack, {
      tiers: [],
      championTitle: true,
      excellenceAward: false,
      sharedAwards: true,
    });
    expect(titleOnly.map((line) => [line.recipientName, line.awardName, line.titles])).toEqual([
      ["张伟", null, ["状元"]],
    ]);
  });

  it("refuses a batch with every problem listed", () => {
    const blank = { ...participants[0], recipientName: " ", organizationName: "" } as CertificateParticipant;
    const outcome = buildCertificates({
      activity: { code: "jz 2015", name: " ", issuerName: "" },
      issueDate: "2015-02-30",
      firstSequence: 0,
      awards: [{ ...(awards[0] as CertificateAward), awardName: null, titles: [] }, awards[0] as CertificateAward],
      participants: [blank, blank],
    });
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        {
          code: "CERTIFICATE_ACTIVITY_CODE_FORMAT",
          message: "证书编号前缀应由大写字母、数字和连字符组成，如 JZ-2015-ZYB",
        },
        { code: "CERTIFICATE_ACTIVITY_NAME_REQUIRED", message: "请填写活动名称" },
        { code: "CERTIFICATE_ISSUER_REQUIRED", message: "请填写发证单位" },
        { code: "CERTIFICATE_ISSUE_DATE_INVALID", message: "发证日期不是有效日期" },
        { code: "CERTIFICATE_FIRST_SEQUENCE_INVALID", message: "证书起始序号应为不小于 1 的整数" },
        { code: "CERTIFICATE_AWARD_NAME_REQUIRED", message: "第 1 条获奖记录缺少奖项或称号" },
        { code: "CERTIFICATE_AWARD_DUPLICATE", message: "第 2 条获奖记录（王芳）在同一奖项层级重复出现" },
        { code: "CERTIFICATE_RECIPIENT_NAME_REQUIRED", message: "第 1 条参赛记录缺少获证人姓名" },
        { code: "CERTIFICATE_ORGANIZATION_REQUIRED", message: "第 1 条参赛记录缺少所在单位" },
        { code: "CERTIFICATE_RECIPIENT_NAME_REQUIRED", message: "第 2 条参赛记录缺少获证人姓名" },
        { code: "CERTIFICATE_ORGANIZATION_REQUIRED", message: "第 2 条参赛记录缺少所在单位" },
        { code: "CERTIFICATE_PARTICIPANT_DUPLICATE", message: "第 2 条参赛记录（#1）重复出现" },
      ],
    });
  });
});
