// 劳模选树: the 2015 selection of Jinzhou model workers (锦州市劳动模范评选), run by 生产保护部 through the
// documented API only: quotas split by the largest remainder over front-line headcounts, 古塔区's
// nominations within its quota with the composition limits shown, an override, reviews, the
// committee's vote, results, public notice over the 清明 holiday, finalize and certificates. Every
// expected number is worked by hand from DOMAIN.md in the comments.
import type { DatabaseProvider } from "@jinzhou/db";
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { type Scenario, startScenario } from "./scenario-client.ts";

function at(chinaTime: string): void {
  vi.setSystemTime(new Date(`${chinaTime}+08:00`));
}

let key = 0;
const nextKey = (): string => `lm-2015-${++key}`;

/** The nine county federations with their front-line headcounts (demo data, `frontlineHeadcount`). */
const counties = [
  { id: "2", code: "JZ-GT", headcount: 21400 },
  { id: "3", code: "JZ-LH", headcount: 24800 },
  { id: "4", code: "JZ-TH", headcount: 19600 },
  { id: "5", code: "JZ-SS", headcount: 8300 },
  { id: "6", code: "JZ-KF", headcount: 26500 },
  { id: "7", code: "JZ-LHS", headcount: 17200 },
  { id: "8", code: "JZ-BZ", headcount: 13900 },
  { id: "9", code: "JZ-HS", headcount: 11800 },
  { id: "10", code: "JZ-YX", headcount: 9600 },
];

