// 评审委员会表决 (a COMMITTEE_VOTE round) over HTTP: the 劳模选树 template's committee, shrunk to the
// five demo judge accounts, votes on three candidates from 古塔区. Members are seated and assigned
// like a scoring panel and vote 1 (赞成) or 0 (不赞成) on a one-item sheet; a candidate's result is
// the number of votes in favour.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeScoreboard } from "../live/scoreboard.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { committeeMembers, createCommitteeVoteActivity } from "../test/committee-vote-fixtures.ts";

const roundQuery = `query($id: ID!) { Round(id: $id) {
  id kind kindLabel maxResult judgesPerEntry scoreStep resultRule aggregation { method } criteria { key name max } } }`;
const setPanel = `mutation($roundId: ID!, $categoryId: ID!, $judgeUserIds: [ID!]!) {
  setRoundPanel(roundId: $roundId, categoryId: $categoryId, judgeUserIds: $judgeUserIds) { judgeUserId } }`;
const assignBalanced = `mutation($roundId: ID!, $categoryId: ID!) {
  assignJudgesBalanced(roundId: $roundId, categoryId: $categoryId) { id registrationId judgeUserId } }`;
const myAssignments = `query($roundId: ID) { myJudgeAssignments(roundId: $roundId) {
  id registrationId judgeUserId sheetState entry { name } score { state total } } }`;
const allAssignments = `query($roundId: ID) { allJudgeAssignments(perPage: 50, filter: { roundId: $roundId }) {
  id judgeUserId score { total } } }`;
const vote = `mutation($assignmentId: ID!, $favour: String!, $key: String!) {
  submitScore(assignmentId: $assignmentId, scores: [{ criterionKey: "favour", score: $favour }], idempotencyKey: $key) {
    id state total } }`;
const unlock = `mutation($assignmentId: ID!, $reason: String!) {
  unlockScore(assignmentId: $assignmentId, reason: $reason) { id state total } }`;
const excuse = `mutation($assignmentId: ID!, $reason: String!) {
  excuseJudge(assignmentId: $assignmentId, reason: $reason) { id excused } }`;
const close = `mutation($roundId: ID!) { closeRound(roundId: $roundId) { id closed } }`;
const blockersQuery = `query($id: ID!) { roundClosingBlockers(roundId: $id) { code message }
  roundJudgeProgress(roundId: $id) { judgeUserId assigned submitted excused pending } }`;
const roundResults = `query($roundId: ID!) { allRoundResults(perPage: 50, filter: { roundId: $roundId }) {
  registrationId entryName result resultDisplay untrimmedMean details } }`;
const compute = `mutation($id: ID!) { computeResults(activityId: $id) { resultCount blockingTies { code } } }`;
const results = `query($activityId: ID!) {
  allResults(filter: { activityId: $activityId, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC") {
    entrantName total totalText placeLabel award { names } } }`;

interface Assignment {
  id: string;
  registrationId: string;
  judgeUserId: string;
  sheetState: string;
  entry: { name: string };
  score: { state: string; total: string | null } | null;
}

