import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityRoundProgress } from "../judging/round-progress.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createJudges, createJudgingActivity, grassrootsUnder, type TestJudge } from "../test/judging-fixtures.ts";
import { installSqlCounter } from "../test/sql-counter.ts";

const roundFields = `id key name kind closed judgesPerEntry defaultTrim aggregation { method label }
  criteria { key name max }`;
const assignmentFields = `id registrationId judgeUserId judgeName excused excuseReason recusalReason sheetState
  entry { registrationId name memberNames categoryName }
  score { id state total criterionScores { criterionKey score } }`;
const setPanel = `mutation($roundId: ID!, $categoryId: ID!, $judgeUserIds: [ID!]!) {
  setRoundPanel(roundId: $roundId, categoryId: $categoryId, judgeUserIds: $judgeUserIds) {
    judgeUserId judgeName categoryName } }`;
const assignManually = `mutation($roundId: ID!, $assignments: [JudgeAssignmentInput!]!) {
  assignJudges(roundId: $roundId, assignments: $assignments) { ${assignmentFields} } }`;
const assignBalanced = `mutation($roundId: ID!, $categoryId: ID!) {
  assignJudgesBalanced(roundId: $roundId, categoryId: $categoryId) { ${assignmentFields} } }`;
const myAssignments = `query($roundId: ID) { myJudgeAssignments(roundId: $roundId) { ${assignmentFields} } }`;
const submit = `mutation($assignmentId: ID!, $scores: [CriterionScoreInput!]!, $key: String!) {
  submitScore(assignmentId: $assignmentId, scores: $scores, idempotencyKey: $key) {
    id state stateLabel total criterionScores { criterionKey score } } }`;
const unlock = `mutation($assignmentId: ID!, $reason: String!) {
  unlockScore(assignmentId: $assignmentId, reason: $reason) { id state total } }`;
const excuse = `mutation($assignmentId: ID!, $reason: String!) {
  excuseJudge(assignmentId: $assignmentId, reason: $reason) { id excused excuseReason } }`;
const close = `mutation($roundId: ID!) { closeRound(roundId: $roundId) { id closed } }`;
const roundResults = `query($roundId: ID!) { allRoundResults(perPage: 50, filter: { roundId: $roundId }) {
  registrationId entryName result resultDisplay untrimmedMean details } }`;
const progress = `query($id: ID!) {
  roundJudgeProgress(roundId: $id) { judgeUserId assigned submitted excused pending }
  roundClosingBlockers(roundId: $id) { code message } }`;
const importScores = `mutation($roundId: ID!, $rows: [ExamScoreInput!]!) {
  importExamScores(roundId: $roundId, rows: $rows) { registrationId entryName result resultDisplay } }`;
const recuse = `mutation($registrationId: ID!, $reason: String!) {
  declareRecusal(registrationId: $registrationId, reason: $reason) { id reason judgeName } }`;

interface Assignment {
  id: string;
  registrationId: string;
  judgeUserId: string;
  judgeName: string;
  excused: boolean;
  recusalReason: string | null;
  sheetState: string;
  entry: { registrationId: string; name: string; memberNames: string[]; categoryName: string };
  score: { id: string; state: string; total: string | null } | null;
}

/** The choir sheet (DOMAIN.md): pitch 50, stage 20, appearance 15, entrance 10, song 5. */
function sheet(pitch: string, stage: string, appearance: string, entrance: string, song: string) {
  return [
    { criterionKey: "pitch", score: pitch },
    { criterionKey: "stage", score: stage },
    { criterionKey: "appearance", score: appearance },
    { criterionKey: "entrance", score: entrance },
    { criterionKey: "song", score: song },
  ];
}

