// 评价分（世赛评分法）over HTTP: three demo judges (judge2, judge3, judge4) mark two teams from 古塔区
// on two aspects, 0–3 each. A spread above 1 among the judges who have submitted is flagged and
// keeps the entry's sheets open (and the round from closing) until the judges resolve it; the
// sheets then lock together. A team's result is the sum over the aspects of the mean mark.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createJudgementMarksActivity, judgementJudges } from "../test/judgement-marks-fixtures.ts";

const roundQuery = `query($id: ID!) { Round(id: $id) {
  kind resultRule maxResult criteria { key max } judgementMarks { aspects { key name } judgeCount maxSpread resultRule } } }`;
const setPanel = `mutation($roundId: ID!, $categoryId: ID!, $judgeUserIds: [ID!]!) {
  setRoundPanel(roundId: $roundId, categoryId: $categoryId, judgeUserIds: $judgeUserIds) { judgeUserId } }`;
const assignBalanced = `mutation($roundId: ID!, $categoryId: ID!) {
  assignJudgesBalanced(roundId: $roundId, categoryId: $categoryId) { id registrationId judgeUserId } }`;
const sheetFields = `id registrationId judgementMarks { state stateLabel total locked needsResolution othersVisible
  waitingForJudges aspects { aspectKey ownMark spread needsResolution marks { judgeName mark } mean } }`;
const submit = `mutation($assignmentId: ID!, $craft: String!, $finish: String!, $key: String!) {
  submitJudgementMarks(assignmentId: $assignmentId, idempotencyKey: $key,
    marks: [{ aspectKey: "craft", mark: $craft }, { aspectKey: "finish", mark: $finish }]) { ${sheetFields} } }`;
const myAssignments = `query($roundId: ID) { myJudgeAssignments(roundId: $roundId) { ${sheetFields} } }`;
const scoreSheet = `mutation($assignmentId: ID!) {
  submitScore(assignmentId: $assignmentId, scores: [{ criterionKey: "craft", score: "2" }], idempotencyKey: "wrong") { id } }`;
const unlock = `mutation($assignmentId: ID!, $reason: String!) {
  unlockScore(assignmentId: $assignmentId, reason: $reason) { id state } }`;
const excuse = `mutation($assignmentId: ID!) { excuseJudge(assignmentId: $assignmentId, reason: "生病") { id } }`;
const close = `mutation($roundId: ID!) { closeRound(roundId: $roundId) { id closed } }`;
const blockersQuery = `query($id: ID!) { roundClosingBlockers(roundId: $id) { code message } }`;
const overview = `query($id: ID!) { roundJudgementMarks(roundId: $id) {
  entryName locked needsResolution waitingForJudges aspects { aspectKey spread needsResolution mean } } }`;
const roundResults = `query($roundId: ID!) { allRoundResults(perPage: 50, filter: { roundId: $roundId }) {
  registrationId entryName result resultDisplay untrimmedMean details } }`;

interface AspectView {
  aspectKey: string;
  ownMark: number | null;
  spread: number | null;
  needsResolution: boolean;
  marks: { judgeName: string; mark: number }[];
  mean: string | null;
}
interface SheetView {
  id: string;
  registrationId: string;
  judgementMarks: {
    state: string;
    stateLabel: string;
    total: string | null;
    locked: boolean;
    needsResolution: boolean;
    othersVisible: boolean;
    waitingForJudges: string[];
    aspects: AspectView[];
  };
}