describe.each(testProviders())("the 2015 model-worker selection (%s)", (provider: DatabaseProvider) => {
  let scenario: Scenario | undefined;
  afterEach(async () => {
    await scenario?.close();
    scenario = undefined;
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it("runs from quotas to certificates", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-03-02T09:00:00");
    scenario = await startScenario(provider);
    const s = scenario;
    const org = s.actor("organizer");
    const unit = s.actor("unit");

    // ── Set-up (organizer of 生产保护部) ──
    const { allDepartments } = await org.run<{ allDepartments: { id: string; code: string }[] }>(
      `query { allDepartments(perPage: 50) { id code } }`,
    );
    const { createActivity: created } = await org.run<{
      createActivity: { id: string; version: number; configuration: Record<string, unknown> };
    }>(
      `mutation Create($departmentId: ID!) {
        createActivity(kind: MODEL_WORKER_SELECTION, code: "JZ-2015-LM", name: "2015年锦州市劳动模范评选", year: 2015,
                       departmentId: $departmentId, registrationOpensOn: "2015-03-02", registrationClosesOn: "2015-03-16",
                       judgingEndsOn: "2015-03-31", completedBy: "2015-04-30", deadlinePhrase: "四月末前") {
          id version configuration
        }
      }`,
      { departmentId: allDepartments.find((d) => d.code === "SCBHB")?.id },
    );
    const activityId = created.id;
    const template = created.configuration as {
      quota: { total: number; minimumPerOrganization: number };
      compositionLimits: { key: string; bound: string; percent: string }[];
      rounds: { key: string; kind: string; maxResult: string; judgesPerEntry: number }[];
    };
    // The template: quotas by front-line headcount with 1 place guaranteed each; the limits of DOMAIN.md;
    // a committee vote of 15 members.
    expect(template.quota).toMatchObject({ total: 100, weightBasis: "FRONTLINE_HEADCOUNT", minimumPerOrganization: 1 });
    expect(template.compositionLimits.map((l) => [l.key, l.bound, l.percent])).toEqual([
      ["FRONT_LINE_AND_TECHNICAL", "AT_LEAST", "60"],
      ["ENTERPRISE_HEADS", "AT_MOST", "10"],
      ["WOMEN", "AT_LEAST", "20"],
    ]);
    expect(template.rounds.map((r) => [r.key, r.kind, r.maxResult, r.judgesPerEntry])).toEqual([
      ["committee", "COMMITTEE_VOTE", "15", 15],
    ]);

    // The organizer adjusts the draft for this year:
    // - 30 places (this edition's total), 1 guaranteed per county;
    // - the chain 县区审核 → 主办审核 (a nomination is already the unit's decision);
    // - the committee's vote: the template's 评审委员会表决 round as it is, except its size. The demo
    //   has five judge accounts (judge, judge2 … judge5) to sit as the committee, and every candidate
    //   is voted on by judgesPerEntry members while the round's maximum (maxResult) must equal the
    //   committee's size, so both go from 15 to 5. A candidate's result is the votes in favour
    //   (0 … 5), and the total is 100 × votes ÷ 5;
    // - three titles in this round of 差额评选: the committee ranks the nominees and the top three
    //   places become 锦州市劳动模范 (a tie across the third place would have to be separated).
    const configuration = {
      ...created.configuration,
      quota: { ...template.quota, total: 30 },
      approvalChain: { levels: ["COUNTY_OR_INDUSTRY", "ORGANIZER"] },
      rounds: template.rounds.map((round) =>
        round.kind === "COMMITTEE_VOTE" ? { ...round, judgesPerEntry: 5, maxResult: "5" } : round,
      ),
      awards: {
        tiers: [{ key: "MODEL_WORKER", name: "锦州市劳动模范", size: { by: "COUNT", count: 3 } }],
        championTitle: false,
        excellenceAward: false,
        sharedAwards: false,
      },
      certificates: { awards: true, participation: false, numberPrefix: "JZ-2015-LM", issuerName: "锦州市总工会" },
    };
    await org.run(
      `mutation Adjust($id: ID!, $version: Int!, $configuration: JSON) { updateActivity(id: $id, version: $version, configuration: $configuration) { id version } }`,
      { id: activityId, version: created.version, configuration },
    );

    // ── Quotas: 30 places over the nine county federations by front-line headcount ──
    // Each first gets its 1 guaranteed place: 9, leaving R = 21 to share by weight.
    // Σ headcounts = 21400 + 24800 + 19600 + 8300 + 26500 + 17200 + 13900 + 11800 + 9600 = 153100.
    // Exact shares 21 × w ÷ 153100 (whole part + remainder):
    //   古塔 449400/153100 = 2.9353   凌河 520800/153100 = 3.4017   太和 411600/153100 = 2.6884
    //   松山 174300/153100 = 1.1385   开发区 556500/153100 = 3.6349  凌海 361200/153100 = 2.3592
    //   北镇 291900/153100 = 1.9066   黑山 247800/153100 = 1.6185   义县 201600/153100 = 1.3168
    // Whole parts 2 + 3 + 2 + 1 + 3 + 2 + 1 + 1 + 1 = 16, so 21 − 16 = 5 places go to the largest
    // remainders: 古塔 .9353, 北镇 .9066, 太和 .6884, 开发区 .6349, 黑山 .6185 (then 凌河 .4017 misses).
    // Places = 1 + whole + extra: 古塔 4, 凌河 4, 太和 4, 松山 2, 开发区 5, 凌海 3, 北镇 3, 黑山 3, 义县 2 = 30.
    const { allocateQuotas } = await org.run<{
      allocateQuotas: {
        weightSum: string;
        wholePartsTotal: number;
        extraPlaces: number;
        rows: {
          organizationCode: string;
          wholePart: number;
          remainderRank: number | null;
          extraPlace: boolean;
          places: number;
        }[];
        working: string[];
      };
    }>(
      `mutation Allocate($a: ID!, $orgs: [QuotaOrganizationInput!]!) {
        allocateQuotas(activityId: $a, total: 30, organizations: $orgs) {
          total weightSum wholePartsTotal extraPlaces
          rows { organizationCode organizationName weight minimum exactShare wholePart remainder remainderRank extraPlace places }
          working
        }
      }`,
      { a: activityId, orgs: counties.map((county) => ({ organizationId: county.id, minimum: 1 })) },
    );
    expect(allocateQuotas).toMatchObject({ weightSum: "153100", wholePartsTotal: 16, extraPlaces: 5 });
    const places = Object.fromEntries(allocateQuotas.rows.map((row) => [row.organizationCode, row.places]));
    expect(places).toEqual({
      "JZ-GT": 4,
      "JZ-LH": 4,
      "JZ-TH": 4,
      "JZ-SS": 2,
      "JZ-KF": 5,
      "JZ-LHS": 3,
      "JZ-BZ": 3,
      "JZ-HS": 3,
      "JZ-YX": 2,
    });
    const extra = allocateQuotas.rows
      .filter((row) => row.extraPlace)
      .map((row) => [row.organizationCode, row.remainderRank]);
    expect(extra).toEqual(
      expect.arrayContaining([
        ["JZ-GT", 1],
        ["JZ-BZ", 2],
        ["JZ-TH", 3],
        ["JZ-KF", 4],
        ["JZ-HS", 5],
      ]),
    );
    expect(extra).toHaveLength(5);
    expect(allocateQuotas.rows.find((row) => row.organizationCode === "JZ-LH")?.remainderRank).toBe(6);

    await org.run(`mutation Open($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { state } }`, {
      id: activityId,
    });

    // ── 古塔区 nominates within its 4 places ──
    at("2015-03-09T10:00:00");
    const nominationFields = `id state stateLabel name usedPlaces remainingPlaces quota { allowedPlaces }
      composition { listSize acceptable limits { limitKey count listSize shareText requiredCount holds coveredByOverride } }`;
    type Nomination = {
      id: string;
      state: string;
      usedPlaces: number;
      remainingPlaces: number;
      composition: {
        listSize: number;
        acceptable: boolean;
        limits: { limitKey: string; count: number; holds: boolean; coveredByOverride: boolean }[];
      };
    };
    const nominate = async (workerId: string, citation: string) =>
      (
        await unit.run<{ nominate: Nomination }>(
          `mutation Nominate($a: ID!, $w: ID!, $c: String, $k: String!) { nominate(activityId: $a, workerId: $w, citation: $c, idempotencyKey: $k) { ${nominationFields} } }`,
          { a: activityId, w: workerId, c: citation, k: nextKey() },
        )
      ).nominate;
    // Demo roster under 古塔区: 周爽玲 (18, woman, front line), 赵洪海 (1, man, front line),
    // 韩丽佳 (3, woman, technical), 吴英丹 (17, woman, enterprise head).
    const zhou = await nominate("18", "扎根餐饮服务一线十二年，服务零投诉");
    const zhao = await nominate("1", "焊接工艺革新三项，带徒二十余人");
    const han = await nominate("3", "主持铣削工装改进，年节约成本四十万元");
    // After three: front line + technical 3 of 3 (≥ 60 %: ⌈3 × 0.6⌉ = 2 needed), heads 0 of 3
    // (≤ 10 %), women 2 of 3 (≥ 20 %: ⌈0.6⌉ = 1 needed): every limit holds; 1 place left.
    expect([han.usedPlaces, han.remainingPlaces, han.composition.listSize, han.composition.acceptable]).toEqual([
      3,
      1,
      3,
      true,
    ]);
    expect(han.composition.limits.map((l) => [l.limitKey, l.count, l.holds])).toEqual([
      ["FRONT_LINE_AND_TECHNICAL", 3, true],
      ["ENTERPRISE_HEADS", 0, true],
      ["WOMEN", 2, true],
    ]);
    expect(zhou.state).toBe("PENDING_COUNTY");

    // What nominating the enterprise head 吴英丹 would do, shown before saving: heads 1 of 4 = 25 %,
    // at most ⌊4 × 10 %⌋ = 0, and no place left to mend it → refused unless overridden.
    const { nominationWhatIf } = await unit.run<{
      nominationWhatIf: {
        allowed: boolean;
        changes: { limitKey: string; effect: string }[];
        refusals: { code: string; message: string }[];
      };
    }>(
      `query WhatIf($a: ID!, $w: ID!) { nominationWhatIf(activityId: $a, workerId: $w) {
        allowed remainingPlaces changes { limitKey effect after { shareText requiredCount holds } } refusals { code message } warnings { code message } } }`,
      { a: activityId, w: "17" },
    );
    expect(nominationWhatIf.allowed).toBe(false);
    expect(nominationWhatIf.changes.find((c) => c.limitKey === "ENTERPRISE_HEADS")?.effect).toBe("BREAKS");
    const broken = await unit.refused(
      `mutation Nominate($a: ID!, $k: String!) { nominate(activityId: $a, workerId: "17", idempotencyKey: $k) { id } }`,
      { a: activityId, k: nextKey() },
    );
    expect(broken.code).toBe("COMPOSITION_LIMIT_BROKEN");
    expect(broken.message).toContain("「企业负责人」应不超过 10%");
    // A unit admin cannot excuse their own list.
    const selfOverride = await unit.refused(
      `mutation Override($a: ID!) { grantCompositionOverride(activityId: $a, organizationId: "2", limitKey: "ENTERPRISE_HEADS", acceptedCount: 1, acceptedListSize: 4, reason: "本单位申请") { id } }`,
      { a: activityId },
    );
    expect(selfOverride.code).toBe("FORBIDDEN");
    // The organizer accepts the breach as stated (1 of 4), with a reason.
    const { grantCompositionOverride } = await org.run<{
      grantCompositionOverride: { limitKey: string; reason: string };
    }>(
      `mutation Override($a: ID!) {
        grantCompositionOverride(activityId: $a, organizationId: "2", limitKey: "ENTERPRISE_HEADS", acceptedCount: 1, acceptedListSize: 4,
                                 reason: "该企业为小微餐饮企业，负责人长期在一线服务岗位工作，经评选委员会研究同意") { id limitKey reason grantedByName }
      }`,
      { a: activityId },
    );
    expect(grantCompositionOverride.limitKey).toBe("ENTERPRISE_HEADS");
    const wu = await nominate("17", "带领小微企业吸纳下岗职工就业");
    expect([wu.usedPlaces, wu.remainingPlaces]).toEqual([4, 0]);
    expect(wu.composition.limits.find((l) => l.limitKey === "ENTERPRISE_HEADS")).toMatchObject({
      count: 1,
      holds: false,
      coveredByOverride: true,
    });
    expect(wu.composition.acceptable).toBe(true);
    // The quota is full: a fifth nomination is refused.
    const full = await unit.refused(
      `mutation Nominate($a: ID!, $k: String!) { nominate(activityId: $a, workerId: "5", idempotencyKey: $k) { id } }`,
      { a: activityId, k: nextKey() },
    );
    expect(full.code).toBe("QUOTA_FULL");
    // Outside its subtree (白超明 of 凌海市) the worker looks absent.
    const outside = await unit.refused(
      `mutation Nominate($a: ID!, $k: String!) { nominate(activityId: $a, workerId: "126", idempotencyKey: $k) { id } }`,
      { a: activityId, k: nextKey() },
    );
    expect(outside.code).toBe("NOT_FOUND");

    // ── Reviews: 县区审核 by 古塔区's admin, then 主办审核 ──
    const review = async (client: typeof org, id: string) => {
      const { allRegistrations } = await client.run<{ allRegistrations: { version: number }[] }>(
        `query One($ids: [ID!]) { allRegistrations(perPage: 1, filter: { ids: $ids }) { id version } }`,
        { ids: [id] },
      );
      return (
        await client.run<{ reviewRegistration: { state: string; stateLabel: string } }>(
          `mutation Review($id: ID!, $version: Int!) { reviewRegistration(id: $id, action: APPROVE, version: $version) { id state stateLabel } }`,
          { id, version: allRegistrations[0]?.version },
        )
      ).reviewRegistration;
    };
    const nominees = [zhou, zhao, han, wu];
    for (const n of nominees) expect((await review(unit, n.id)).state).toBe("PENDING_ORGANIZER");
    for (const n of nominees) expect((await review(org, n.id)).stateLabel).toMatch(/^已(通过|确认)$/);

    // ── Registration closes; the committee votes ──
    at("2015-03-17T09:00:00");
    await org.run(`mutation Close($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_CLOSED) { state } }`, {
      id: activityId,
    });
    const { allRounds } = await org.run<{
      allRounds: {
        id: string;
        key: string;
        kind: string;
        maxResult: string;
        judgesPerEntry: number;
        criteria: unknown[];
      }[];
    }>(
      `query Rounds($a: ID!) { allRounds(perPage: 5, filter: { activityId: $a }) { id key kind maxResult judgesPerEntry criteria { key name max } } }`,
      { a: activityId },
    );
    // The round tells the members how to vote: one item, favour, 1 (赞成) or 0 (不赞成).
    expect(allRounds.map((r) => [r.key, r.kind, r.maxResult, r.judgesPerEntry, r.criteria])).toEqual([
      ["committee", "COMMITTEE_VOTE", "5", 5, [{ key: "favour", name: "表决（1 = 赞成，0 = 不赞成）", max: "1" }]],
    ]);
    const roundId = allRounds[0]?.id;
    const { allActivities } = await org.run<{ allActivities: { categories: { id: string }[] }[] }>(
      `query A($ids: [ID!]) { allActivities(perPage: 1, filter: { ids: $ids }) { categories { id key } } }`,
      { ids: [activityId] },
    );
    const categoryId = allActivities[0]?.categories[0]?.id;
    const committee = ["4", "6", "7", "8", "9"];
    await org.run(
      `mutation Panel($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
      { r: roundId, c: categoryId, j: committee },
    );
    const { assignJudgesBalanced } = await org.run<{ assignJudgesBalanced: { registrationId: string }[] }>(
      `mutation Auto($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id registrationId judgeUserId } }`,
      { r: roundId, c: categoryId },
    );
    // 4 nominees × all 5 members (no member belongs to 古塔区).
    expect(assignJudgesBalanced).toHaveLength(20);
    at("2015-03-20T14:00:00");
    await org.run(`mutation Judge($id: ID!) { transitionActivity(id: $id, to: JUDGING) { state } }`, {
      id: activityId,
    });
    // Votes in favour: 周爽玲 5 of 5, 赵洪海 5 of 5, 韩丽佳 4 of 5 (judge5 against),
    // 吴英丹 2 of 5 (judge and judge2 in favour).
    const inFavour: Record<string, string[]> = {
      [zhou.id]: ["judge", "judge2", "judge3", "judge4", "judge5"],
      [zhao.id]: ["judge", "judge2", "judge3", "judge4", "judge5"],
      [han.id]: ["judge", "judge2", "judge3", "judge4"],
      [wu.id]: ["judge", "judge2"],
    };
    // A half vote is not a vote: a member's sheet takes 1 or 0.
    const { myJudgeAssignments: firstSheets } = await (await s.as("judge")).run<{
      myJudgeAssignments: { id: string }[];
    }>(`query Mine($r: ID) { myJudgeAssignments(roundId: $r) { id } }`, { r: roundId });
    const halfVote = await (await s.as("judge")).refused(
      `mutation Submit($id: ID!, $k: String!) { submitScore(assignmentId: $id, scores: [{ criterionKey: "favour", score: "0.5" }], idempotencyKey: $k) { id } }`,
      { id: firstSheets[0]?.id, k: nextKey() },
    );
    expect(halfVote.code).toBe("SCORE_SHEET_REFUSED");
    expect(halfVote.message).toContain("须以 1 分为单位");
    for (const member of ["judge", "judge2", "judge3", "judge4", "judge5"]) {
      const client = await s.as(member);
      const { myJudgeAssignments } = await client.run<{
        myJudgeAssignments: { id: string; entry: { registrationId: string } }[];
      }>(`query Mine($r: ID) { myJudgeAssignments(roundId: $r) { id entry { registrationId name } } }`, { r: roundId });
      expect(myJudgeAssignments).toHaveLength(4);
      for (const assignment of myJudgeAssignments) {
        const vote = inFavour[assignment.entry.registrationId]?.includes(member) ? "1" : "0";
        await client.run(
          `mutation Submit($id: ID!, $scores: [CriterionScoreInput!]!, $k: String!) { submitScore(assignmentId: $id, scores: $scores, idempotencyKey: $k) { id state } }`,
          { id: assignment.id, scores: [{ criterionKey: "favour", score: vote }], k: nextKey() },
        );
      }
    }
    at("2015-03-27T10:00:00");
    await org.run(`mutation CloseRound($r: ID!) { closeRound(roundId: $r) { closed } }`, { r: roundId });
    const { computeResults } = await org.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation Compute($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code message } warnings { code message } } }`,
      { a: activityId },
    );
    expect(computeResults).toMatchObject({ resultCount: 4, blockingTies: [] });
    // The round results are the votes in favour: 周爽玲 5, 赵洪海 5, 韩丽佳 4, 吴英丹 2.
    const { allRoundResults } = await org.run<{
      allRoundResults: { entryName: string; result: string; details: { favour: number; against: number } }[];
    }>(
      `query RoundResults($r: ID) { allRoundResults(perPage: 10, filter: { roundId: $r }) { entryName result details } }`,
      { r: roundId },
    );
    expect(allRoundResults.map((r) => [r.entryName, r.result, r.details.favour, r.details.against])).toEqual([
      ["周爽玲", "5", 5, 0],
      ["赵洪海", "5", 5, 0],
      ["韩丽佳", "4", 4, 1],
      ["吴英丹", "2", 2, 3],
    ]);
    // Total = 100 × votes in favour ÷ 5 members:
    //   周爽玲 5 → 100, 赵洪海 5 → 100: a shared 1st place; 韩丽佳 4 → 80: place 3 (2 skipped);
    //   吴英丹 2 → 40: place 4. Three titles cover places 1…3: 周爽玲, 赵洪海, 韩丽佳.
    const { allResults } = await org.run<{
      allResults: {
        entrantName: string;
        total: string;
        totalText: string;
        placeLabel: string;
        award: { names: string[] };
      }[];
    }>(
      `query Results($a: ID!) { allResults(perPage: 10, sortField: "place", sortOrder: "ASC", filter: { activityId: $a, trackKey: "CITY" }) {
        entrantName total totalText placeLabel award { names } } }`,
      { a: activityId },
    );
    expect(
      allResults
        .map((r) => [r.entrantName, r.total, r.totalText, r.placeLabel, r.award.names])
        .sort((a, b) => String(a[3]).localeCompare(String(b[3])) || String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        ["周爽玲", "100", "100.00", "并列第 1 名", ["锦州市劳动模范"]],
        ["赵洪海", "100", "100.00", "并列第 1 名", ["锦州市劳动模范"]],
        ["韩丽佳", "80", "80.00", "第 3 名", ["锦州市劳动模范"]],
        ["吴英丹", "40", "40.00", "第 4 名", []],
      ].sort((a, b) => String(a[3]).localeCompare(String(b[3])) || String(a[0]).localeCompare(String(b[0]))),
    );

    // ── Public notice from Thursday 2015-04-02, over 清明 ──
    // 2015: 04-05 (Sun) and 04-06 (Mon) are 清明节 holidays. Working days from the first after the
    // day of publication: 04-03 (Fri), [04-04 Sat, 04-05 Sun, 04-06 holiday], 04-07, 04-08, 04-09,
    // 04-10 → five days, ending Friday 2015-04-10.
    at("2015-04-02T10:00:00");
    const { publishResultsForNotice } = await org.run<{
      publishResultsForNotice: { firstDay: string; endDate: string; workingDates: { date: string }[] };
    }>(
      `mutation Publish($a: ID!) { publishResultsForNotice(activityId: $a) { firstDay endDate workingDates { date } } }`,
      { a: activityId },
    );
    expect(publishResultsForNotice.workingDates.map((d) => d.date)).toEqual([
      "2015-04-03",
      "2015-04-07",
      "2015-04-08",
      "2015-04-09",
      "2015-04-10",
    ]);
    expect(publishResultsForNotice.endDate).toBe("2015-04-10");

    at("2015-04-10T15:00:00");
    const tooEarly = await org.refused(`mutation F($a: ID!) { finalizeResults(activityId: $a) { state } }`, {
      a: activityId,
    });
    // The period runs through its end date.
    expect(tooEarly.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    at("2015-04-13T09:00:00");
    const { finalizeResults } = await org.run<{ finalizeResults: { state: string } }>(
      `mutation F($a: ID!) { finalizeResults(activityId: $a) { state } }`,
      { a: activityId },
    );
    expect(finalizeResults.state).toBe("FINAL");

    // ── Certificates: three 荣誉证书 (no participation certificates for this kind) ──
    const { issueCertificates } = await org.run<{
      issueCertificates: { number: string; recipientName: string; awardName: string; downloadPath: string }[];
    }>(
      `mutation Issue($a: ID!) { issueCertificates(activityId: $a) { number recipientName awardName downloadPath } }`,
      { a: activityId },
    );
    expect(issueCertificates.map((c) => c.number)).toEqual(["JZ-2015-LM-0001", "JZ-2015-LM-0002", "JZ-2015-LM-0003"]);
    expect(issueCertificates.map((c) => c.recipientName).sort()).toEqual(["周爽玲", "赵洪海", "韩丽佳"].sort());
    expect(new Set(issueCertificates.map((c) => c.awardName))).toEqual(new Set(["锦州市劳动模范"]));
    const zhouCertificate = issueCertificates.find((c) => c.recipientName === "周爽玲");
    const pdf = await (await s.as("worker")).download(zhouCertificate?.downloadPath ?? "");
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const whole = await (await s.as("organizer")).download(`/files/activities/${activityId}/certificates.pdf`);
    expect(whole.status).toBe(200);
    expect(
      Buffer.from(await whole.arrayBuffer())
        .toString("latin1")
        .match(/\/Type\s*\/Page[^s]/g),
    ).toHaveLength(3);

    // ── The audit log keeps the quota split and the override with its reason ──
    const { allAuditEntries } = await (await s.as("admin")).run<{
      allAuditEntries: { action: string; reason: string | null }[];
    }>(
      `query Log($a: ID!) { allAuditEntries(perPage: 200, sortField: "at", sortOrder: "ASC", filter: { activityId: $a }) { action reason } }`,
      { a: activityId },
    );
    const actions = allAuditEntries.map((e) => e.action);
    for (const action of [
      "QUOTA_ALLOCATE",
      "NOMINATE",
      "COMPOSITION_OVERRIDE",
      "REGISTRATION_APPROVE",
      "SCORE_SUBMIT",
      "ROUND_CLOSE",
      "PUBLIC_NOTICE_PUBLISH",
      "CERTIFICATES_ISSUE",
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(allAuditEntries.find((e) => e.action === "COMPOSITION_OVERRIDE")?.reason).toBe(
      "该企业为小微餐饮企业，负责人长期在一线服务岗位工作，经评选委员会研究同意",
    );
  }, 120_000);
});
