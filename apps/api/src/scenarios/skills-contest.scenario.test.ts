// The 2nd "状元杯" worker vocational skills contest (第二届“状元杯”职工职业技能大赛), run by 生产保护部 from
// set-up to certificates through the documented API only (docs/api/walkthrough.md is this file, call
// by call). Every expected number is worked by hand from DOMAIN.md in the comments beside it.
import type { DatabaseProvider } from "@jinzhou/db";
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { type Scenario, startScenario } from "./scenario-client.ts";

type Run = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Every result row as [track, trade, entrant, exact total, total shown, place, award names, to the province]. */
async function readResults(run: Run, activityId: string): Promise<unknown[][]> {
  const { allResults } = await run<{
    allResults: {
      trackKey: string;
      categoryName: string;
      entrantName: string;
      total: string;
      totalText: string;
      placeLabel: string;
      award: { names: string[]; advancesToProvincial: boolean };
    }[];
  }>(
    `query Results($activityId: ID!) {
      allResults(filter: { activityId: $activityId }, sortField: "id", sortOrder: "ASC", page: 0, perPage: 50) {
        trackKey categoryName entrantName total totalText placeLabel award { names advancesToProvincial }
      }
    }`,
    { activityId },
  );
  const trackOrder = (key: string) => (key === "CITY" ? "0" : key);
  return allResults
    .map((r) => [
      r.trackKey,
      r.categoryName,
      r.entrantName,
      r.total,
      r.totalText,
      r.placeLabel,
      r.award.names,
      r.award.advancesToProvincial,
    ])
    .sort((a, b) =>
      `${trackOrder(String(a[0]))}|${a[1] === "焊工" ? 0 : 1}`.localeCompare(
        `${trackOrder(String(b[0]))}|${b[1] === "焊工" ? 0 : 1}`,
      ),
    );
}

/** Moves the faked clock to a China-time instant. */
function at(chinaTime: string): void {
  vi.setSystemTime(new Date(`${chinaTime}+08:00`));
}

let key = 0;
const nextKey = (): string => `zyb-2015-${++key}`;