describe.each(testProviders())("committee vote (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    for (const username of committeeMembers) tokens[username] = await api.tokenFor(username);
  }, 60_000);
  afterAll(() => api?.close());

  it("seats the committee, takes votes of 1 or 0, and gives each candidate the votes in favour", async () => {
    const prisma = api.server.database.prisma;
    // Three candidates from 古塔区 (demo workers): 周爽玲 (18), 赵洪海 (1), 韩丽佳 (3). A committee of
    // five (the demo judges; none from 古塔区, so nobody is conflicted) and two titles.
    const made = await createCommitteeVoteActivity(prisma, {
      code: "CV-LM",
      workerIds: [18, 1, 3],
      committeeSize: 5,
      titles: 2,
    });
    const roundId = made.round.id;
    const [zhou, zhao, han] = made.registrations.map((registration) => registration.id) as [number, number, number];
    const memberId = Object.fromEntries(made.members.map((member) => [member.username, member.id]));

    // The round says how members vote: one criterion, favour, 0 or 1 in whole steps; result = 赞成票数.
    const round = await api.graphql<{ Round: Record<string, unknown> }>(roundQuery, { id: roundId }, organizer);
    expect(round.errors).toBeUndefined();
    expect(round.data?.Round).toEqual({
      id: String(roundId),
      kind: "COMMITTEE_VOTE",
      kindLabel: "评审委员会投票",
      maxResult: "5",
      judgesPerEntry: 5,
      scoreStep: "1",
      resultRule: "赞成票数",
      aggregation: null,
      criteria: [{ key: "favour", name: "表决（1 = 赞成，0 = 不赞成）", max: "1" }],
    });

    // Seating and assigning work as for a scoring panel: 3 candidates × 5 members = 15 assignments.
    const notAJudge = await api.graphql(
      setPanel,
      {
        roundId,
        categoryId: made.category?.id,
        judgeUserIds: [(await prisma.user.findUniqueOrThrow({ where: { username: "unit" } })).id],
      },
      organizer,
    );
    expect(notAJudge.errors?.[0]?.extensions?.code).toBe("JUDGE_PANEL_REFUSED");
    const seated = await api.graphql<{ setRoundPanel: unknown[] }>(
      setPanel,
      { roundId, categoryId: made.category?.id, judgeUserIds: made.members.map((member) => member.id) },
      organizer,
    );
    expect(seated.data?.setRoundPanel).toHaveLength(5);
    const assigned = await api.graphql<{ assignJudgesBalanced: unknown[] }>(
      assignBalanced,
      { roundId, categoryId: made.category?.id },
      organizer,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignJudgesBalanced).toHaveLength(15);

    // Each member sees their own three candidates, with no vote yet.
    const mine = async (username: string) => {
      const answer = await api.graphql<{ myJudgeAssignments: Assignment[] }>(
        myAssignments,
        { roundId },
        tokens[username],
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.myJudgeAssignments ?? [];
    };
    const assignmentOf = new Map<string, string>();
    for (const username of committeeMembers) {
      const rows = await mine(username);
      expect(rows.map((row) => [Number(row.registrationId), row.sheetState])).toEqual([
        [zhou, "DRAFT"],
        [zhao, "DRAFT"],
        [han, "DRAFT"],
      ]);
      for (const row of rows) assignmentOf.set(`${username}:${row.registrationId}`, row.id);
    }
    const assignment = (username: string, registrationId: number) =>
      assignmentOf.get(`${username}:${registrationId}`) as string;
    let key = 0;
    const cast = (username: string, registrationId: number, favour: string) =>
      api.graphql<{ submitScore: { state: string; total: string } }>(
        vote,
        { assignmentId: assignment(username, registrationId), favour, key: `cv-${++key}` },
        tokens[username],
      );

    // Nothing can close before anyone votes.
    const early = await api.graphql(close, { roundId }, organizer);
    expect(early.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSE_REFUSED");

    // A vote of 2 is refused on its field, in Chinese; nothing is written.
    const two = await cast("judge", zhou, "2");
    expect(two.errors?.[0]?.extensions?.code).toBe("SCORE_SHEET_REFUSED");
    expect(two.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "favour", code: "SCORE_ABOVE_MAX", message: "「表决（1 = 赞成，0 = 不赞成）」的分数不能高于满分 1" },
    ]);
    expect(await prisma.score.count({ where: { assignment: { roundId } } })).toBe(0);

    // The votes, worked by hand (1 = 赞成, 0 = 不赞成):
    //   周爽玲: all five in favour                                   → 5
    //   赵洪海: judge, judge2, judge3 in favour; judge4, judge5 against → 3 (judge3 first votes 0 by
    //           mistake; the organizer unlocks it with a reason and judge3 votes 1)
    //   韩丽佳: judge, judge2 in favour; judge3, judge4 against; judge5 excused → 2 of 4 voting
    const votes: [string, number, string][] = [
      ...committeeMembers.map((username): [string, number, string] => [username, zhou, "1"]),
      ["judge", zhao, "1"],
      ["judge2", zhao, "1"],
      ["judge3", zhao, "0"],
      ["judge4", zhao, "0"],
      ["judge5", zhao, "0"],
      ["judge", han, "1"],
      ["judge2", han, "1"],
      ["judge3", han, "0"],
      ["judge4", han, "0"],
    ];
    for (const [username, registrationId, favour] of votes) {
      const answer = await cast(username, registrationId, favour);
      expect(answer.errors, `${username} on ${registrationId}`).toBeUndefined();
      expect(answer.data?.submitScore).toMatchObject({ state: "LOCKED", total: favour });
    }

    // The big screen shows the votes in favour cast so far (never a mean): 周爽玲 5; 赵洪海 2 (judge3
    // has voted 0 for now); 韩丽佳 2 of the 4 votes cast — 赵洪海 and 韩丽佳 share the 2nd place.
    const board = await computeScoreboard(prisma, roundId);
    expect(board?.aggregationMethod).toBe("赞成票数");
    expect(board?.entries.map((entry) => [entry.name, entry.score, entry.judgesSubmitted, entry.placeLabel])).toEqual([
      ["周爽玲", "5.00", 5, "第 1 名"],
      ["赵洪海", "2.00", 5, "并列第 2 名"],
      ["韩丽佳", "2.00", 4, "并列第 2 名"],
    ]);

    // A member never sees another member's vote: only their own assignments and sheets.
    const seen = await api.graphql<{ allJudgeAssignments: { judgeUserId: string }[] }>(
      allAssignments,
      { roundId },
      tokens.judge2,
    );
    expect(new Set(seen.data?.allJudgeAssignments.map((row) => Number(row.judgeUserId)))).toEqual(
      new Set([memberId.judge2]),
    );

    // A cast vote is locked; the organizer unlocks it with a reason, and the member votes again.
    const changed = await cast("judge3", zhao, "1");
    expect(changed.errors?.[0]?.message).toBe("不能提交评分：评分已提交并锁定；如需修改，请联系主办部门解锁");
    const noReason = await api.graphql(unlock, { assignmentId: assignment("judge3", zhao), reason: " " }, organizer);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "reason", code: "UNLOCK_REASON_REQUIRED", message: "解锁评分须填写解锁原因" },
    ]);
    const unlocked = await api.graphql<{ unlockScore: { state: string } }>(
      unlock,
      { assignmentId: assignment("judge3", zhao), reason: "委员孙教授当场声明误投，申请更正" },
      organizer,
    );
    expect(unlocked.data?.unlockScore.state).toBe("UNLOCKED");

    // Closing is refused while judge3's vote is unlocked and judge5 has not voted on 韩丽佳.
    const blocked = await api.graphql<{
      roundClosingBlockers: { code: string }[];
      roundJudgeProgress: { judgeUserId: string; submitted: number; pending: number }[];
    }>(blockersQuery, { id: roundId }, organizer);
    expect(blocked.data?.roundClosingBlockers.map((reason) => reason.code).sort()).toEqual([
      "JUDGE_NOT_SUBMITTED",
      "SCORE_SHEET_UNLOCKED",
    ]);
    const refused = await api.graphql(close, { roundId }, organizer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSE_REFUSED");
    expect(refused.errors?.[0]?.message).toContain("尚未提交「韩丽佳」的评分");
    expect(refused.errors?.[0]?.message).toContain("对「赵洪海」的评分已解锁，尚未重新提交");
    expect(await prisma.roundResult.count({ where: { roundId } })).toBe(0);

    const again = await cast("judge3", zhao, "1");
    expect(again.data?.submitScore).toMatchObject({ state: "LOCKED", total: "1" });
    const excused = await api.graphql<{ excuseJudge: { excused: boolean } }>(
      excuse,
      { assignmentId: assignment("judge5", han), reason: "与候选人曾在同一班组工作，申请回避" },
      organizer,
    );
    expect(excused.data?.excuseJudge.excused).toBe(true);

    // Only the organizer closes it.
    const byMember = await api.graphql(close, { roundId }, tokens.judge);
    expect(byMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const closed = await api.graphql<{ closeRound: { closed: boolean } }>(close, { roundId }, organizer);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeRound.closed).toBe(true);

    // One result per candidate: the votes in favour, with the working.
    const rows = await api.graphql<{
      allRoundResults: {
        registrationId: string;
        entryName: string;
        result: string;
        resultDisplay: string;
        untrimmedMean: string | null;
        details: Record<string, unknown>;
      }[];
    }>(roundResults, { roundId }, organizer);
    expect(
      rows.data?.allRoundResults.map((row) => [
        row.entryName,
        row.result,
        row.resultDisplay,
        row.untrimmedMean,
        row.details.favour,
        row.details.against,
        row.details.voters,
        row.details.excused,
      ]),
    ).toEqual([
      ["周爽玲", "5", "5.00", null, 5, 0, 5, 0],
      ["赵洪海", "3", "3.00", null, 3, 2, 5, 0],
      ["韩丽佳", "2", "2.00", null, 2, 2, 4, 1],
    ]);
    const hanDetails = rows.data?.allRoundResults.find((row) => Number(row.registrationId) === han)?.details;
    expect(hanDetails).toMatchObject({
      methodLabel: "赞成票数",
      excusedMembers: [{ judgeId: memberId.judge5, reason: "与候选人曾在同一班组工作，申请回避" }],
      inFavourMembers: [{ judgeId: memberId.judge }, { judgeId: memberId.judge2 }],
      working: "赞成 2 票，不赞成 2 票，参加表决 4 人，免于表决 1 人",
    });
    const closeAudit = await prisma.auditEntry.findFirstOrThrow({
      where: { activityId: made.activity.id, action: "ROUND_CLOSE" },
    });
    expect((closeAudit.after as { results: { entry: string; result: string }[] }).results).toEqual([
      expect.objectContaining({ entry: "周爽玲", result: "5" }),
      expect.objectContaining({ entry: "赵洪海", result: "3" }),
      expect.objectContaining({ entry: "韩丽佳", result: "2" }),
    ]);
    const unlockAudit = await prisma.auditEntry.findFirstOrThrow({
      where: { activityId: made.activity.id, action: "SCORE_UNLOCK" },
    });
    expect(unlockAudit.reason).toBe("委员孙教授当场声明误投，申请更正");

    // A closed round takes no more votes.
    const late = await cast("judge5", han, "1");
    expect(late.errors?.[0]?.extensions?.code).toBe("ROUND_CLOSED");

    // Totals: 100 × votes ÷ 5 members (the round is the whole total): 100, 60, 40; ranked 5 > 3 > 2;
    // the title 锦州市劳动模范 goes to the two configured places.
    const computed = await api.graphql<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      compute,
      { id: made.activity.id },
      organizer,
    );
    expect(computed.errors).toBeUndefined();
    expect(computed.data?.computeResults).toMatchObject({ resultCount: 3, blockingTies: [] });
    const ranked = await api.graphql<{
      allResults: {
        entrantName: string;
        total: string;
        totalText: string;
        placeLabel: string;
        award: { names: string[] };
      }[];
    }>(results, { activityId: made.activity.id }, organizer);
    expect(
      ranked.data?.allResults.map((row) => [row.entrantName, row.totalText, row.placeLabel, row.award.names]),
    ).toEqual([
      ["周爽玲", "100.00", "第 1 名", ["锦州市劳动模范"]],
      ["赵洪海", "60.00", "第 2 名", ["锦州市劳动模范"]],
      ["韩丽佳", "40.00", "第 3 名", []],
    ]);
  }, 60_000);

  it("keeps a member off a candidate from their own county, and only members vote", async () => {
    const prisma = api.server.database.prisma;
    // judge2 sits for 北镇市总工会: a candidate from a 北镇市 unit cannot have them on the committee.
    const beizhen = await prisma.organization.findUniqueOrThrow({ where: { code: "JZ-BZ" } });
    const candidate = await prisma.worker.findFirstOrThrow({
      where: { organization: { path: { startsWith: beizhen.path } } },
      orderBy: { id: "asc" },
    });
    const made = await createCommitteeVoteActivity(prisma, {
      code: "CV-BZ",
      workerIds: [candidate.id],
      committeeSize: 5,
      titles: 1,
    });
    const roundId = made.round.id;
    const memberId = Object.fromEntries(made.members.map((member) => [member.username, member.id]));
    await api.graphql(
      setPanel,
      { roundId, categoryId: made.category?.id, judgeUserIds: made.members.map((member) => member.id) },
      organizer,
    );
    // Five seats for a committee of five, one of them conflicted: no balanced assignment.
    const balanced = await api.graphql(assignBalanced, { roundId, categoryId: made.category?.id }, organizer);
    expect(balanced.errors?.[0]?.extensions?.code).toBe("JUDGE_ASSIGNMENT_REFUSED");
    expect(balanced.errors?.[0]?.message).toContain("钱老师（北镇市总工会）（本单位或下级单位回避）");
    const manual = await api.graphql(
      `mutation($roundId: ID!, $assignments: [JudgeAssignmentInput!]!) {
        assignJudges(roundId: $roundId, assignments: $assignments) { id } }`,
      {
        roundId,
        assignments: [{ registrationId: made.registrations[0]?.id, judgeUserIds: Object.values(memberId) }],
      },
      organizer,
    );
    expect(manual.errors?.[0]?.extensions?.code).toBe("JUDGE_ASSIGNMENT_REFUSED");
    expect(await prisma.judgeAssignment.count({ where: { roundId } })).toBe(0);

    // Only a member votes: the organizer cannot vote on their behalf, a worker even less.
    // (An assignment written directly: this committee cannot be assigned in full, see above.)
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    const assignment = await prisma.judgeAssignment.create({
      data: {
        roundId,
        registrationId: made.registrations[0]?.id as number,
        judgeUserId: memberId.judge as number,
        assignedById: admin.id,
      },
    });
    for (const token of [organizer, await api.tokenFor("worker")]) {
      const answer = await api.graphql(vote, { assignmentId: assignment.id, favour: "1", key: "cv-other" }, token);
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await prisma.score.count({ where: { assignmentId: assignment.id } })).toBe(0);
  }, 60_000);
});