describe.each(testProviders())("judgement marks (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    for (const username of judgementJudges) tokens[username] = await api.tokenFor(username);
  }, 60_000);
  afterAll(() => api?.close());

  it("flags a spread above 1, locks the entry's sheets together once resolved, and sums the aspects' means", async () => {
    const prisma = api.server.database.prisma;
    const made = await createJudgementMarksActivity(prisma, "JM-1");
    const roundId = made.round.id;
    const [welders, riveters] = made.registrations.map((registration) => registration.id) as [number, number];
    const judgeAt = (index: number) => {
      const found = made.judges[index];
      if (!found) throw new Error("no judge");
      return found;
    };
    const [qian, sun, zhou] = [judgeAt(0), judgeAt(1), judgeAt(2)];

    // The round tells clients how to mark: two aspects, 0–3, three judges, spread at most 1.
    const round = await api.graphql<{ Round: Record<string, unknown> }>(roundQuery, { id: roundId }, organizer);
    expect(round.errors).toBeUndefined();
    expect(round.data?.Round).toEqual({
      kind: "CRITERIA_SCORING",
      resultRule: "各评价要点平均分之和",
      maxResult: "6",
      criteria: [
        { key: "craft", max: "3" },
        { key: "finish", max: "3" },
      ],
      judgementMarks: {
        aspects: [
          { key: "craft", name: "工艺规范" },
          { key: "finish", name: "成品外观" },
        ],
        judgeCount: 3,
        maxSpread: 1,
        resultRule: "各评价要点平均分之和",
      },
    });

    // Seated and assigned as usual: 2 teams × 3 judges = 6 assignments.
    const seated = await api.graphql<{ setRoundPanel: unknown[] }>(
      setPanel,
      { roundId, categoryId: made.category?.id, judgeUserIds: made.judges.map((judge) => judge.id) },
      organizer,
    );
    expect(seated.errors).toBeUndefined();
    const assigned = await api.graphql<{
      assignJudgesBalanced: { id: string; registrationId: string; judgeUserId: string }[];
    }>(assignBalanced, { roundId, categoryId: made.category?.id }, organizer);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignJudgesBalanced).toHaveLength(6);
    const assignmentOf = (judgeId: number, registrationId: number) => {
      const found = assigned.data?.assignJudgesBalanced.find(
        (row) => row.judgeUserId === String(judgeId) && row.registrationId === String(registrationId),
      );
      if (!found) throw new Error("not assigned");
      return found.id;
    };
    const mark = (username: string, judgeId: number, entry: number, craft: string, finish: string, key: string) =>
      api.graphql<{ submitJudgementMarks: SheetView }>(
        submit,
        { assignmentId: assignmentOf(judgeId, entry), craft, finish, key },
        tokens[username],
      );
    const sheetOf = async (username: string, entry: number) => {
      const answer = await api.graphql<{ myJudgeAssignments: SheetView[] }>(
        myAssignments,
        { roundId },
        tokens[username],
      );
      expect(answer.errors).toBeUndefined();
      const found = answer.data?.myJudgeAssignments.find((row) => row.registrationId === String(entry));
      if (!found) throw new Error("no sheet");
      return found.judgementMarks;
    };

    // Bad marks are refused on their aspect, in Chinese, and nothing is written: 4 is above 3, 1.5 is not whole.
    const bad = await mark("judge2", qian.id, welders, "4", "1.5", "jm-bad");
    expect(bad.errors?.[0]?.extensions?.code).toBe("SCORE_SHEET_REFUSED");
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: "craft",
        code: "JUDGEMENT_MARK_INVALID",
        message: "「工艺规范」的评价分「4」无效，应为 0、1、2、3 中的一个整数",
      },
      {
        field: "finish",
        code: "JUDGEMENT_MARK_INVALID",
        message: "「成品外观」的评价分「1.5」无效，应为 0、1、2、3 中的一个整数",
      },
    ]);
    expect(await prisma.score.count({ where: { assignment: { roundId } } })).toBe(0);

    // 焊花队: 钱 craft 0 finish 3; 孙 2 / 3; 周 3 / 3.
    const first = await mark("judge2", qian.id, welders, "0", "3", "jm-q-w-1");
    expect(first.errors).toBeUndefined();
    // Alone, 钱 sees nothing to resolve; the sheet is submitted, not locked: 0 + 3 = 3.
    expect(first.data?.submitJudgementMarks.judgementMarks).toMatchObject({
      state: "SUBMITTED",
      stateLabel: "已提交，待其他评委或待协商",
      total: "3",
      locked: false,
      needsResolution: false,
      othersVisible: true,
    });
    const second = await mark("judge3", sun.id, welders, "2", "3", "jm-s-w-1");
    expect(second.errors).toBeUndefined();
    // craft 0 and 2 → spread 2 > 1: flagged for 孙 (who has submitted) with both marks.
    expect(second.data?.submitJudgementMarks.judgementMarks.aspects[0]).toEqual({
      aspectKey: "craft",
      ownMark: 2,
      spread: 2,
      needsResolution: true,
      marks: [
        { judgeName: qian.displayName, mark: 0 },
        { judgeName: sun.displayName, mark: 2 },
      ],
      mean: null,
    });

    // 周 has not submitted: he sees neither the others' marks nor the spread.
    const before = await sheetOf("judge4", welders);
    expect(before).toMatchObject({
      state: "DRAFT",
      othersVisible: false,
      needsResolution: false,
      waitingForJudges: [],
    });
    expect(before.aspects.map((aspect) => [aspect.spread, aspect.marks])).toEqual([
      [null, []],
      [null, []],
    ]);

    const third = await mark("judge4", zhou.id, welders, "3", "3", "jm-z-w-1");
    expect(third.errors).toBeUndefined();
    // craft 0, 2, 3 → spread 3 > 1; finish 3, 3, 3 → 0. Everyone has submitted, nothing locks.
    const flagged = third.data?.submitJudgementMarks.judgementMarks;
    expect(flagged?.locked).toBe(false);
    expect(flagged?.needsResolution).toBe(true);
    expect(flagged?.aspects.map((aspect) => [aspect.aspectKey, aspect.spread, aspect.needsResolution])).toEqual([
      ["craft", 3, true],
      ["finish", 0, false],
    ]);
    expect(await prisma.score.count({ where: { assignment: { roundId }, state: "LOCKED" } })).toBe(0);

    // 铆工队: 钱 1 / 2, 孙 2 / 2, 周 1 / 1 → spreads 1 and 1, within the limit: locked on the third.
    expect((await mark("judge2", qian.id, riveters, "1", "2", "jm-q-r-1")).errors).toBeUndefined();
    expect((await mark("judge3", sun.id, riveters, "2", "2", "jm-s-r-1")).errors).toBeUndefined();
    const riveted = await mark("judge4", zhou.id, riveters, "1", "1", "jm-z-r-1");
    expect(riveted.data?.submitJudgementMarks.judgementMarks).toMatchObject({ state: "LOCKED", locked: true });

    // The flagged spread blocks closing, in Chinese, naming the team, the aspect and the marks.
    const blockers = await api.graphql<{ roundClosingBlockers: { code: string; message: string }[] }>(
      blockersQuery,
      { id: roundId },
      organizer,
    );
    expect(blockers.data?.roundClosingBlockers).toEqual([
      {
        code: "JUDGEMENT_SPREAD_TOO_WIDE",
        message: `「焊花队」：「工艺规范」评委打分相差 3 分（${qian.displayName} 0 分、${sun.displayName} 2 分、${zhou.displayName} 3 分），超过 1 分，须由评委协商一致后才能锁定`,
      },
    ]);
    const refused = await api.graphql(close, { roundId }, organizer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSE_REFUSED");
    expect(await prisma.roundResult.count({ where: { roundId } })).toBe(0);

    // The organizer sees every team: 焊花队 flagged on craft, 铆工队 locked with its means.
    const seen = await api.graphql<{ roundJudgementMarks: unknown[] }>(overview, { id: roundId }, organizer);
    expect(seen.data?.roundJudgementMarks).toEqual([
      {
        entryName: "焊花队",
        locked: false,
        needsResolution: true,
        waitingForJudges: [],
        aspects: [
          { aspectKey: "craft", spread: 3, needsResolution: true, mean: "5/3" },
          { aspectKey: "finish", spread: 0, needsResolution: false, mean: "3" },
        ],
      },
      {
        entryName: "铆工队",
        locked: true,
        needsResolution: false,
        waitingForJudges: [],
        aspects: [
          // craft (1 + 2 + 1) / 3 = 4/3; finish (2 + 2 + 1) / 3 = 5/3
          { aspectKey: "craft", spread: 1, needsResolution: false, mean: "4/3" },
          { aspectKey: "finish", spread: 1, needsResolution: false, mean: "5/3" },
        ],
      },
    ]);

    // 钱 talks it over and changes craft 0 → 2: craft 2, 2, 3 → spread 1; all three sheets lock together.
    const resolved = await mark("judge2", qian.id, welders, "2", "3", "jm-q-w-2");
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data?.submitJudgementMarks.judgementMarks).toMatchObject({
      state: "LOCKED",
      locked: true,
      needsResolution: false,
      total: "5",
    });
    expect(
      await prisma.score.count({ where: { assignment: { roundId, registrationId: welders }, state: "LOCKED" } }),
    ).toBe(3);
    // A retry of that request answers as before and writes nothing; a new change is refused: locked.
    const audits = await prisma.auditEntry.count({ where: { activityId: made.activity.id } });
    expect((await mark("judge2", qian.id, welders, "2", "3", "jm-q-w-2")).errors).toBeUndefined();
    expect(await prisma.auditEntry.count({ where: { activityId: made.activity.id } })).toBe(audits);
    const late = await mark("judge2", qian.id, welders, "3", "3", "jm-q-w-3");
    expect(late.errors?.[0]?.extensions?.code).toBe("SCORE_SHEET_REFUSED");
    expect(late.errors?.[0]?.message).toContain("评价分已锁定；如需修改，请联系主办部门解锁");

    // The organizer unlocks 孙's 铆工队 sheet with a reason (a reason is required). 孙 changes craft
    // to 3: 1, 3, 1 → spread 2, so every 铆工队 sheet is open again; changing to 2 locks them again.
    const noReason = await api.graphql(
      unlock,
      { assignmentId: assignmentOf(sun.id, riveters), reason: " " },
      organizer,
    );
    expect(noReason.errors?.[0]?.extensions?.code).toBe("SCORE_SHEET_REFUSED");
    const unlocked = await api.graphql<{ unlockScore: { state: string } }>(
      unlock,
      { assignmentId: assignmentOf(sun.id, riveters), reason: "评委误将工艺规范填为 2 分" },
      organizer,
    );
    expect(unlocked.data?.unlockScore.state).toBe("UNLOCKED");
    const reopened = await mark("judge3", sun.id, riveters, "3", "2", "jm-s-r-2");
    expect(reopened.data?.submitJudgementMarks.judgementMarks).toMatchObject({ locked: false, needsResolution: true });
    expect(
      await prisma.score.count({ where: { assignment: { roundId, registrationId: riveters }, state: "LOCKED" } }),
    ).toBe(0);
    const relocked = await mark("judge3", sun.id, riveters, "2", "2", "jm-s-r-3");
    expect(relocked.data?.submitJudgementMarks.judgementMarks.locked).toBe(true);

    // Closing writes each team's result, the sum of the aspects' means, exactly:
    //   焊花队: craft (2 + 2 + 3) / 3 = 7/3, finish (3 + 3 + 3) / 3 = 3 → 7/3 + 3 = 16/3 ≈ 5.33
    //   铆工队: craft (1 + 2 + 1) / 3 = 4/3, finish (2 + 2 + 1) / 3 = 5/3 → 9/3 = 3
    const closed = await api.graphql<{ closeRound: { closed: boolean } }>(close, { roundId }, organizer);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeRound.closed).toBe(true);
    const results = await api.graphql<{
      allRoundResults: {
        entryName: string;
        result: string;
        resultDisplay: string;
        untrimmedMean: null;
        details: unknown;
      }[];
    }>(roundResults, { roundId }, organizer);
    expect(results.errors).toBeUndefined();
    expect(
      results.data?.allRoundResults.map((row) => [row.entryName, row.result, row.resultDisplay, row.untrimmedMean]),
    ).toEqual([
      ["焊花队", "16/3", "5.33", null],
      ["铆工队", "3", "3.00", null],
    ]);
    expect(results.data?.allRoundResults[0]?.details).toEqual({
      method: "JUDGEMENT_MARKS",
      methodLabel: "各评价要点平均分之和",
      aspects: [
        {
          aspectKey: "craft",
          name: "工艺规范",
          marks: [
            { judgeId: qian.id, judge: qian.displayName, mark: 2 },
            { judgeId: sun.id, judge: sun.displayName, mark: 2 },
            { judgeId: zhou.id, judge: zhou.displayName, mark: 3 },
          ],
          spread: 1,
          mean: "7/3",
          meanDisplay: "2.33",
        },
        {
          aspectKey: "finish",
          name: "成品外观",
          marks: [
            { judgeId: qian.id, judge: qian.displayName, mark: 3 },
            { judgeId: sun.id, judge: sun.displayName, mark: 3 },
            { judgeId: zhou.id, judge: zhou.displayName, mark: 3 },
          ],
          spread: 0,
          mean: "3",
          meanDisplay: "3.00",
        },
      ],
      resultDisplay: "5.33",
      working: "工艺规范 7/3 + 成品外观 3",
    });
  }, 120_000);

  it("locks an entry once when its three judges submit at the same time, and a retried request writes once", async () => {
    const prisma = api.server.database.prisma;
    const made = await createJudgementMarksActivity(prisma, "JM-3");
    const roundId = made.round.id;
    await api.graphql(
      setPanel,
      { roundId, categoryId: made.category?.id, judgeUserIds: made.judges.map((judge) => judge.id) },
      organizer,
    );
    const assigned = await api.graphql<{
      assignJudgesBalanced: { id: string; registrationId: string; judgeUserId: string }[];
    }>(assignBalanced, { roundId, categoryId: made.category?.id }, organizer);
    const entry = made.registrations[0]?.id as number;
    const rows = (assigned.data?.assignJudgesBalanced ?? []).filter((row) => row.registrationId === String(entry));
    expect(rows).toHaveLength(3);
    const usernameOf = (judgeUserId: string) =>
      made.judges.find((judge) => String(judge.id) === judgeUserId)?.username as string;
    // Each judge sends the same request four times at once, all three judges together: marks 2/3,
    // 2/2, 3/3 (spreads 1 and 1), so the entry locks — exactly once.
    const marks: Record<string, [string, string]> = { judge2: ["2", "3"], judge3: ["2", "2"], judge4: ["3", "3"] };
    const answers = await Promise.all(
      rows.flatMap((row) => {
        const username = usernameOf(row.judgeUserId);
        const [craft, finish] = marks[username] as [string, string];
        return Array.from({ length: 4 }, () =>
          api.graphql(submit, { assignmentId: row.id, craft, finish, key: `jm-c-${username}` }, tokens[username]),
        );
      }),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    expect(await prisma.score.count({ where: { assignment: { roundId }, state: "LOCKED" } })).toBe(3);
    const audit = async (action: string) =>
      prisma.auditEntry.count({ where: { activityId: made.activity.id, action } });
    expect(await audit("JUDGEMENT_MARKS_SUBMIT")).toBe(3);
    expect(await audit("JUDGEMENT_MARKS_LOCK")).toBe(1);
  }, 120_000);

  it("refuses the wrong roles, the wrong mutation, excusals and closing with missing sheets", async () => {
    const prisma = api.server.database.prisma;
    const made = await createJudgementMarksActivity(prisma, "JM-2");
    const roundId = made.round.id;
    await api.graphql(
      setPanel,
      { roundId, categoryId: made.category?.id, judgeUserIds: made.judges.map((judge) => judge.id) },
      organizer,
    );
    const assigned = await api.graphql<{ assignJudgesBalanced: { id: string; judgeUserId: string }[] }>(
      assignBalanced,
      { roundId, categoryId: made.category?.id },
      organizer,
    );
    const qian = made.judges[0] as { id: number; displayName: string };
    const own = assigned.data?.assignJudgesBalanced.find((row) => row.judgeUserId === String(qian.id))?.id;

    // Only the assigned judge marks: the organizer and a worker are refused by role; another judge
    // does not find the assignment.
    for (const token of [organizer, await api.tokenFor("worker"), await api.tokenFor("unit")]) {
      const answer = await api.graphql(submit, { assignmentId: own, craft: "2", finish: "2", key: "jm-other" }, token);
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const otherJudge = await api.graphql(
      submit,
      { assignmentId: own, craft: "2", finish: "2", key: "jm-other" },
      tokens.judge3,
    );
    expect(otherJudge.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // A score sheet is the wrong form for this round; a judge cannot unlock.
    const wrongForm = await api.graphql(scoreSheet, { assignmentId: own }, tokens.judge2);
    expect(wrongForm.errors?.[0]?.extensions?.code).toBe("ROUND_KIND_MISMATCH");
    const byJudge = await api.graphql(unlock, { assignmentId: own, reason: "想改" }, tokens.judge2);
    expect(byJudge.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The whole panel marks: no excusals.
    const excused = await api.graphql(excuse, { assignmentId: own }, organizer);
    expect(excused.errors?.[0]?.extensions?.code).toBe("JUDGE_EXCUSAL_REFUSED");
    expect(excused.errors?.[0]?.extensions?.fieldErrors).toContainEqual({
      field: "reason",
      code: "JUDGEMENT_MARKS_NO_EXCUSAL",
      message: "评价分须由分配的全部评委打分，不能免除；如评委不能评分，请改派评委",
    });
    expect(await prisma.score.count({ where: { assignment: { roundId } } })).toBe(0);

    // Nobody has marked: closing is refused, naming each judge and team.
    const blockers = await api.graphql<{ roundClosingBlockers: { code: string; message: string }[] }>(
      blockersQuery,
      { id: roundId },
      organizer,
    );
    expect(blockers.data?.roundClosingBlockers).toHaveLength(6);
    expect(blockers.data?.roundClosingBlockers[0]).toEqual({
      code: "JUDGE_NOT_SUBMITTED",
      message: `评委${qian.displayName}尚未提交「焊花队」的评价分`,
    });
    const refused = await api.graphql(close, { roundId }, organizer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSE_REFUSED");
  }, 120_000);
});