describe.each(testProviders())("the 2nd 状元杯 skills contest (%s)", (provider: DatabaseProvider) => {
  let scenario: Scenario | undefined;
  afterEach(async () => {
    await scenario?.close();
    scenario = undefined;
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it("runs from the template to certificates", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-08-03T09:00:00");
    scenario = await startScenario(provider);
    const s = scenario;

    // ── Set-up: the organizer of 生产保护部 creates the contest from the SKILLS_CONTEST template ──
    const organizer = await s.as("organizer");
    const { allDepartments } = await organizer.run<{ allDepartments: { id: string; code: string }[] }>(
      `query { allDepartments(perPage: 50) { id code name } }`,
    );
    const scbhb = allDepartments.find((department) => department.code === "SCBHB");
    expect(scbhb).toBeDefined();
    const { createActivity: created } = await organizer.run<{
      createActivity: { id: string; version: number; state: string; configuration: Record<string, unknown> };
    }>(
      `mutation Create($departmentId: ID!) {
        createActivity(kind: SKILLS_CONTEST, code: "JZ-2015-ZYB", name: "第二届“状元杯”职工职业技能大赛",
                       year: 2015, departmentId: $departmentId,
                       registrationOpensOn: "2015-08-03", registrationClosesOn: "2015-08-31",
                       judgingEndsOn: "2015-09-25", completedBy: "2015-10-31", deadlinePhrase: "十月末前") {
          id version state configuration
        }
      }`,
      { departmentId: scbhb?.id },
    );
    expect(created.state).toBe("DRAFT");
    const activityId = created.id;
    const template = created.configuration as { rounds: Record<string, unknown>[]; categories: unknown[] };
    // The template's defaults (DOMAIN.md): theory 30 % + practical 70 %.
    expect(template.rounds.map((round) => [round.key, round.kind, round.weight])).toEqual([
      ["theory", "EXAM", "30"],
      ["practical", "CRITERIA_SCORING", "70"],
    ]);

    // The organizer adjusts the draft: two trades (焊工 and 餐厅服务员, the trade of the demo `worker`),
    // the chain 单位审核 → 主办审核, a practical judged by 3 of a 5-judge panel (a plain mean: with
    // n = 3 judges the default trim is k = 0), and county-level tracks for 古塔区 and 凌海市 beside the
    // city-level one (suggestion 6).
    const trade = (categoryId: string, categoryName: string) => ({
      categoryId,
      categoryName,
      capacity: 40,
      entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
      eligibility: { trades: [categoryName] },
      badmintonEvent: null,
    });
    const [theoryRound, practicalRound] = template.rounds as [Record<string, unknown>, Record<string, unknown>];
    const configuration = {
      ...created.configuration,
      categories: [trade("WELDER", "焊工"), trade("SERVICE", "餐厅服务员")],
      approvalChain: { levels: ["UNIT", "ORGANIZER"] },
      rounds: [theoryRound, { ...practicalRound, judgesPerEntry: 3 }],
      awardTracks: [
        { level: "CITY", key: "CITY", name: "市级" },
        {
          level: "COUNTY",
          key: "COUNTY-JZ-GT",
          name: "县(市)区级（古塔区）",
          countyCode: "JZ-GT",
          countyPath: "/00000001/00000002/",
        },
        {
          level: "COUNTY",
          key: "COUNTY-JZ-LHS",
          name: "县(市)区级（凌海市）",
          countyCode: "JZ-LHS",
          countyPath: "/00000001/00000007/",
        },
      ],
      certificates: { awards: true, participation: true, numberPrefix: "JZ-2015-ZYB", issuerName: "锦州市总工会" },
    };
    const { updateActivity: adjusted } = await organizer.run<{
      updateActivity: { version: number; categories: { id: string; key: string }[] };
    }>(
      `mutation Adjust($id: ID!, $version: Int!, $configuration: JSON) {
        updateActivity(id: $id, version: $version, configuration: $configuration) { id version categories { id key name } }
      }`,
      { id: activityId, version: created.version, configuration },
    );
    const categoryId = Object.fromEntries(adjusted.categories.map((category) => [category.key, category.id]));
    expect(Object.keys(categoryId).sort()).toEqual(["SERVICE", "WELDER"]);

    await organizer.run(`mutation Open($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { state } }`, {
      id: activityId,
    });

    // ── Accounts: the admin makes worker accounts for two demo welders and a unit admin for 凌海市 ──
    const admin = await s.as("admin");
    const createUser = (variables: Record<string, unknown>) =>
      admin.run<{ createUser: { id: string } }>(
        `mutation User($username: String!, $displayName: String!, $role: Role!, $organizationId: ID!, $workerId: ID) {
          createUser(username: $username, displayName: $displayName, password: "jinzhou2015", role: $role,
                     organizationId: $organizationId, workerId: $workerId) { id }
        }`,
        variables,
      );
    // Demo roster (allWorkers): 焊工 赵洪海 (id 1) and 王华 (8) of 锦州华辰精密机械 (古塔区, org 15),
    // 白超明 (126) of 凌海市大凌河建材 (org 32); 餐厅服务员 吴英丹 (17) and 周爽玲 (18, the `worker`
    // account) of 锦州老街坊餐饮 (古塔区, org 17), 何飞志 (142) and 崔爽 (144) of 凌海市海韵农家菜馆 (org 35).
    const wanghuaUser = await createUser({
      username: "wanghua",
      displayName: "王华",
      role: "WORKER",
      organizationId: "15",
      workerId: "8",
    });
    const baiUser = await createUser({
      username: "baichaoming",
      displayName: "白超明",
      role: "WORKER",
      organizationId: "32",
      workerId: "126",
    });
    await createUser({
      username: "lhs.unit",
      displayName: "凌海市总工会 张干事",
      role: "UNIT_ADMIN",
      organizationId: "7",
    });
    expect(wanghuaUser.createUser.id).toBeTruthy();
    expect(baiUser.createUser.id).toBeTruthy();

    // ── Entries ──
    at("2015-08-10T10:00:00");
    const registrationFields = "id state stateLabel version name category { name }";
    const register = async (username: string, categoryKey: string) =>
      (
        await (
          await s.as(username)
        ).run<{ register: { id: string; state: string; stateLabel: string; version: number } }>(
          `mutation Register($activityId: ID!, $categoryKey: String!, $key: String!) {
            register(activityId: $activityId, categoryKey: $categoryKey, idempotencyKey: $key) { ${registrationFields} }
          }`,
          { activityId, categoryKey, key: nextKey() },
        )
      ).register;
    const enrol = async (username: string, categoryKey: string, workerId: string) =>
      (
        await (
          await s.as(username)
        ).run<{ enrol: { id: string; state: string; stateLabel: string; version: number } }>(
          `mutation Enrol($activityId: ID!, $categoryKey: String!, $workerIds: [ID!], $key: String!) {
            enrol(activityId: $activityId, categoryKey: $categoryKey, workerIds: $workerIds, idempotencyKey: $key) { ${registrationFields} }
          }`,
          { activityId, categoryKey, workerIds: [workerId], key: nextKey() },
        )
      ).enrol;

    // A waitress cannot enter the welders' trade: the category's trade rule refuses it.
    const wrongTrade = await (await s.as("worker")).refused(
      `mutation Register($activityId: ID!, $key: String!) { register(activityId: $activityId, categoryKey: "WELDER", idempotencyKey: $key) { id } }`,
      { activityId, key: nextKey() },
    );
    expect(wrongTrade.code).toBe("NOT_ELIGIBLE");
    expect(wrongTrade.message).toBe("不符合报名条件：工种不符：本项目仅限焊工参加，您登记的工种是餐厅服务员");

    const zhou = await register("worker", "SERVICE");
    expect([zhou.state, zhou.stateLabel]).toEqual(["PENDING_UNIT", "待单位审核"]);
    // The phone lost the answer and sends the same request again with the same key: the same entry
    // comes back, nothing is written twice. A new key is a second entry, which is refused.
    const retry = await (await s.as("worker")).run<{ register: { id: string } }>(
      `mutation Register($activityId: ID!, $key: String!) { register(activityId: $activityId, categoryKey: "SERVICE", idempotencyKey: $key) { id } }`,
      { activityId, key: `zyb-2015-${key}` },
    );
    expect(retry.register.id).toBe(zhou.id);
    const second = await (await s.as("worker")).refused(
      `mutation Register($activityId: ID!, $key: String!) { register(activityId: $activityId, categoryKey: "SERVICE", idempotencyKey: $key) { id } }`,
      { activityId, key: nextKey() },
    );
    expect(second.code).toBe("ALREADY_REGISTERED");
    const wangHua = await register("wanghua", "WELDER");
    const bai = await register("baichaoming", "WELDER");
    const zhao = await enrol("unit", "WELDER", "1");
    const wuYingdan = await enrol("unit", "SERVICE", "17");
    const cuiShuang = await enrol("lhs.unit", "SERVICE", "144");
    const heFeizhi = await enrol("lhs.unit", "SERVICE", "142");
    // Whether a worker registers or the unit enrols them, the entry waits for 单位审核 first.
    for (const entry of [wangHua, bai, zhao, wuYingdan, cuiShuang, heFeizhi]) expect(entry.state).toBe("PENDING_UNIT");

    // 古塔区's unit admin cannot enrol a worker of 凌海市: outside its subtree the worker looks absent.
    const outside = await (await s.as("unit")).refused(
      `mutation Enrol($activityId: ID!, $key: String!) { enrol(activityId: $activityId, categoryKey: "WELDER", workerIds: ["126"], idempotencyKey: $key) { id } }`,
      { activityId, key: nextKey() },
    );
    expect(outside.code).toBe("NOT_FOUND");

    // ── Reviews: 单位审核 by the unit admin above each entrant's union, then 主办审核 by 生产保护部 ──
    const review = async (username: string, entry: { id: string }, action: string, reason?: string) => {
      const client = await s.as(username);
      const { allRegistrations } = await client.run<{ allRegistrations: { version: number }[] }>(
        `query One($ids: [ID!]) { allRegistrations(perPage: 1, filter: { ids: $ids }) { id version } }`,
        { ids: [entry.id] },
      );
      return (
        await client.run<{
          reviewRegistration: { state: string; stateLabel: string; returnReason: string | null; version: number };
        }>(
          `mutation Review($id: ID!, $action: RegistrationReviewAction!, $reason: String, $version: Int!) {
            reviewRegistration(id: $id, action: $action, reason: $reason, version: $version) { id state stateLabel returnReason version }
          }`,
          { id: entry.id, action, reason, version: allRegistrations[0]?.version },
        )
      ).reviewRegistration;
    };
    // 王华's entry goes back once for his skill certificate number, he resubmits, then it passes.
    const returned = await review("unit", wangHua, "RETURN", "请补充焊工职业资格证书编号");
    expect([returned.state, returned.stateLabel, returned.returnReason]).toEqual([
      "RETURNED",
      "已退回（退回原因：请补充焊工职业资格证书编号）",
      "请补充焊工职业资格证书编号",
    ]);
    const resubmitted = await (await s.as("wanghua")).run<{ resubmitRegistration: { state: string } }>(
      `mutation Resubmit($id: ID!, $version: Int!) { resubmitRegistration(id: $id, note: "已补充证书编号", version: $version) { id state } }`,
      { id: wangHua.id, version: returned.version },
    );
    expect(resubmitted.resubmitRegistration.state).toBe("PENDING_UNIT");
    // 凌海市's unit admin may not review 古塔区's entries (单位审核 belongs to the entrant's own subtree).
    const notTheirs = await (await s.as("lhs.unit")).refused(
      `mutation Review($id: ID!) { reviewRegistration(id: $id, action: APPROVE) { id } }`,
      { id: zhou.id },
    );
    expect(notTheirs.code).toBe("NOT_FOUND");
    for (const entry of [zhou, wangHua, zhao, wuYingdan]) {
      expect((await review("unit", entry, "APPROVE")).state).toBe("PENDING_ORGANIZER");
    }
    for (const entry of [bai, cuiShuang, heFeizhi]) {
      expect((await review("lhs.unit", entry, "APPROVE")).state).toBe("PENDING_ORGANIZER");
    }
    for (const entry of [zhou, wangHua, zhao, wuYingdan, bai, cuiShuang, heFeizhi]) {
      // 40 places per trade and 3 or 4 entries each: every entry is placed at once.
      expect((await review("organizer", entry, "APPROVE")).stateLabel).toBe("已确认");
    }

    // ── Registration closes (the deadline 2015-08-31 has passed) ──
    at("2015-09-01T09:00:00");
    const closed = await (await s.as("organizer")).run<{ transitionActivity: { state: string } }>(
      `mutation Close($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_CLOSED) { state } }`,
      { id: activityId },
    );
    expect(closed.transitionActivity.state).toBe("REGISTRATION_CLOSED");
    const late = await (await s.as("worker")).refused(
      `mutation Register($activityId: ID!, $key: String!) { register(activityId: $activityId, categoryKey: "SERVICE", idempotencyKey: $key) { id } }`,
      { activityId, key: nextKey() },
    );
    expect(late.code).toBe("REGISTRATION_CLOSED");

    // ── Rounds, the panel and the balanced assignment ──
    // Tokens are re-issued when the faked clock has moved on: ask for the client at each step.
    const org = s.actor("organizer");
    const { allRounds } = await org.run<{
      allRounds: { id: string; key: string; kind: string; judgesPerEntry: number | null }[];
    }>(
      `query Rounds($activityId: ID!) { allRounds(perPage: 10, sortField: "sortOrder", sortOrder: "ASC", filter: { activityId: $activityId }) { id key kind judgesPerEntry criteria { key max } } }`,
      { activityId },
    );
    const theoryId = allRounds.find((round) => round.key === "theory")?.id ?? "";
    const practicalId = allRounds.find((round) => round.key === "practical")?.id ?? "";
    expect(allRounds.map((round) => [round.key, round.kind, round.judgesPerEntry])).toEqual([
      ["theory", "EXAM", null],
      ["practical", "CRITERIA_SCORING", 3],
    ]);
    const { judgeCandidates } = await org.run<{ judgeCandidates: { id: string; displayName: string }[] }>(
      `query { judgeCandidates { id displayName organizationName } }`,
    );
    const judgeIds = judgeCandidates.map((judge) => judge.id);
    expect(judgeIds).toHaveLength(5);
    const judgeUserId = { judge: "4", judge2: "6", judge3: "7", judge4: "8", judge5: "9" };
    expect(judgeIds.sort()).toEqual(Object.values(judgeUserId).sort());
    const assignments: { id: string; registrationId: string; judgeUserId: string }[] = [];
    for (const key of ["WELDER", "SERVICE"]) {
      await org.run(
        `mutation Panel($roundId: ID!, $categoryId: ID!, $judgeUserIds: [ID!]!) {
          setRoundPanel(roundId: $roundId, categoryId: $categoryId, judgeUserIds: $judgeUserIds) { id }
        }`,
        { roundId: practicalId, categoryId: categoryId[key], judgeUserIds: judgeIds },
      );
      const { assignJudgesBalanced } = await org.run<{ assignJudgesBalanced: typeof assignments }>(
        `mutation Auto($roundId: ID!, $categoryId: ID!) {
          assignJudgesBalanced(roundId: $roundId, categoryId: $categoryId) { id registrationId judgeUserId judgeName }
        }`,
        { roundId: practicalId, categoryId: categoryId[key] },
      );
      assignments.push(...assignJudgesBalanced);
    }
    // Balanced (fewest assignments first): 7 entries × 3 judges = 21 sheets over 5 judges, so each
    // judge gets 4 or 5 (21 = 4 × 4 + 5); every entry has exactly 3 judges; the `judge` account
    // (凌海市总工会) is never given 白超明, 崔爽 or 何飞志, whose unions are in 凌海市 (回避).
    const perJudge = Object.values(judgeUserId).map((id) => assignments.filter((a) => a.judgeUserId === id).length);
    expect(perJudge.reduce((sum, count) => sum + count, 0)).toBe(21);
    expect(Math.max(...perJudge) - Math.min(...perJudge)).toBeLessThanOrEqual(1);
    for (const entry of [zhou, wangHua, zhao, wuYingdan, bai, cuiShuang, heFeizhi]) {
      expect(assignments.filter((a) => a.registrationId === entry.id)).toHaveLength(3);
    }
    const lingHaiEntries = [bai.id, cuiShuang.id, heFeizhi.id];
    expect(
      assignments.filter((a) => a.judgeUserId === judgeUserId.judge && lingHaiEntries.includes(a.registrationId)),
    ).toEqual([]);
    // Placing the 凌海市 judge on 白超明's entry by hand is refused, nothing written.
    const conflicted = await org.refused(
      `mutation Manual($roundId: ID!, $assignments: [JudgeAssignmentInput!]!) { assignJudges(roundId: $roundId, assignments: $assignments) { id } }`,
      {
        roundId: practicalId,
        assignments: [
          { registrationId: bai.id, judgeUserIds: [judgeUserId.judge, judgeUserId.judge2, judgeUserId.judge3] },
        ],
      },
    );
    expect(conflicted.code).toBe("JUDGE_ASSIGNMENT_REFUSED");
    expect(conflicted.message).toContain("回避");

    // ── The theory exam (理论考试), imported from the exam centre's sheet ──
    const theory: [entry: { id: string }, score: string][] = [
      [bai, "96"],
      [zhao, "73"],
      [wangHua, "80"],
      [zhou, "88"],
      [wuYingdan, "85"],
      [cuiShuang, "85"],
      [heFeizhi, "70"],
    ];
    const badSheet = await org.refused(
      `mutation Exam($roundId: ID!, $rows: [ExamScoreInput!]!) { importExamScores(roundId: $roundId, rows: $rows) { registrationId } }`,
      {
        roundId: theoryId,
        rows: [
          { registrationId: bai.id, score: "96" },
          { registrationId: zhao.id, score: "107" },
        ],
      },
    );
    // Row 2 is over the maximum of 100: nothing is imported, the row is named.
    expect(badSheet.code).toBe("VALIDATION_FAILED");
    expect(badSheet.message).toContain("第 2 行");
    const { importExamScores } = await org.run<{ importExamScores: { registrationId: string; result: string }[] }>(
      `mutation Exam($roundId: ID!, $rows: [ExamScoreInput!]!) { importExamScores(roundId: $roundId, rows: $rows) { registrationId entryName result resultDisplay } }`,
      { roundId: theoryId, rows: theory.map(([entry, score]) => ({ registrationId: entry.id, score })) },
    );
    expect(importExamScores).toHaveLength(7);

    // ── Judging (评审中): every judge fills in their sheets ──
    at("2015-09-15T09:00:00");
    await org.run(`mutation Judge($id: ID!) { transitionActivity(id: $id, to: JUDGING) { state } }`, {
      id: activityId,
    });
    // Each entry's three sheets (judge totals), given by its judges in the order of their user ids;
    // the practical result is the plain mean of the three (n = 3 < 5: nothing dropped).
    const practicalSheets = new Map<string, [string, string, string]>([
      [bai.id, ["84", "85", "86"]], //            mean 85
      [zhao.id, ["93", "95", "94"]], //           mean 94
      [wangHua.id, ["90", "92", "91"]], //        mean 91
      [zhou.id, ["89", "90", "91"]], //           mean 90
      [wuYingdan.id, ["85", "86", "87"]], //      mean 86
      [cuiShuang.id, ["84.5", "86", "87.5"]], //  mean 86
      [heFeizhi.id, ["78.5", "80", "81.6"]], //   mean 240.1 ÷ 3 = 2401/30 = 80.0333…
    ]);
    // A sheet of total T: 工件精度与质量 T − 36 (of 60), 操作规范 18 (of 20), 安全文明生产 9, 完成时间 9.
    const sheet = (total: string) => [
      { criterionKey: "quality", score: String(Math.round((Number(total) - 36) * 10) / 10) },
      { criterionKey: "procedure", score: "18" },
      { criterionKey: "safety", score: "9" },
      { criterionKey: "time", score: "9" },
    ];
    for (const [username, userId] of Object.entries(judgeUserId)) {
      const judgeClient = await s.as(username);
      const { myJudgeAssignments } = await judgeClient.run<{
        myJudgeAssignments: {
          id: string;
          entry: { registrationId: string; name: string; categoryName: string };
          sheetState: string;
        }[];
      }>(
        `query Mine($roundId: ID) { myJudgeAssignments(roundId: $roundId) { id entry { registrationId name memberNames categoryName } sheetState } }`,
        { roundId: practicalId },
      );
      // A judge sees exactly their own assignments: never another judge's, never a conflicted entry.
      const mine = assignments.filter((a) => a.judgeUserId === userId);
      expect(myJudgeAssignments.map((a) => a.id).sort()).toEqual(mine.map((a) => a.id).sort());
      for (const assignment of myJudgeAssignments) {
        const judgesOfEntry = assignments
          .filter((a) => a.registrationId === assignment.entry.registrationId)
          .map((a) => Number(a.judgeUserId))
          .sort((a, b) => a - b);
        const total =
          practicalSheets.get(assignment.entry.registrationId)?.[judgesOfEntry.indexOf(Number(userId))] ?? "";
        const submitted = await judgeClient.run<{ submitScore: { state: string; total: string } }>(
          `mutation Submit($assignmentId: ID!, $scores: [CriterionScoreInput!]!, $key: String!) {
            submitScore(assignmentId: $assignmentId, scores: $scores, idempotencyKey: $key) { id state stateLabel total }
          }`,
          { assignmentId: assignment.id, scores: sheet(total), key: nextKey() },
        );
        expect([submitted.submitScore.state, Number(submitted.submitScore.total)]).toEqual(["LOCKED", Number(total)]);
      }
    }
    // The 凌海市 judge cannot open a sheet that is not theirs (白超明's, assigned to others): it looks absent.
    const othersSheet = assignments.find((a) => a.registrationId === bai.id);
    const notMine = await (await s.as("judge")).refused(
      `mutation Submit($assignmentId: ID!, $scores: [CriterionScoreInput!]!, $key: String!) {
        submitScore(assignmentId: $assignmentId, scores: $scores, idempotencyKey: $key) { id }
      }`,
      { assignmentId: othersSheet?.id, scores: sheet("90"), key: nextKey() },
    );
    expect(notMine.code).toBe("NOT_FOUND");
    // Nor can they read it any other way: asking for 白超明's assignments or for registrations gives nothing.
    const peek = await (await s.as("judge")).run<{ allJudgeAssignments: unknown[]; allRegistrations: unknown[] }>(
      `query Peek($id: ID!) {
        allJudgeAssignments(perPage: 10, filter: { registrationId: $id }) { id score { total } }
        allRegistrations(perPage: 10) { id }
      }`,
      { id: bai.id },
    );
    expect(peek).toEqual({ allJudgeAssignments: [], allRegistrations: [] });

    // ── Rounds close; the organizer computes the results ──
    at("2015-09-25T16:00:00");
    for (const roundId of [theoryId, practicalId]) {
      const { closeRound } = await org.run<{ closeRound: { closed: boolean } }>(
        `mutation Close($roundId: ID!) { closeRound(roundId: $roundId) { id closed closedAt } }`,
        { roundId },
      );
      expect(closeRound.closed).toBe(true);
    }
    const { computeResults } = await org.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation Compute($activityId: ID!) { computeResults(activityId: $activityId) { resultCount blockingTies { code message } warnings { code message } } }`,
      { activityId },
    );
    // 3 + 4 entries on the city track, 2 + 2 on 古塔区's, 1 + 2 on 凌海市's: 14 result rows.
    expect(computeResults).toEqual({ resultCount: 14, blockingTies: [], warnings: [] });
    const results = await readResults(org.run, activityId);
    // Total = 30 % × theory + 70 % × practical (both out of 100, so normalizing changes nothing).
    // 焊工, city track (N = 3):
    //   白超明 0.3 × 96 + 0.7 × 85 = 28.8 + 59.5 = 88.3
    //   赵洪海 0.3 × 73 + 0.7 × 94 = 21.9 + 65.8 = 87.7
    //   王华   0.3 × 80 + 0.7 × 91 = 24.0 + 63.7 = 87.7 → tied with 赵洪海; higher practical (94 > 91)
    //          puts 赵洪海 2nd, 王华 3rd (the theory tie-break is not reached).
    //   Tiers by share of N = 3: first ⌊3 × 10 %⌋ = 0 → at least 1 (place 1); second ⌊0.6⌋ → 1
    //   (place 2); third ⌊0.9⌋ → 1 (place 3). 状元 for place 1; places ≤ 3 recommended to the province.
    // 餐厅服务员, city track (N = 4):
    //   周爽玲 0.3 × 88 + 0.7 × 90 = 26.4 + 63 = 89.4
    //   吴英丹 0.3 × 85 + 0.7 × 86 = 25.5 + 60.2 = 85.7
    //   崔爽   0.3 × 85 + 0.7 × 86 = 85.7 → same practical, same theory: a shared 2nd place, 3rd skipped
    //   何飞志 0.3 × 70 + 0.7 × 2401/30 = 21 + 16807/300 = 23107/300 = 77.0233… → "77.02", place 4
    //   Tiers: first ⌊0.4⌋ → 1 (place 1), second ⌊0.8⌋ → 1 (place 2: both tied entries), third
    //   ⌊1.2⌋ = 1 (place 3, skipped by the tie: not awarded again). Places ≤ 3: 周爽玲, 吴英丹, 崔爽.
    // County tracks rank only their county's entrants (古塔区: 赵洪海, 王华, 周爽玲, 吴英丹; 凌海市:
    // 白超明, 崔爽, 何飞志) with the same tiers (N = 2 → 1/1/1; N = 1 → 1) and 状元 for each first
    // place; only the city track recommends to the province.
    expect(results).toEqual([
      ["CITY", "焊工", "白超明", "883/10", "88.30", "第 1 名", ["一等奖", "状元"], true],
      ["CITY", "焊工", "赵洪海", "877/10", "87.70", "第 2 名", ["二等奖"], true],
      ["CITY", "焊工", "王华", "877/10", "87.70", "第 3 名", ["三等奖"], true],
      ["CITY", "餐厅服务员", "周爽玲", "447/5", "89.40", "第 1 名", ["一等奖", "状元"], true],
      ["CITY", "餐厅服务员", "吴英丹", "857/10", "85.70", "并列第 2 名", ["二等奖"], true],
      ["CITY", "餐厅服务员", "崔爽", "857/10", "85.70", "并列第 2 名", ["二等奖"], true],
      ["CITY", "餐厅服务员", "何飞志", "23107/300", "77.02", "第 4 名", [], false],
      ["COUNTY-JZ-GT", "焊工", "赵洪海", "877/10", "87.70", "第 1 名", ["一等奖", "状元"], false],
      ["COUNTY-JZ-GT", "焊工", "王华", "877/10", "87.70", "第 2 名", ["二等奖"], false],
      ["COUNTY-JZ-GT", "餐厅服务员", "周爽玲", "447/5", "89.40", "第 1 名", ["一等奖", "状元"], false],
      ["COUNTY-JZ-GT", "餐厅服务员", "吴英丹", "857/10", "85.70", "第 2 名", ["二等奖"], false],
      ["COUNTY-JZ-LHS", "焊工", "白超明", "883/10", "88.30", "第 1 名", ["一等奖", "状元"], false],
      ["COUNTY-JZ-LHS", "餐厅服务员", "崔爽", "857/10", "85.70", "第 1 名", ["一等奖", "状元"], false],
      ["COUNTY-JZ-LHS", "餐厅服务员", "何飞志", "23107/300", "77.02", "第 2 名", ["二等奖"], false],
    ]);
    const explanations = await org.run<{ allResults: { entrantName: string; explanation: string }[] }>(
      `query Why($activityId: ID!) { allResults(perPage: 10, filter: { activityId: $activityId, trackKey: "CITY" }) { entrantName explanation } }`,
      { activityId },
    );
    const why = Object.fromEntries(explanations.allResults.map((r) => [r.entrantName, r.explanation]));
    expect(why.赵洪海).toBe("与 王华 总分相同，实操成绩较高，列第 2 名");
    expect(why.崔爽).toBe("与 吴英丹 总分相同，实操成绩也相同，理论成绩也相同，并列第 2 名");
    // Before publication the public sees nothing.
    expect(await readResults(s.public.run, activityId)).toEqual([]);

    // ── Public notice (公示), published on Wednesday 2015-09-30, the eve of the National Day holiday ──
    // 2015 calendar (the demo data's State Council arrangement): 10-01 … 10-07 are holidays, Saturday
    // 10-10 is a working day (调休). Counting 5 working days from the first working day after the
    // day of publication: 10-08 (Thu), 10-09 (Fri), 10-10 (Sat, 调休), [10-11 is a Sunday], 10-12 (Mon),
    // 10-13 (Tue) → the notice ends on 2015-10-13.
    at("2015-09-30T10:00:00");
    const { publishResultsForNotice: notice } = await org.run<{
      publishResultsForNotice: {
        publishedOn: string;
        firstDay: string;
        endDate: string;
        workingDays: number;
        description: string;
        workingDates: { date: string; weekday: string }[];
      };
    }>(
      `mutation Publish($activityId: ID!) {
        publishResultsForNotice(activityId: $activityId) { id publishedOn firstDay endDate workingDays description workingDates { date weekday } }
      }`,
      { activityId },
    );
    expect(notice).toMatchObject({
      publishedOn: "2015-09-30",
      firstDay: "2015-10-08",
      endDate: "2015-10-13",
      workingDays: 5,
    });
    expect(notice.description).toBe("公示期：2015年10月8日至2015年10月13日（5 个工作日）");
    expect(notice.workingDates.map((day) => `${day.date} ${day.weekday}`)).toEqual([
      "2015-10-08 星期四",
      "2015-10-09 星期五",
      "2015-10-10 星期六",
      "2015-10-12 星期一",
      "2015-10-13 星期二",
    ]);
    // The public now sees the activity, the notice and the same results.
    const { publishedActivities } = await s.public.run<{ publishedActivities: { id: string; stateLabel: string }[] }>(
      `query { publishedActivities(year: 2015) { id code name state stateLabel departmentName } }`,
    );
    expect(publishedActivities.find((a) => a.id === activityId)?.stateLabel).toBe("结果公示");
    const publicNotice = await s.public.run<{ publicNotice: { endDate: string } }>(
      `query Notice($activityId: ID!) { publicNotice(activityId: $activityId) { firstDay endDate description } }`,
      { activityId },
    );
    expect(publicNotice.publicNotice.endDate).toBe("2015-10-13");
    expect(await readResults(s.public.run, activityId)).toEqual(results);
    // The worker sees their own result.
    const mine = await (await s.as("worker")).run<{
      myResults: { trackName: string; placeLabel: string; award: { names: string[] } }[];
    }>(`query { myResults { activityName trackName placeLabel award { names } } }`);
    expect(mine.myResults.map((r) => [r.trackName, r.placeLabel, r.award.names])).toEqual(
      expect.arrayContaining([["市级", "第 1 名", ["一等奖", "状元"]]]),
    );

    // ── An objection from the public on 2015-10-09, dismissed with a reason on 10-12 ──
    at("2015-10-09T15:00:00");
    const { fileObjection } = await s.public.run<{
      fileObjection: { id: string; status: string; late: boolean; filedOn: string; contactPhone: string };
    }>(
      `mutation Object($activityId: ID!, $entryId: ID!) {
        fileObjection(activityId: $activityId, entryId: $entryId, content: "白超明的理论考试座位与他人相邻，成绩存疑，请核查",
                      contactName: "李先生", contactPhone: "13912345678") { id status late filedOn contactPhone }
      }`,
      { activityId, entryId: bai.id },
    );
    // The filer sees their phone masked (first 3, last 4).
    expect(fileObjection).toMatchObject({
      status: "OPEN",
      late: false,
      filedOn: "2015-10-09",
      contactPhone: "139****5678",
    });
    const anonymous = await s.public.refused(
      `mutation Object($activityId: ID!, $entryId: ID!) { fileObjection(activityId: $activityId, entryId: $entryId, content: "成绩有问题", contactName: "") { id } }`,
      { activityId, entryId: bai.id },
    );
    expect(anonymous.code).toBe("VALIDATION_FAILED");

    at("2015-10-12T09:30:00");
    const early = await org.refused(
      `mutation Finalize($activityId: ID!) { finalizeResults(activityId: $activityId) { id state } }`,
      { activityId },
    );
    // The notice runs through 10-13, and the objection is still open: both reasons at once.
    expect(early.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    expect(early.message).toBe(
      "不能正式发布结果：公示期至 2015年10月13日 截止，尚未结束（含今日还有 2 个工作日）；第 1 号异议（2015年10月9日提出）尚未处理",
    );
    const { allObjections } = await org.run<{ allObjections: { id: string; contactPhone: string; version: number }[] }>(
      `query Objections($activityId: ID!) { allObjections(perPage: 10, filter: { activityId: $activityId, status: OPEN }) { id entrantName content contactName contactPhone late status version } }`,
      { activityId },
    );
    expect(allObjections).toHaveLength(1);
    // The owning department's organizer sees the phone in full, to call back.
    expect(allObjections[0]?.contactPhone).toBe("13912345678");
    const { resolveObjection } = await org.run<{ resolveObjection: { status: string; resolution: string } }>(
      `mutation Dismiss($id: ID!, $version: Int!) {
        resolveObjection(id: $id, version: $version, outcome: DISMISSED, text: "经核查考场录像，座位安排符合规定，异议不成立") { id status resolution version }
      }`,
      { id: allObjections[0]?.id, version: allObjections[0]?.version },
    );
    expect(resolveObjection).toMatchObject({
      status: "DISMISSED",
      resolution: "经核查考场录像，座位安排符合规定，异议不成立",
    });

    // ── Finalize on 2015-10-14, the first day after the notice ──
    at("2015-10-14T09:00:00");
    const { finalizeResults } = await org.run<{ finalizeResults: { state: string } }>(
      `mutation Finalize($activityId: ID!) { finalizeResults(activityId: $activityId) { id state } }`,
      { activityId },
    );
    expect(finalizeResults.state).toBe("FINAL");

    // ── Certificates ──
    const { issueCertificates } = await org.run<{
      issueCertificates: {
        id: string;
        number: string;
        kind: string;
        recipientName: string;
        levelName: string;
        awardName: string | null;
        titles: string[];
        downloadPath: string;
      }[];
    }>(
      `mutation Issue($activityId: ID!) {
        issueCertificates(activityId: $activityId) { id number kind levelKey heading recipientName levelName awardName titles citation issuedOn downloadPath }
      }`,
      { activityId },
    );
    // One 荣誉证书 per award and level: city 6 (everyone but 何飞志), 古塔区 4, 凌海市 3 = 13; every
    // entrant holds at least one award (何飞志: 凌海市 二等奖), so no 参赛证书. Numbered from the
    // configured prefix in the domain's order.
    expect(issueCertificates).toHaveLength(13);
    expect(issueCertificates.every((c) => c.kind === "AWARD")).toBe(true);
    expect(issueCertificates.map((c) => c.number)).toEqual(
      Array.from({ length: 13 }, (_, index) => `JZ-2015-ZYB-${String(index + 1).padStart(4, "0")}`),
    );
    const zhouCity = issueCertificates.find((c) => c.recipientName === "周爽玲" && c.levelName === "市级");
    expect(zhouCity).toMatchObject({ awardName: "一等奖", titles: ["状元"] });
    const again = await org.run<{ issueCertificates: { id: string }[] }>(
      `mutation Issue($activityId: ID!) { issueCertificates(activityId: $activityId) { id } }`,
      { activityId },
    );
    // Issuing again adds nothing: the same 13 come back, never a duplicate.
    expect(again.issueCertificates.map((c) => c.id)).toEqual(issueCertificates.map((c) => c.id));

    // The PDFs: the worker's own certificate, and the whole activity (one page per certificate).
    const workerClient = await s.as("worker");
    const own = await workerClient.download(zhouCity?.downloadPath ?? "");
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toContain("application/pdf");
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const someoneElses = issueCertificates.find((c) => c.recipientName === "白超明");
    expect((await workerClient.download(someoneElses?.downloadPath ?? "")).status).toBe(404);
    expect((await workerClient.download(`/files/activities/${activityId}/certificates.pdf`)).status).toBe(403);
    const whole = await (await s.as("organizer")).download(`/files/activities/${activityId}/certificates.pdf`);
    expect(whole.status).toBe(200);
    const wholePdf = Buffer.from(await whole.arrayBuffer()).toString("latin1");
    expect(wholePdf.startsWith("%PDF-")).toBe(true);
    expect(wholePdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(13);

    // ── The audit log (admin) holds the story's key steps ──
    const { allAuditEntries } = await (await s.as("admin")).run<{
      allAuditEntries: { action: string; actorRole: string; reason: string | null }[];
    }>(
      `query Log($activityId: ID!) {
        allAuditEntries(page: 0, perPage: 200, sortField: "at", sortOrder: "ASC", filter: { activityId: $activityId }) { at action entityType actorRole reason }
      }`,
      { activityId },
    );
    const actions = new Set(allAuditEntries.map((entry) => entry.action));
    for (const action of [
      "ACTIVITY_CREATE",
      "ACTIVITY_UPDATE",
      "REGISTRATION_CREATE",
      "REGISTRATION_APPROVE",
      "REGISTRATION_RETURN",
      "REGISTRATION_RESUBMIT",
      "ENROL",
      "JUDGE_PANEL_SET",
      "JUDGE_ASSIGN",
      "EXAM_SCORES_IMPORT",
      "SCORE_SUBMIT",
      "ROUND_CLOSE",
      "ACTIVITY_TRANSITION",
      "PUBLIC_NOTICE_PUBLISH",
      "RESULTS_COMPUTE",
      "OBJECTION_FILE",
      "OBJECTION_RESOLVE",
      "CERTIFICATES_ISSUE",
    ]) {
      expect(actions, action).toContain(action);
    }
    // 草稿 → 报名中 → 报名截止 → 评审中 → 结果公示 → 已发布: five transitions.
    expect(allAuditEntries.filter((entry) => entry.action === "ACTIVITY_TRANSITION")).toHaveLength(5);
    expect(allAuditEntries.filter((entry) => entry.action === "SCORE_SUBMIT")).toHaveLength(21);
    expect(allAuditEntries.find((entry) => entry.action === "REGISTRATION_RETURN")?.reason).toBe(
      "请补充焊工职业资格证书编号",
    );
  }, 120_000);
});