describe.each(testProviders())("judging (%s)", (provider) => {
  let api: ApiHarness;
  let judges: TestJudge[];
  let organizerToken: string;
  let otherOrganizerToken: string;
  const unit = { gt: 0, th: 0, lh: 0 };
  const sql = installSqlCounter();

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    unit.gt = (await grassrootsUnder(prisma, "JZ-GT")).id;
    unit.th = (await grassrootsUnder(prisma, "JZ-TH")).id;
    unit.lh = (await grassrootsUnder(prisma, "JZ-LH")).id;
    // Five judges from counties no entry comes from, and one from 古塔区 (conflicted with its entry).
    judges = await createJudges(api, [
      { username: "judge-lhs", name: "评委甲", organizationCode: "JZ-LHS" },
      { username: "judge-bz", name: "评委乙", organizationCode: "JZ-BZ" },
      { username: "judge-hs", name: "评委丙", organizationCode: "JZ-HS" },
      { username: "judge-yx", name: "评委丁", organizationCode: "JZ-YX" },
      { username: "judge-ss", name: "评委戊", organizationCode: "JZ-SS" },
      { username: "judge-gt", name: "评委己", organizationCode: "JZ-GT" },
    ]);
    organizerToken = await api.tokenFor("organizer");
    const culturePalace = await prisma.department.findUniqueOrThrow({ where: { name: "文化宫" } });
    const city = await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } });
    const other = await prisma.user.create({
      data: {
        username: "organizer-whg",
        passwordHash: city.passwordHash,
        displayName: "文化宫 张干事",
        role: "ORGANIZER",
        organizationId: city.organizationId,
        departmentId: culturePalace.id,
      },
    });
    otherOrganizerToken = await api.tokenForUserId(other.id);
  });
  afterAll(() => api?.close());

  const judge = (index: number) => judges[index] as TestJudge;

  it("rounds and criteria rows follow the activity's configuration, on creation and on every change", async () => {
    const prisma = api.server.database.prisma;
    const department = await prisma.department.findUniqueOrThrow({ where: { name: "生产保护部" } });
    const fields = "id version configuration";
    interface Row {
      id: string;
      version: number;
      configuration: {
        rounds: { criteriaScoring: { criteria: { key: string; name: string; max: string }[] } | null }[];
      };
    }
    interface RoundRow {
      key: string;
      kind: string;
      weight: string;
      criteria: { key: string; name: string; max: string }[];
    }
    const roundsOf = async (activityId: string) =>
      (
        await api.graphql<{ allRounds: RoundRow[] }>(
          `query($filter: RoundFilter) { allRounds(perPage: 10, filter: $filter) {
            key kind weight criteria { key name max } } }`,
          { filter: { activityId } },
          organizerToken,
        )
      ).data?.allRounds ?? [];
    const created = await api.graphql<{ createActivity: Row }>(
      `mutation($departmentId: ID!) { createActivity(kind: SKILLS_CONTEST, code: "JUDGE-SYNC", name: "同步测试",
        year: 2099, departmentId: $departmentId) { ${fields} } }`,
      { departmentId: department.id },
      organizerToken,
    );
    expect(created.errors).toBeUndefined();
    const activity = created.data?.createActivity as Row;
    const createdRounds = await roundsOf(activity.id);
    expect(createdRounds.map((round) => [round.key, round.kind, round.weight, round.criteria.length])).toEqual([
      ["theory", "EXAM", "30", 0],
      ["practical", "CRITERIA_SCORING", "70", 4],
    ]);
    // The organizer drops the time criterion and gives its 10 points to quality.
    const configuration = structuredClone(activity.configuration);
    const practical = configuration.rounds[1]?.criteriaScoring;
    if (!practical) throw new Error("no practical criteria");
    practical.criteria = practical.criteria
      .filter((criterion) => criterion.key !== "time")
      .map((criterion) => (criterion.key === "quality" ? { ...criterion, max: "70" } : criterion));
    const updated = await api.graphql<{ updateActivity: Row }>(
      `mutation($id: ID!, $version: Int!, $configuration: JSON) {
        updateActivity(id: $id, version: $version, configuration: $configuration) { ${fields} } }`,
      { id: activity.id, version: activity.version, configuration },
      organizerToken,
    );
    expect(updated.errors).toBeUndefined();
    expect((await roundsOf(activity.id))[1]?.criteria).toEqual([
      { key: "quality", name: "工件精度与质量", max: "70" },
      { key: "procedure", name: "操作规范", max: "20" },
      { key: "safety", name: "安全文明生产", max: "10" },
    ]);
  });

  it("a choir round: balanced panel, locked sheets, unlock with a reason, an excused judge, the trimmed mean", async () => {
    const prisma = api.server.database.prisma;
    const members = await prisma.worker.findMany({
      where: { organizationId: unit.gt },
      take: 2,
      orderBy: { id: "asc" },
    });
    const { activity, categories, registrations } = await createJudgingActivity(prisma, {
      code: "JUDGE-CHOIR",
      kind: "PERFORMANCE_CONTEST",
      judgesPerEntry: 5,
      entries: [
        { organizationId: unit.gt, name: "古塔铁路合唱团", memberWorkerIds: members.map((worker) => worker.id) },
        { organizationId: unit.th, name: "太和石化合唱团" },
        { organizationId: unit.lh, name: "凌河电力合唱团" },
      ],
    });
    const [a, b, c] = registrations.map((registration) => String(registration.id)) as [string, string, string];
    const category = categories[0];
    if (!category) throw new Error("no category");

    // Rounds and criteria come from the configuration.
    const rounds = await api.graphql<{ allRounds: { id: string; criteria: { max: string }[] }[] }>(
      `query($filter: RoundFilter) { allRounds(perPage: 10, filter: $filter) { ${roundFields} } }`,
      { filter: { activityId: activity.id } },
      organizerToken,
    );
    expect(rounds.errors).toBeUndefined();
    expect(rounds.data?.allRounds).toHaveLength(1);
    expect(rounds.data?.allRounds[0]).toMatchObject({
      key: "performance",
      kind: "CRITERIA_SCORING",
      closed: false,
      judgesPerEntry: 5,
      defaultTrim: 1,
      aggregation: { method: "TRIMMED_MEAN", label: "去掉最高分和最低分后的平均分" },
    });
    expect(rounds.data?.allRounds[0]?.criteria.map((criterion) => criterion.max)).toEqual([
      "50",
      "20",
      "15",
      "10",
      "5",
    ]);
    const roundId = rounds.data?.allRounds[0]?.id as string;

    const panel = await api.graphql<{ setRoundPanel: unknown[] }>(
      setPanel,
      { roundId, categoryId: category.id, judgeUserIds: judges.map((j) => j.userId) },
      organizerToken,
    );
    expect(panel.errors).toBeUndefined();
    expect(panel.data?.setRoundPanel).toHaveLength(6);

    // By hand, 评委己 (古塔区) may not judge the 古塔区 entry: refused with the reason, nothing written.
    const conflicted = await api.graphql(
      assignManually,
      {
        roundId,
        assignments: [{ registrationId: a, judgeUserIds: [0, 1, 2, 3, 5].map((i) => judge(i).userId) }],
      },
      organizerToken,
    );
    expect(conflicted.errors?.[0]?.extensions?.code).toBe("JUDGE_ASSIGNMENT_REFUSED");
    expect(conflicted.errors?.[0]?.message).toBe(
      "不能这样分配评委：评委评委己与「古塔铁路合唱团」同属一个单位或是其上级单位，须回避",
    );
    expect(await prisma.judgeAssignment.count({ where: { roundId: Number(roundId) } })).toBe(0);

    // Balanced: the 古塔区 entry has only five possible judges and is served first (甲…戊); 太和 then
    // takes the lightest (己 0, then 甲乙丙丁 at 1), 凌河 the lightest again (戊 1, 己 1, 甲乙丙 2):
    // loads 甲 3, 乙 3, 丙 3, 丁 2, 戊 2, 己 2; 15 = 3 entries × 5 judges.
    const balanced = await api.graphql<{ assignJudgesBalanced: Assignment[] }>(
      assignBalanced,
      { roundId, categoryId: category.id },
      organizerToken,
    );
    expect(balanced.errors).toBeUndefined();
    const assignments = balanced.data?.assignJudgesBalanced ?? [];
    expect(assignments).toHaveLength(15);
    const judgesOf = (entry: string) =>
      assignments.filter((row) => row.registrationId === entry).map((row) => row.judgeName);
    expect(judgesOf(a)).toEqual(["评委甲", "评委乙", "评委丙", "评委丁", "评委戊"]);
    expect(judgesOf(b)).toEqual(["评委甲", "评委乙", "评委丙", "评委丁", "评委己"]);
    expect(judgesOf(c)).toEqual(["评委甲", "评委乙", "评委丙", "评委戊", "评委己"]);
    const load = (index: number) => assignments.filter((row) => row.judgeUserId === String(judge(index).userId)).length;
    expect([0, 1, 2, 3, 4, 5].map(load)).toEqual([3, 3, 3, 2, 2, 2]);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "JUDGE_ASSIGN" } })).toBe(1);

    // The conflicted judge never sees the 古塔区 entry; a judge sees names and category, nothing else.
    const mine = await api.graphql<{ myJudgeAssignments: Assignment[] }>(myAssignments, { roundId }, judge(5).token);
    expect(mine.data?.myJudgeAssignments.map((row) => row.entry.name)).toEqual(["太和石化合唱团", "凌河电力合唱团"]);
    const seen = await api.graphql<{ myJudgeAssignments: Assignment[] }>(myAssignments, { roundId }, judge(0).token);
    expect(seen.data?.myJudgeAssignments[0]?.entry).toEqual({
      registrationId: a,
      name: "古塔铁路合唱团",
      memberNames: members.map((worker) => worker.name),
      categoryName: category.name,
    });
    const idOf = (index: number, entry: string) =>
      assignments.find((row) => row.registrationId === entry && row.judgeUserId === String(judge(index).userId))
        ?.id as string;
    const send = (index: number, entry: string, scores: ReturnType<typeof sheet>, key: string) =>
      api.graphql<{ submitScore: { id: string; state: string; total: string } }>(
        submit,
        { assignmentId: idOf(index, entry), scores, key },
        judge(index).token,
      );

    // Each criterion is checked against its maximum and step, in Chinese, and nothing is written.
    const invalid = await send(1, a, sheet("51", "18.25", "12", "8", ""), "bad-1");
    expect(invalid.errors?.[0]?.extensions).toEqual({
      code: "SCORE_SHEET_REFUSED",
      fieldErrors: [
        { field: "pitch", code: "SCORE_ABOVE_MAX", message: "「音准、节奏与和声」的分数不能高于满分 50" },
        { field: "stage", code: "SCORE_OFF_STEP", message: "「舞台表现」的分数须以 0.1 分为单位" },
        { field: "song", code: "SCORE_MISSING", message: "请为「选曲」打分" },
      ],
    });
    expect(await prisma.score.count()).toBe(0);

    // The same key twice: one sheet, one audit entry, the same answer.
    const first = await send(0, a, sheet("45.5", "18", "13", "9", "4.5"), "a-0");
    const again = await send(0, a, sheet("45.5", "18", "13", "9", "4.5"), "a-0");
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitScore).toMatchObject({ state: "LOCKED", stateLabel: "已锁定", total: "90" });
    expect(again.data?.submitScore).toEqual(first.data?.submitScore);
    expect(await prisma.score.count({ where: { assignmentId: Number(idOf(0, a)) } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: "SCORE_SUBMIT", activityId: activity.id } })).toBe(1);

    for (const [index, scores] of [
      [1, sheet("42", "17", "12.5", "8", "4")], // 83.5
      [2, sheet("48", "19", "14", "9.5", "5")], // 95.5
      [3, sheet("40", "16", "12", "8", "4")], // 80, corrected below to 81
      [4, sheet("44", "18.5", "13.5", "9", "4.5")], // 89.5
    ] as const) {
      expect((await send(index, a, [...scores], `a-${index}`)).errors).toBeUndefined();
    }

    // A locked sheet refuses a change; the organizer unlocks it with a reason; the judge resubmits.
    const change = await send(3, a, sheet("41", "16", "12", "8", "4"), "a-3-fix");
    expect(change.errors?.[0]?.extensions?.code).toBe("SCORE_SHEET_REFUSED");
    expect(change.errors?.[0]?.message).toBe("不能提交评分：评分已提交并锁定；如需修改，请联系主办部门解锁");
    const noReason = await api.graphql(unlock, { assignmentId: idOf(3, a), reason: " " }, organizerToken);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "reason", code: "UNLOCK_REASON_REQUIRED", message: "解锁评分须填写解锁原因" },
    ]);
    const byJudge = await api.graphql(unlock, { assignmentId: idOf(3, a), reason: "想改" }, judge(3).token);
    expect(byJudge.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unlocked = await api.graphql<{ unlockScore: { state: string } }>(
      unlock,
      { assignmentId: idOf(3, a), reason: "评委录入时看错了行" },
      organizerToken,
    );
    expect(unlocked.data?.unlockScore.state).toBe("UNLOCKED");
    const resubmitted = await send(3, a, sheet("41", "16", "12", "8", "4"), "a-3-fix");
    expect(resubmitted.data?.submitScore).toMatchObject({ state: "LOCKED", total: "81" });
    const sheetAudit = await prisma.auditEntry.findMany({
      where: { activityId: activity.id, action: { in: ["SCORE_UNLOCK", "SCORE_RESUBMIT"] } },
      orderBy: { id: "asc" },
    });
    const scores80 = { pitch: "40", stage: "16", appearance: "12", entrance: "8", song: "4" };
    const scores81 = { ...scores80, pitch: "41" };
    expect(sheetAudit.map((entry) => [entry.action, entry.before, entry.after, entry.reason])).toEqual([
      [
        "SCORE_UNLOCK",
        { state: "LOCKED", scores: scores80, total: "80" },
        { state: "UNLOCKED", scores: scores80, total: "80" },
        "评委录入时看错了行",
      ],
      [
        "SCORE_RESUBMIT",
        { entry: "古塔铁路合唱团", state: "UNLOCKED", scores: scores80, total: "80" },
        { entry: "古塔铁路合唱团", state: "LOCKED", scores: scores81, total: "81" },
        null,
      ],
    ]);

    for (const [index, scores] of [
      [0, sheet("40", "16", "12", "8", "4")], // 80
      [1, sheet("42", "17", "13", "8.5", "4.5")], // 85
      [2, sheet("45", "18", "13.5", "9", "4.5")], // 90
      [3, sheet("38", "15", "11", "7.5", "3.5")], // 75
      [5, sheet("44", "17.5", "13", "9", "4.5")], // 88
    ] as const) {
      expect((await send(index, b, [...scores], `b-${index}`)).errors).toBeUndefined();
    }
    for (const [index, scores] of [
      [0, sheet("35", "14", "10.5", "7", "3.5")], // 70
      [1, sheet("36", "14.5", "11", "7", "3.5")], // 72
      [2, sheet("38.5", "15.5", "11.5", "7.5", "4")], // 77
      [4, sheet("39.5", "16", "12", "7.5", "4")], // 79
    ] as const) {
      expect((await send(index, c, [...scores], `c-${index}`)).errors).toBeUndefined();
    }

    // 评委己 has not scored 凌河: the round cannot close.
    const status = await api.graphql<{
      roundJudgeProgress: { judgeUserId: string; assigned: number; submitted: number; pending: number }[];
    }>(progress, { id: roundId }, organizerToken);
    expect(status.data?.roundJudgeProgress.map((row) => [row.assigned, row.submitted, row.pending])).toEqual([
      [3, 3, 0],
      [3, 3, 0],
      [3, 3, 0],
      [2, 2, 0],
      [2, 2, 0],
      [2, 1, 1],
    ]);
    const blocked = await api.graphql(close, { roundId }, organizerToken);
    expect(blocked.errors?.[0]?.extensions).toEqual({
      code: "ROUND_CLOSE_REFUSED",
      fieldErrors: [
        { field: "roundId", code: "JUDGE_NOT_SUBMITTED", message: "评委评委己尚未提交「凌河电力合唱团」的评分" },
      ],
    });
    expect(await prisma.roundResult.count({ where: { roundId: Number(roundId) } })).toBe(0);
    // The same blockers, as the lifecycle's 发布结果公示 will see them.
    expect(await activityRoundProgress(prisma, activity.id)).toEqual([
      {
        name: "现场演唱",
        closed: false,
        closingBlockers: [{ code: "JUDGE_NOT_SUBMITTED", message: "评委评委己尚未提交「凌河电力合唱团」的评分" }],
      },
    ]);

    // Excused with a reason, the entry is aggregated over the remaining four judges.
    const noExcuseReason = await api.graphql(excuse, { assignmentId: idOf(5, c), reason: "" }, organizerToken);
    expect(noExcuseReason.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "reason", code: "EXCUSAL_REASON_REQUIRED", message: "免除评委评分须填写原因" },
    ]);
    const excused = await api.graphql<{ excuseJudge: { excused: boolean } }>(
      excuse,
      { assignmentId: idOf(5, c), reason: "评委临时出差" },
      organizerToken,
    );
    expect(excused.data?.excuseJudge).toMatchObject({ excused: true, excuseReason: "评委临时出差" });

    // By hand (DOMAIN.md: 5 judges → drop 1 highest and 1 lowest; below 5, k = 0):
    // 古塔: 90, 83.5, 95.5, 81, 89.5 → drop 81 and 95.5 → (83.5 + 89.5 + 90) / 3 = 263/3 = 87.67;
    //       untrimmed (90 + 83.5 + 95.5 + 81 + 89.5) / 5 = 439.5 / 5 = 87.9.
    // 太和: 80, 85, 90, 75, 88 → drop 75 and 90 → (80 + 85 + 88) / 3 = 253/3 = 84.33; untrimmed 418/5 = 83.6.
    // 凌河: 70, 72, 77, 79 (己 excused) → 4 judges, nothing dropped → 298 / 4 = 74.5.
    const closed = await api.graphql<{ closeRound: { closed: boolean } }>(close, { roundId }, organizerToken);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeRound.closed).toBe(true);
    const listed = await api.graphql<{
      allRoundResults: {
        registrationId: string;
        result: string;
        resultDisplay: string;
        untrimmedMean: string;
        details: never;
      }[];
    }>(roundResults, { roundId }, organizerToken);
    const results = listed.data?.allRoundResults ?? [];
    expect(results.map((row) => [row.registrationId, row.result, row.resultDisplay, row.untrimmedMean])).toEqual([
      [a, "263/3", "87.67", "879/10"],
      [b, "253/3", "84.33", "418/5"],
      [c, "149/2", "74.50", "149/2"],
    ]);
    expect(results[0]?.details).toMatchObject({
      method: "TRIMMED_MEAN",
      judgeCount: 5,
      trim: 1,
      droppedLowest: [{ judge: "评委丁", score: "81" }],
      droppedHighest: [{ judge: "评委丙", score: "95.5" }],
      kept: [
        { judge: "评委乙", score: "83.5" },
        { judge: "评委戊", score: "89.5" },
        { judge: "评委甲", score: "90" },
      ],
    });
    expect(results[2]?.details).toMatchObject({
      judgeCount: 4,
      trim: 0,
      excused: [{ judge: "评委己", reason: "评委临时出差" }],
    });
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "ROUND_CLOSE" } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "JUDGE_EXCUSE" } })).toBe(1);

    // The judging lists cost a few statements whatever their length (no N+1): at most 8 for the
    // admin, as every admin list (an organizer adds the look-up of their department).
    const lists = {
      allJudgeAssignments: `roundName entry { name memberNames categoryName } judgeName recusalReason sheetState
        score { state total criterionScores { criterionKey score } }`,
      allRoundJudges: "judgeName categoryName",
      allRoundResults: "entryName result resultDisplay untrimmedMean details",
    };
    const adminToken = await api.tokenFor("admin");
    for (const [list, fields] of Object.entries(lists)) {
      sql.reset();
      const answer = await api.graphql<Record<string, unknown[]>>(
        `query($roundId: ID!) { ${list}(perPage: 50, filter: { roundId: $roundId }) { id ${fields} } }`,
        { roundId },
        adminToken,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.[list]?.length).toBeGreaterThanOrEqual(3);
      expect(sql.count, `${list}: ${sql.statements.join("\n")}`).toBeLessThanOrEqual(8);
    }

    // Nothing changes once the round is closed.
    const late = await send(0, c, sheet("35", "14", "10.5", "7", "3.5"), "c-late");
    expect(late.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSED");
  });

  it("simultaneous retries of one submission write one sheet; simultaneous different submissions lock once", async () => {
    const prisma = api.server.database.prisma;
    const { activity, categories, rounds } = await createJudgingActivity(prisma, {
      code: "JUDGE-RACE",
      kind: "PERFORMANCE_CONTEST",
      judgesPerEntry: 1,
      entries: [
        { organizationId: unit.th, name: "太和一队" },
        { organizationId: unit.lh, name: "凌河一队" },
      ],
    });
    const roundId = String(rounds[0]?.id);
    const categoryId = String(categories[0]?.id);
    await api.graphql(setPanel, { roundId, categoryId, judgeUserIds: [judge(1).userId] }, organizerToken);
    const balanced = await api.graphql<{ assignJudgesBalanced: Assignment[] }>(
      assignBalanced,
      { roundId, categoryId },
      organizerToken,
    );
    const [first, second] = (balanced.data?.assignJudgesBalanced ?? []).map((row) => row.id);
    const scores = sheet("40", "16", "12", "8", "4");

    const retries = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.graphql<{ submitScore: { id: string } }>(
          submit,
          { assignmentId: first, scores, key: "same-key" },
          judge(1).token,
        ),
      ),
    );
    expect(retries.map((answer) => answer.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(retries.map((answer) => answer.data?.submitScore.id)).size).toBe(1);
    expect(await prisma.score.count({ where: { assignmentId: Number(first) } })).toBe(1);

    const different = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        api.graphql(submit, { assignmentId: second, scores, key: `key-${index}` }, judge(1).token),
      ),
    );
    expect(different.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(new Set(different.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.code))).toEqual(
      new Set(["SCORE_SHEET_REFUSED"]),
    );
    expect(await prisma.score.count({ where: { assignmentId: Number(second) } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "SCORE_SUBMIT" } })).toBe(2);
  });

  it("exam scores: a bad row refuses the whole list with the row's error in Chinese, then imports", async () => {
    const prisma = api.server.database.prisma;
    const workers = await prisma.worker.findMany({
      where: { organizationId: { in: [unit.gt, unit.th, unit.lh] } },
      take: 3,
      orderBy: { id: "asc" },
    });
    const { activity, rounds, registrations } = await createJudgingActivity(prisma, {
      code: "JUDGE-EXAM",
      kind: "SKILLS_CONTEST",
      state: "REGISTRATION_CLOSED",
      entries: workers.map((worker) => ({
        organizationId: worker.organizationId,
        name: null,
        memberWorkerIds: [worker.id],
      })),
    });
    const theory = rounds.find((round) => round.kind === "EXAM");
    const practical = rounds.find((round) => round.kind === "CRITERIA_SCORING");
    if (!theory || !practical) throw new Error("skills contest rounds missing");
    expect(practical.criteria.map((criterion) => [criterion.key, criterion.max])).toEqual([
      ["quality", "60"],
      ["procedure", "20"],
      ["safety", "10"],
      ["time", "10"],
    ]);
    const ids = registrations.map((registration) => String(registration.id));
    const rows = (second: string) => [
      { registrationId: ids[0], score: "86.5" },
      { registrationId: ids[1], score: second },
      { registrationId: ids[2], score: "90" },
    ];

    const bad = await api.graphql(importScores, { roundId: theory.id, rows: rows("120") }, organizerToken);
    expect(bad.errors?.[0]?.extensions).toEqual({
      code: "VALIDATION_FAILED",
      fieldErrors: [
        {
          field: "rows[1].score",
          code: "EXAM_SCORE_ABOVE_MAX",
          message: `第 2 行：「${workers[1]?.name}」的成绩 120 超过满分 100`,
        },
      ],
    });
    expect(bad.errors?.[0]?.message).toBe(
      `成绩未导入，共 1 处错误：第 2 行：「${workers[1]?.name}」的成绩 120 超过满分 100`,
    );
    expect(await prisma.roundResult.count({ where: { roundId: theory.id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: "EXAM_SCORES_IMPORT" } })).toBe(0);

    for (const token of [await api.tokenFor("unit"), await api.tokenFor("worker"), otherOrganizerToken]) {
      const refused = await api.graphql(importScores, { roundId: theory.id, rows: rows("95") }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const wrongRound = await api.graphql(importScores, { roundId: practical.id, rows: rows("95") }, organizerToken);
    expect(wrongRound.errors?.[0]?.extensions?.code).toBe("ROUND_KIND_MISMATCH");

    const imported = await api.graphql<{
      importExamScores: { result: string; resultDisplay: string; entryName: string }[];
    }>(importScores, { roundId: theory.id, rows: rows("95") }, organizerToken);
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importExamScores).toEqual([
      { registrationId: ids[0], entryName: workers[0]?.name, result: "86.5", resultDisplay: "86.50" },
      { registrationId: ids[1], entryName: workers[1]?.name, result: "95", resultDisplay: "95.00" },
      { registrationId: ids[2], entryName: workers[2]?.name, result: "90", resultDisplay: "90.00" },
    ]);
    const audit = await prisma.auditEntry.findMany({ where: { action: "EXAM_SCORES_IMPORT" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ scores: [{ result: "86.5" }, { result: "95" }, { result: "90" }] });

    // Closing belongs to 评审中.
    const early = await api.graphql(close, { roundId: theory.id }, organizerToken);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "JUDGING_NOT_NOW" });
    expect(early.errors?.[0]?.message).toBe("活动当前为“报名截止”，不能结束本轮评审（仅在“评审中”时可以）");

    // In judging, an exam round closes only once every entry has its score.
    await prisma.activity.update({ where: { id: activity.id }, data: { state: "JUDGING" } });
    const late = await prisma.registration.create({
      data: {
        activityId: activity.id,
        categoryId: registrations[0]?.categoryId as number,
        entrantType: "INDIVIDUAL",
        channel: "UNIT_NOMINATION",
        state: "CONFIRMED",
        name: "补录选手",
        organizationId: unit.th,
      },
    });
    const missing = await api.graphql(close, { roundId: theory.id }, organizerToken);
    expect(missing.errors?.[0]?.extensions).toEqual({
      code: "ROUND_CLOSE_REFUSED",
      fieldErrors: [{ field: "roundId", code: "EXAM_SCORE_NOT_IMPORTED", message: "「补录选手」还没有导入成绩" }],
    });
    const one = await api.graphql(
      importScores,
      { roundId: theory.id, rows: [{ registrationId: late.id, score: "77.25" }] },
      organizerToken,
    );
    expect(one.errors).toBeUndefined();
    const closed = await api.graphql<{ closeRound: { closed: boolean } }>(
      close,
      { roundId: theory.id },
      organizerToken,
    );
    expect(closed.data?.closeRound.closed).toBe(true);
    const listed = await api.graphql<{ allRoundResults: { result: string }[] }>(
      roundResults,
      { roundId: theory.id },
      organizerToken,
    );
    expect(listed.data?.allRoundResults.map((row) => row.result)).toEqual(["86.5", "95", "90", "77.25"]);
    const after = await api.graphql(importScores, { roundId: theory.id, rows: rows("96") }, organizerToken);
    expect(after.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSED");
  });

  it("refuses other roles, other departments, other rounds' judges and a recused judge", async () => {
    const prisma = api.server.database.prisma;
    const { categories, rounds, registrations } = await createJudgingActivity(prisma, {
      code: "JUDGE-ROLES",
      kind: "PERFORMANCE_CONTEST",
      judgesPerEntry: 1,
      entries: [{ organizationId: unit.th, name: "太和机车合唱团" }],
    });
    const roundId = String(rounds[0]?.id);
    const categoryId = String(categories[0]?.id);
    const entry = String(registrations[0]?.id);
    const workerToken = await api.tokenFor("worker");
    const unitToken = await api.tokenFor("unit");
    const otherJudgeToken = await api.tokenFor("judge");
    const panelArgs = { roundId, categoryId, judgeUserIds: [judge(0).userId] };

    for (const token of [workerToken, unitToken, otherOrganizerToken, judge(0).token]) {
      const refused = await api.graphql(setPanel, panelArgs, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await api.graphql(setPanel, panelArgs, organizerToken)).errors).toBeUndefined();
    for (const token of [workerToken, unitToken, otherOrganizerToken]) {
      const refused = await api.graphql(assignBalanced, { roundId, categoryId }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const balanced = await api.graphql<{ assignJudgesBalanced: Assignment[] }>(
      assignBalanced,
      { roundId, categoryId },
      await api.tokenFor("admin"),
    );
    expect(balanced.errors).toBeUndefined();
    const assignmentId = balanced.data?.assignJudgesBalanced[0]?.id as string;

    // Another department's organizer sees none of the assignments and none of the progress.
    const list = `query($filter: JudgeAssignmentFilter) { allJudgeAssignments(perPage: 50, filter: $filter) { id } }`;
    const foreign = await api.graphql<{ allJudgeAssignments: unknown[] }>(
      list,
      { filter: { roundId } },
      otherOrganizerToken,
    );
    expect(foreign.data?.allJudgeAssignments).toEqual([]);
    const foreignProgress = await api.graphql(progress, { id: roundId }, otherOrganizerToken);
    expect(foreignProgress.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const token of [workerToken, unitToken]) {
      const refused = await api.graphql(list, { filter: { roundId } }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }

    // A judge of another round sees nothing of this one and cannot score it.
    const others = await api.graphql<{ myJudgeAssignments: unknown[] }>(myAssignments, { roundId }, otherJudgeToken);
    expect(others.data?.myJudgeAssignments).toEqual([]);
    const intruder = await api.graphql(
      submit,
      { assignmentId, scores: sheet("40", "16", "12", "8", "4"), key: "intruder" },
      otherJudgeToken,
    );
    expect(intruder.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const token of [workerToken, organizerToken]) {
      const refused = await api.graphql(
        submit,
        { assignmentId, scores: sheet("40", "16", "12", "8", "4"), key: "x" },
        token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }

    // A recusal needs a reason; once declared, the judge cannot score the entry.
    const blank = await api.graphql(recuse, { registrationId: entry, reason: "  " }, judge(0).token);
    expect(blank.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "reason", code: "RECUSAL_REASON_REQUIRED", message: "声明回避时请填写回避原因" },
    ]);
    const recused = await api.graphql<{ declareRecusal: { reason: string } }>(
      recuse,
      { registrationId: entry, reason: "该合唱团指挥是我的亲属" },
      judge(0).token,
    );
    expect(recused.data?.declareRecusal).toMatchObject({ reason: "该合唱团指挥是我的亲属", judgeName: "评委甲" });
    const refusedSheet = await api.graphql(
      submit,
      { assignmentId, scores: sheet("40", "16", "12", "8", "4"), key: "after-recusal" },
      judge(0).token,
    );
    expect(refusedSheet.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: "scores",
        code: "JUDGE_RECUSED",
        message: "评委评委甲已声明回避「太和机车合唱团」：该合唱团指挥是我的亲属",
      },
    ]);
    const recusalAudit = await prisma.auditEntry.findMany({ where: { action: "JUDGE_RECUSAL" } });
    expect(recusalAudit.map((row) => [row.entityType, row.reason])).toEqual([
      ["JudgeRecusal", "该合唱团指挥是我的亲属"],
    ]);
    const shown = await api.graphql<{ myJudgeAssignments: Assignment[] }>(myAssignments, { roundId }, judge(0).token);
    expect(shown.data?.myJudgeAssignments[0]?.recusalReason).toBe("该合唱团指挥是我的亲属");

    // An entry withdrawn after it was assigned leaves the judge's list.
    await prisma.registration.update({ where: { id: Number(entry) }, data: { state: "WITHDRAWN" } });
    const gone = await api.graphql<{ myJudgeAssignments: Assignment[] }>(myAssignments, { roundId }, judge(0).token);
    expect(gone.data?.myJudgeAssignments).toEqual([]);
  });
});
