// The choir contest for the 70th anniversary of victory (纪念抗战胜利70周年职工合唱比赛), run by the
// culture palace (文化宫, account `culture`) in early August 2015, driven only through the documented
// API (docs/api/*.md) as an independent client would: set-up from the PERFORMANCE_CONTEST template,
// teams enrolled by the unit admin and one registered by a worker, reviews, a panel of five judges
// scoring the choir criteria, an unlocked and resubmitted sheet, the trimmed mean and its tie-break,
// award tiers, public notice over the calendar, objections, finalization, certificates and PDFs.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Scenario, startScenario } from "./scenario-client.ts";

const at = (chinaTime: string) => vi.setSystemTime(new Date(`${chinaTime}+08:00`));
let keySequence = 0;
const key = (label: string) => `choir-${label}-${++keySequence}`;

const judges = ["judge", "judge2", "judge3", "judge4", "judge5"] as const;

/**
 * A judge's sheet for a given total: stage presence 19.5, appearance 14.5, entry and exit 9.5 and
 * choice of song 5 make 48.5; pitch, rhythm and harmony carry the rest (total − 48.5, within 0…50
 * for every total used here). Worked in tenths so that no binary fraction creeps in.
 */
function sheet(total: string) {
  const pitchTenths = Math.round(Number(total) * 10) - 485;
  const pitch = `${Math.floor(pitchTenths / 10)}.${pitchTenths % 10}`;
  return [
    { criterionKey: "pitch", score: pitch },
    { criterionKey: "stage", score: "19.5" },
    { criterionKey: "appearance", score: "14.5" },
    { criterionKey: "entrance", score: "9.5" },
    { criterionKey: "song", score: "5" },
  ];
}

/**
 * Each choir's totals from judge, judge2, judge3, judge4, judge5 (their final sheets). The working,
 * DOMAIN.md: five judges → k = 1, drop the highest and the lowest total, average the other three;
 * ties on that trimmed mean go to the higher untrimmed (all-judge) mean, then a shared place.
 *  A 古塔铁路: 95 93.5 96 94 92   → drop 96, 92 → (95 + 93.5 + 94) ÷ 3 = 282.5 ÷ 3 = 565/6 = 94.1666… → 94.17
 *                                   untrimmed 470.5 ÷ 5 = 94.1
 *  B 古塔电力: 90 88 91 86 89     → drop 91, 86 → (90 + 88 + 89) ÷ 3 = 267 ÷ 3 = 89 → 89.00; untrimmed 444 ÷ 5 = 88.8
 *              (judge3 first submits 81 by mistake; after the unlock the sheet says 91)
 *  C 古塔机床: 88 89 90 84 92     → drop 92, 84 → (88 + 89 + 90) ÷ 3 = 89 → 89.00;           untrimmed 443 ÷ 5 = 88.6
 *  D 古塔纺织: 85 86 84 80 88     → drop 88, 80 → 255 ÷ 3 = 85 → 85.00;                      untrimmed 423 ÷ 5 = 84.6
 *  E 职工之声: 84 85 86 81 87     → drop 87, 81 → 255 ÷ 3 = 85 → 85.00;                      untrimmed 423 ÷ 5 = 84.6
 *  F 古塔商贸: 80 82 79 78 83     → drop 83, 78 → 241 ÷ 3 = 241/3 = 80.333… → 80.33;          untrimmed 402 ÷ 5 = 80.4
 * Ranking: A 1st; B and C tie on 89, B's untrimmed 88.8 > C's 88.6 → B 2nd, C 3rd; D and E equal on
 * both → 并列第 4 名; F skips 5 → 6th.
 * Awards as adjusted below (一等奖 1, 二等奖 2, 三等奖 2): first covers place 1, second 2…3, third
 * 4…5 → A 一等奖; B, C 二等奖; D, E (both place 4, sharing) 三等奖; F place 6 → no award, a 参赛证书.
 */
const choirs = [
  { name: "古塔铁路职工合唱团", totals: ["95", "93.5", "96", "94", "92"] },
  { name: "古塔电力职工合唱团", totals: ["90", "88", "91", "86", "89"] },
  { name: "古塔机床职工合唱团", totals: ["88", "89", "90", "84", "92"] },
  { name: "古塔纺织职工合唱团", totals: ["85", "86", "84", "80", "88"] },
  { name: "职工之声合唱团", totals: ["84", "85", "86", "81", "87"] },
  { name: "古塔商贸职工合唱团", totals: ["80", "82", "79", "78", "83"] },
] as const;

interface WorkerRow {
  id: string;
  name: string;
  idNumber: string;
  organization: { id: string; name: string };
}
interface RegistrationRow {
  id: string;
  name: string | null;
  state: string;
  stateLabel: string;
  version: number;
  members: { workerId: string; name: string; isLeader: boolean }[];
}
interface ResultRow {
  registrationId: number;
  entrantName: string;
  total: string;
  totalText: string;
  place: number | null;
  placeLabel: string | null;
  sharedPlace: boolean;
  explanation: string;
  award: { tierKey: string | null; names: string[] };
}

const registrationFields = "id name state stateLabel version members { workerId name isLeader }";

describe.each(testProviders())("the choir contest for the 70th anniversary of victory (%s)", (provider) => {
  let scenario: Scenario;
  let activityId: string;
  let categoryId: string;
  let roundId: string;
  /** Registration ids by choir name. */
  const entryIds = new Map<string, string>();

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-05-25T09:00:00");
    scenario = await startScenario(provider);
  }, 120_000);
  afterAll(async () => {
    await scenario?.close();
    vi.useRealTimers();
  });

  it("the culture palace sets the contest up from the template and opens registration", async () => {
    let culture = await scenario.as("culture");
    const me = await culture.run<{ me: { departmentId: string } }>("{ me { departmentId } }");
    const created = await culture.run<{
      createActivity: { id: string; version: number; state: string; configuration: Record<string, unknown> };
    }>(
      `mutation Create($departmentId: ID!) {
        createActivity(kind: PERFORMANCE_CONTEST, code: "JZ-2015-HC", name: "纪念抗战胜利70周年职工合唱比赛",
          year: 2015, departmentId: $departmentId, registrationOpensOn: "2015-06-01", registrationClosesOn: "2015-07-10",
          judgingEndsOn: "2015-08-02", completedBy: "2015-08-10", deadlinePhrase: "八月上旬") {
          id version state configuration } }`,
      { departmentId: me.me.departmentId },
    );
    activityId = created.createActivity.id;
    expect(created.createActivity.state).toBe("DRAFT");
    const configuration = created.createActivity.configuration as {
      entryChannels: string[];
      approvalChain: { levels: string[] };
      rounds: { key: string; judgesPerEntry: number; criteriaScoring: { criteria: { key: string; max: string }[] } }[];
      awards: { tiers: { key: string; name: string; size: { by: string; count: number } }[] };
      awardTracks: { key: string }[];
      certificates: { numberPrefix: string };
    };
    // The template's choir criteria: 50 + 20 + 15 + 10 + 5 = 100.
    expect(
      configuration.rounds[0]?.criteriaScoring.criteria.map((criterion) => [criterion.key, criterion.max]),
    ).toEqual([
      ["pitch", "50"],
      ["stage", "20"],
      ["appearance", "15"],
      ["entrance", "10"],
      ["song", "5"],
    ]);
    // The story's adjustments: workers may register a choir themselves too; the culture palace has
    // five judges, so five per entry; the unit (its county union standing in) and the organizer
    // review; awards 1 / 2 / 2; city-level awards only; this year's certificate prefix.
    configuration.entryChannels = ["SELF_REGISTRATION", "UNIT_NOMINATION"];
    configuration.approvalChain = { levels: ["UNIT", "ORGANIZER"] };
    (configuration.rounds[0] as { judgesPerEntry: number }).judgesPerEntry = 5;
    configuration.awards.tiers = [
      { key: "FIRST", name: "一等奖", size: { by: "COUNT", count: 1 } },
      { key: "SECOND", name: "二等奖", size: { by: "COUNT", count: 2 } },
      { key: "THIRD", name: "三等奖", size: { by: "COUNT", count: 2 } },
    ];
    configuration.awardTracks = configuration.awardTracks.filter((track) => track.key === "CITY");
    configuration.certificates.numberPrefix = "JZ-2015-HC";
    const updated = await culture.run<{ updateActivity: { version: number } }>(
      `mutation Adjust($id: ID!, $version: Int!, $configuration: JSON) {
        updateActivity(id: $id, version: $version, configuration: $configuration) { id version } }`,
      { id: activityId, version: created.createActivity.version, configuration },
    );
    expect(updated.updateActivity.version).toBeGreaterThan(created.createActivity.version);

    // Another department's organizer cannot touch it.
    const other = await scenario.as("organizer");
    const refused = await other.refused(
      `mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { id } }`,
      {
        id: activityId,
      },
    );
    expect(refused.code).toBe("FORBIDDEN");

    at("2015-06-01T08:30:00");
    culture = await scenario.as("culture");
    const opened = await culture.run<{ transitionActivity: { state: string } }>(
      `mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { id state } }`,
      { id: activityId },
    );
    expect(opened.transitionActivity.state).toBe("REGISTRATION_OPEN");
    const read = await culture.run<{
      Activity: { categories: { id: string; key: string }[] };
      allRounds: { id: string; key: string; judgesPerEntry: number; scoreStep: string }[];
    }>(
      `query($id: ID!) { Activity(id: $id) { categories { id key } }
        allRounds(filter: { activityId: $id }) { id key judgesPerEntry scoreStep } }`,
      { id: activityId },
    );
    categoryId = read.Activity.categories.find((category) => category.key === "CHOIR")?.id ?? "";
    roundId = read.allRounds[0]?.id ?? "";
    expect(read.allRounds).toEqual([{ id: roundId, key: "performance", judgesPerEntry: 5, scoreStep: "0.1" }]);
  });

  it("the unit admin enrols five choirs and a worker registers a sixth; the reviews place them", async () => {
    at("2015-06-15T10:00:00");
    const unit = await scenario.as("unit");
    const worker = await scenario.as("worker");
    const me = await worker.run<{ me: { workerId: string } }>("{ me { workerId } }");
    const roster = await unit.run<{ allWorkers: WorkerRow[] }>(
      `{ allWorkers(page: 0, perPage: 100, sortField: "id", sortOrder: "ASC") { id name idNumber organization { id name } } }`,
    );
    const others = roster.allWorkers.filter((row) => row.id !== me.me.workerId);
    expect(others.length).toBeGreaterThanOrEqual(23);
    const teamOf = (index: number) => others.slice(index * 3, index * 3 + 3).map((row) => row.id);

    // Five choirs by the unit admin (three singers each stand for the choir in the test).
    for (const [index, choir] of choirs.entries()) {
      if (choir.name === "职工之声合唱团") continue;
      const members = teamOf(index);
      const enrolled = await unit.run<{ enrol: RegistrationRow & { channel: string } }>(
        `mutation($a: ID!, $w: [ID!]!, $leader: ID!, $name: String!, $key: String!) {
          enrol(activityId: $a, categoryKey: "CHOIR", workerIds: $w, leaderWorkerId: $leader, name: $name, idempotencyKey: $key) {
            ${registrationFields} channel } }`,
        { a: activityId, w: members, leader: members[1], name: choir.name, key: key("enrol") },
      );
      expect(enrolled.enrol).toMatchObject({
        name: choir.name,
        state: "PENDING_UNIT",
        stateLabel: "待单位审核",
        channel: "UNIT_NOMINATION",
      });
      expect(enrolled.enrol.members.find((member) => member.isLeader)?.workerId).toBe(members[1]);
      entryIds.set(choir.name, enrolled.enrol.id);
    }
    // A seventh entry, which the organizer will turn down.
    const late = teamOf(6);
    const extra = await unit.run<{ enrol: RegistrationRow }>(
      `mutation($a: ID!, $w: [ID!]!, $key: String!) {
        enrol(activityId: $a, categoryKey: "CHOIR", workerIds: $w, name: "古塔社区合唱队", idempotencyKey: $key) { ${registrationFields} } }`,
      { a: activityId, w: late, key: key("enrol") },
    );

    // A worker registers their own choir with two colleagues; the worker is added and leads it.
    const mates = teamOf(4);
    const registered = await worker.run<{ register: RegistrationRow & { entrantType: string } }>(
      `mutation($a: ID!, $team: TeamInput, $key: String!) {
        register(activityId: $a, categoryKey: "CHOIR", idempotencyKey: $key, team: $team) { ${registrationFields} entrantType } }`,
      { a: activityId, key: key("register"), team: { name: "职工之声合唱团", memberWorkerIds: mates.slice(0, 2) } },
    );
    expect(registered.register).toMatchObject({ entrantType: "TEAM", state: "PENDING_UNIT", name: "职工之声合唱团" });
    expect(registered.register.members).toHaveLength(3);
    expect(registered.register.members.find((member) => member.isLeader)?.workerId).toBe(me.me.workerId);
    entryIds.set("职工之声合唱团", registered.register.id);

    // A singer already in a choir cannot be entered a second time.
    const twice = await unit.refused(
      `mutation($a: ID!, $w: [ID!]!, $key: String!) {
        enrol(activityId: $a, categoryKey: "CHOIR", workerIds: $w, name: "重复合唱队", idempotencyKey: $key) { id } }`,
      { a: activityId, w: [teamOf(0)[0], teamOf(5)[2]], key: key("enrol") },
    );
    expect(twice.code).toBe("ALREADY_REGISTERED");

    // A singer from outside 古塔区 is beyond the unit admin's reach and looks absent.
    const admin = await scenario.as("admin");
    const everyone = await admin.run<{ allWorkers: { id: string; organizationPathName: string }[] }>(
      `{ allWorkers(page: 0, perPage: 100, sortField: "id", sortOrder: "DESC") { id organizationPathName } }`,
    );
    const outsider = everyone.allWorkers.find((row) => !row.organizationPathName.includes("古塔区"))?.id;
    expect(outsider).toBeDefined();
    const beyond = await unit.refused(
      `mutation($a: ID!, $w: [ID!]!, $key: String!) {
        enrol(activityId: $a, categoryKey: "CHOIR", workerIds: $w, name: "跨区合唱队", idempotencyKey: $key) { id } }`,
      { a: activityId, w: [teamOf(7)[0], outsider], key: key("enrol") },
    );
    expect(beyond.code).toBe("NOT_FOUND");
    expect(beyond.message).toContain("名单中有职工不存在或不在您管理的范围内");

    // 单位审核 by the unit admin, then 主办审核 by the culture palace.
    const culture = await scenario.as("culture");
    const review = `mutation($id: ID!, $version: Int, $action: RegistrationReviewAction!, $reason: String) {
      reviewRegistration(id: $id, action: $action, reason: $reason, version: $version) { ${registrationFields} } }`;
    const pending = await unit.run<{ allRegistrations: RegistrationRow[] }>(
      `query($f: RegistrationFilter) { allRegistrations(page: 0, perPage: 50, filter: $f) { ${registrationFields} } }`,
      { f: { activityId, state: "PENDING_UNIT" } },
    );
    expect(pending.allRegistrations).toHaveLength(7);
    for (const entry of pending.allRegistrations) {
      const approved = await unit.run<{ reviewRegistration: RegistrationRow }>(review, {
        id: entry.id,
        version: entry.version,
        action: "APPROVE",
      });
      expect(approved.reviewRegistration.state).toBe("PENDING_ORGANIZER");
    }
    // The unit admin cannot also decide the organizer's level.
    const notTheirs = await unit.refused(review, { id: extra.enrol.id, action: "APPROVE" });
    expect(notTheirs.code).toBe("REVIEW_REFUSED");
    const atOrganizer = await culture.run<{ allRegistrations: RegistrationRow[] }>(
      `query($f: RegistrationFilter) { allRegistrations(page: 0, perPage: 50, filter: $f) { ${registrationFields} } }`,
      { f: { activityId, state: "PENDING_ORGANIZER" } },
    );
    for (const entry of atOrganizer.allRegistrations) {
      if (entry.id === extra.enrol.id) {
        const noReason = await culture.refused(review, { id: entry.id, version: entry.version, action: "REJECT" });
        expect(noReason.code).toBe("REVIEW_REFUSED");
        const rejected = await culture.run<{ reviewRegistration: RegistrationRow & { rejectionReason: string } }>(
          review.replace("{ id name", "{ rejectionReason id name"),
          { id: entry.id, version: entry.version, action: "REJECT", reason: "参赛曲目不符合纪念抗战胜利70周年主题" },
        );
        expect(rejected.reviewRegistration).toMatchObject({
          state: "REJECTED",
          stateLabel: "未通过（原因：参赛曲目不符合纪念抗战胜利70周年主题）",
          rejectionReason: "参赛曲目不符合纪念抗战胜利70周年主题",
        });
        continue;
      }
      const decided = await culture.run<{ reviewRegistration: RegistrationRow }>(review, {
        id: entry.id,
        version: entry.version,
        action: "APPROVE",
      });
      // No capacity on the choir category: placed at once.
      expect(decided.reviewRegistration.state).toBe("CONFIRMED");
    }
    // The worker sees their entry confirmed.
    const mine = await worker.run<{ allRegistrations: RegistrationRow[] }>(
      `query($f: RegistrationFilter) { allRegistrations(page: 0, perPage: 10, filter: $f) { ${registrationFields} } }`,
      { f: { activityId } },
    );
    expect(mine.allRegistrations.map((row) => [row.name, row.stateLabel])).toEqual([["职工之声合唱团", "已确认"]]);
  });

  it("registration closes; five judges are seated and assigned to every choir", async () => {
    at("2015-07-11T09:00:00");
    const worker = await scenario.as("worker");
    const closedForWorkers = await worker.refused(
      `mutation($a: ID!, $key: String!) { register(activityId: $a, categoryKey: "CHOIR", idempotencyKey: $key, team: { name: "迟到合唱团", memberWorkerIds: ["1"] }) { id } }`,
      { a: activityId, key: key("late") },
    );
    expect(closedForWorkers.code).toBe("REGISTRATION_CLOSED");
    const culture = await scenario.as("culture");
    await culture.run(`mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_CLOSED) { state } }`, {
      id: activityId,
    });

    const candidates = await culture.run<{ judgeCandidates: { id: string; displayName: string }[] }>(
      "{ judgeCandidates { id displayName organizationName } }",
    );
    const judgeIds: string[] = [];
    for (const username of judges) {
      const judge = await scenario.as(username);
      const me = await judge.run<{ me: { id: string } }>("{ me { id } }");
      expect(candidates.judgeCandidates.map((candidate) => candidate.id)).toContain(me.me.id);
      judgeIds.push(me.me.id);
    }
    const panel = await culture.run<{ setRoundPanel: { judgeUserId: string }[] }>(
      `mutation($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id judgeUserId judgeName } }`,
      { r: roundId, c: categoryId, j: judgeIds },
    );
    expect(panel.setRoundPanel).toHaveLength(5);
    // Five judges, five per entry, none from 古塔区: every judge gets every choir (6 × 5 = 30).
    const assigned = await culture.run<{ assignJudgesBalanced: { registrationId: string }[] }>(
      `mutation($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id registrationId judgeUserId } }`,
      { r: roundId, c: categoryId },
    );
    expect(assigned.assignJudgesBalanced).toHaveLength(30);
    const judging = await culture.run<{ transitionActivity: { state: string } }>(
      `mutation($id: ID!) { transitionActivity(id: $id, to: JUDGING) { state } }`,
      { id: activityId },
    );
    expect(judging.transitionActivity.state).toBe("JUDGING");
  });

  it("the judges score; a mistaken sheet is unlocked by the organizer with a reason and resubmitted", async () => {
    at("2015-08-01T14:00:00");
    const submit = `mutation($id: ID!, $scores: [CriterionScoreInput!]!, $key: String!) {
      submitScore(assignmentId: $id, scores: $scores, idempotencyKey: $key) { id state stateLabel total criterionScores { criterionKey score } } }`;
    const mine = `{ myJudgeAssignments { id entry { registrationId name memberNames categoryName } sheetState score { total } } }`;
    const assignmentOf = new Map<string, string>();
    for (const [judgeIndex, username] of judges.entries()) {
      const judge = await scenario.as(username);
      const assignments = await judge.run<{
        myJudgeAssignments: { id: string; entry: { registrationId: string; name: string }; sheetState: string }[];
      }>(mine);
      // Each judge sees their own six choirs, by name, and nothing of anyone else's sheets.
      expect(assignments.myJudgeAssignments.map((row) => row.entry.name).sort()).toEqual(
        choirs.map((choir) => choir.name).sort(),
      );
      for (const assignment of assignments.myJudgeAssignments) {
        assignmentOf.set(`${username}/${assignment.entry.name}`, assignment.id);
        const choir = choirs.find((candidate) => candidate.name === assignment.entry.name);
        let total: string = choir?.totals[judgeIndex] ?? "0";
        // judge3 keys in 81 instead of 91 for 古塔电力.
        if (username === "judge3" && choir?.name === "古塔电力职工合唱团") total = "81";
        const done = await judge.run<{ submitScore: { state: string; stateLabel: string; total: string } }>(submit, {
          id: assignment.id,
          scores: sheet(total),
          key: key("sheet"),
        });
        expect(done.submitScore).toMatchObject({ state: "LOCKED", stateLabel: "已锁定" });
        expect(Number(done.submitScore.total)).toBe(Number(total));
      }
    }

    const judge3 = await scenario.as("judge3");
    const mistaken = assignmentOf.get("judge3/古塔电力职工合唱团") ?? "";
    // A locked sheet cannot be changed by the judge; nor can the judge unlock it.
    const locked = await judge3.refused(submit, { id: mistaken, scores: sheet("91"), key: key("sheet") });
    expect(locked.code).toBe("SCORE_SHEET_REFUSED");
    expect(locked.message).toContain("评分已提交并锁定");
    const selfUnlock = await judge3.refused(
      `mutation($id: ID!) { unlockScore(assignmentId: $id, reason: "我看错了") { id } }`,
      { id: mistaken },
    );
    expect(selfUnlock.code).toBe("FORBIDDEN");
    // A judge cannot open another judge's assignment.
    const judge2Sheet = assignmentOf.get("judge2/古塔电力职工合唱团") ?? "";
    const othersSheet = await judge3.refused(submit, { id: judge2Sheet, scores: sheet("91"), key: key("sheet") });
    expect(othersSheet.code).toBe("NOT_FOUND");

    const culture = await scenario.as("culture");
    const unlock = `mutation($id: ID!, $reason: String!) { unlockScore(assignmentId: $id, reason: $reason) { id state total } }`;
    const noReason = await culture.refused(unlock, { id: mistaken, reason: " " });
    expect(noReason.code).toBe("SCORE_SHEET_REFUSED");
    const unlocked = await culture.run<{ unlockScore: { state: string } }>(unlock, {
      id: mistaken,
      reason: "评委孙教授录入时将“音准、节奏与和声”42.5 误录为 32.5",
    });
    expect(unlocked.unlockScore.state).toBe("UNLOCKED");
    // While the sheet is open the round cannot close.
    const blockers = await culture.run<{ roundClosingBlockers: { code: string }[] }>(
      `query($r: ID!) { roundClosingBlockers(roundId: $r) { code message } }`,
      { r: roundId },
    );
    expect(blockers.roundClosingBlockers.map((blocker) => blocker.code)).toEqual(["SCORE_SHEET_UNLOCKED"]);

    // Off-step and over-maximum scores are refused with every reason.
    const bad = await judge3.refused(submit, {
      id: mistaken,
      scores: sheet("91").map((line) =>
        line.criterionKey === "stage"
          ? { ...line, score: "18.25" }
          : line.criterionKey === "song"
            ? { ...line, score: "6" }
            : line,
      ),
      key: key("sheet"),
    });
    expect(bad.code).toBe("SCORE_SHEET_REFUSED");
    expect(bad.message).toContain("「舞台表现」的分数须以 0.1 分为单位");
    expect(bad.message).toContain("「选曲」的分数不能高于满分 5");
    const resubmitted = await judge3.run<{ submitScore: { state: string; total: string } }>(submit, {
      id: mistaken,
      scores: sheet("91"),
      key: key("sheet"),
    });
    expect(resubmitted.submitScore.state).toBe("LOCKED");
    expect(Number(resubmitted.submitScore.total)).toBe(91);

    // The audit log (admin) shows the unlock (LOCKED → UNLOCKED, with the reason) and the resubmission (81 → 91).
    const admin = await scenario.as("admin");
    const log = await admin.run<{
      allAuditEntries: { action: string; before: string | null; after: string | null; reason: string | null }[];
    }>(
      `query($f: AuditEntryFilter) { allAuditEntries(page: 0, perPage: 10, sortField: "at", sortOrder: "ASC", filter: $f) { action before after reason } }`,
      { f: { activityId, action: "SCORE_UNLOCK" } },
    );
    expect(log.allAuditEntries).toHaveLength(1);
    expect(log.allAuditEntries[0]?.reason).toContain("误录为 32.5");
    expect(log.allAuditEntries[0]?.before).toContain("LOCKED");
    expect(log.allAuditEntries[0]?.after).toContain("UNLOCKED");
    const resubmit = await admin.run<{ allAuditEntries: { before: string | null; after: string | null }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(page: 0, perPage: 10, filter: $f) { before after } }`,
      { f: { activityId, action: "SCORE_RESUBMIT" } },
    );
    expect(resubmit.allAuditEntries).toHaveLength(1);
    expect(resubmit.allAuditEntries[0]?.before).toContain("81");
    expect(resubmit.allAuditEntries[0]?.after).toContain("91");
  });

  it("the round closes with the trimmed means worked by hand, and the results rank and award them", async () => {
    const culture = await scenario.as("culture");
    await culture.run(`mutation($r: ID!) { closeRound(roundId: $r) { id closed } }`, { r: roundId });
    const roundResults = await culture.run<{
      allRoundResults: {
        entryName: string;
        result: string;
        resultDisplay: string;
        untrimmedMean: string;
        details: { trim: number; droppedHighest: { score: string }[]; droppedLowest: { score: string }[] };
      }[];
    }>(
      `query($f: RoundResultFilter) { allRoundResults(page: 0, perPage: 20, sortField: "registrationId", filter: $f) {
        entryName result resultDisplay untrimmedMean details } }`,
      { f: { roundId } },
    );
    const byName = new Map(roundResults.allRoundResults.map((row) => [row.entryName, row]));
    // See the table at the top of the file (exact values: 94.1 = 941/10, 88.8 = 444/5, 88.6 = 443/5 …).
    expect(byName.get("古塔铁路职工合唱团")).toMatchObject({
      result: "565/6",
      resultDisplay: "94.17",
      untrimmedMean: "941/10",
    });
    expect(byName.get("古塔电力职工合唱团")).toMatchObject({
      result: "89",
      resultDisplay: "89.00",
      untrimmedMean: "444/5",
    });
    expect(byName.get("古塔机床职工合唱团")).toMatchObject({
      result: "89",
      resultDisplay: "89.00",
      untrimmedMean: "443/5",
    });
    expect(byName.get("古塔纺织职工合唱团")).toMatchObject({ result: "85", untrimmedMean: "423/5" });
    expect(byName.get("职工之声合唱团")).toMatchObject({ result: "85", untrimmedMean: "423/5" });
    expect(byName.get("古塔商贸职工合唱团")).toMatchObject({
      result: "241/3",
      resultDisplay: "80.33",
      untrimmedMean: "402/5",
    });
    // 古塔电力 after the resubmission: 91 (judge3) and 86 (judge4) are dropped.
    const power = byName.get("古塔电力职工合唱团");
    expect(power?.details.trim).toBe(1);
    expect(power?.details.droppedHighest.map((row) => Number(row.score))).toEqual([91]);
    expect(power?.details.droppedLowest.map((row) => Number(row.score))).toEqual([86]);

    const computed = await culture.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code message } warnings { code message } } }`,
      { a: activityId },
    );
    expect(computed.computeResults).toMatchObject({ resultCount: 6, blockingTies: [] });
    const results = await readResults(culture);
    // Totals: a single round of weight 100 and maximum 100, so the total is the trimmed mean.
    expect(results.map((row) => [row.entrantName, row.totalText, row.placeLabel, row.award.names])).toEqual([
      ["古塔铁路职工合唱团", "94.17", "第 1 名", ["一等奖"]],
      ["古塔电力职工合唱团", "89.00", "第 2 名", ["二等奖"]],
      ["古塔机床职工合唱团", "89.00", "第 3 名", ["二等奖"]],
      ["古塔纺织职工合唱团", "85.00", "并列第 4 名", ["三等奖"]],
      ["职工之声合唱团", "85.00", "并列第 4 名", ["三等奖"]],
      ["古塔商贸职工合唱团", "80.33", "第 6 名", []],
    ]);
    expect(results.map((row) => row.place)).toEqual([1, 2, 3, 4, 4, 6]);
    expect(results[0]?.total).toBe("565/6");
    // The tie on 89 was broken by the all-judge mean, and the explanation says so.
    expect(results[1]?.explanation).toContain("全体评委平均分");
    expect(results[3]?.sharedPlace).toBe(true);

    // Before publication the public sees nothing.
    const hidden = await scenario.public.run<{ allResults: unknown[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }) { id } }`,
      { a: activityId },
    );
    expect(hidden.allResults).toEqual([]);
  });

  it("the notice runs five working days; one objection is dismissed, one upheld for re-review", async () => {
    at("2015-08-03T10:00:00");
    let culture = await scenario.as("culture");
    const notice = await culture.run<{
      publishResultsForNotice: {
        publishedOn: string;
        firstDay: string;
        endDate: string;
        workingDays: number;
        description: string;
        workingDates: { date: string; weekday: string }[];
      };
    }>(
      `mutation($a: ID!) { publishResultsForNotice(activityId: $a) { publishedOn firstDay endDate workingDays description workingDates { date weekday } } }`,
      { a: activityId },
    );
    // Published Monday 3 August 2015; the period starts on the next working day, Tuesday 4 August,
    // and runs five working days: Tue 4, Wed 5, Thu 6, Fri 7, (weekend 8–9 skipped) Mon 10 August.
    expect(notice.publishResultsForNotice).toMatchObject({
      publishedOn: "2015-08-03",
      firstDay: "2015-08-04",
      endDate: "2015-08-10",
      workingDays: 5,
      description: "公示期：2015年8月4日至2015年8月10日（5 个工作日）",
    });
    expect(notice.publishResultsForNotice.workingDates.map((day) => day.date)).toEqual([
      "2015-08-04",
      "2015-08-05",
      "2015-08-06",
      "2015-08-07",
      "2015-08-10",
    ]);

    // The public sees the names and places now.
    const shown = await scenario.public.run<{ allResults: { entrantName: string; placeLabel: string }[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC") { entrantName placeLabel } }`,
      { a: activityId },
    );
    expect(shown.allResults).toHaveLength(6);

    at("2015-08-05T15:00:00");
    const file = `mutation($a: ID!, $e: ID!, $content: String!, $name: String!, $phone: String) {
      fileObjection(activityId: $a, entryId: $e, content: $content, contactName: $name, contactPhone: $phone) {
        id status late filedOn contactPhone version } }`;
    const anonymous = await scenario.public.refused(file, {
      a: activityId,
      e: entryIds.get("古塔电力职工合唱团"),
      content: "成绩有疑问",
      name: "王女士",
    });
    expect(anonymous.code).toBe("VALIDATION_FAILED");
    const first = await scenario.public.run<{
      fileObjection: { id: string; status: string; late: boolean; filedOn: string; contactPhone: string };
    }>(file, {
      a: activityId,
      e: entryIds.get("古塔电力职工合唱团"),
      content: "古塔电力与古塔机床去掉最高分、最低分后同分，请核实名次先后",
      name: "王女士",
      phone: "13912345678",
    });
    expect(first.fileObjection).toMatchObject({
      status: "OPEN",
      late: false,
      filedOn: "2015-08-05",
      contactPhone: "139****5678",
    });
    const second = await scenario.public.run<{ fileObjection: { id: string } }>(file, {
      a: activityId,
      e: entryIds.get("古塔商贸职工合唱团"),
      content: "古塔商贸合唱团演唱时音响故障，请重新评审",
      name: "赵先生",
      phone: "0416-1234567",
    });

    culture = await scenario.as("culture");
    const open = await culture.run<{
      allObjections: { id: string; contactPhone: string; version: number; entrantName: string }[];
    }>(
      `query($a: ID!) { allObjections(filter: { activityId: $a, status: OPEN }) { id entrantName contactPhone version } }`,
      { a: activityId },
    );
    expect(open.allObjections).toHaveLength(2);
    // The owning department sees the phone in full.
    expect(open.allObjections.find((row) => row.id === first.fileObjection.id)?.contactPhone).toBe("13912345678");
    const version = (id: string) => open.allObjections.find((row) => row.id === id)?.version;

    // Finalizing is refused while objections are open and the period runs.
    const early = await culture.refused(`mutation($a: ID!) { finalizeResults(activityId: $a) { id } }`, {
      a: activityId,
    });
    expect(early.code).toBe("ACTIVITY_TRANSITION_REFUSED");

    const dismissed = await culture.run<{ resolveObjection: { status: string; resolution: string } }>(
      `mutation($id: ID!, $v: Int!) { resolveObjection(id: $id, version: $v, outcome: DISMISSED,
        text: "按本次比赛规则，去掉最高分、最低分后同分的，以全体评委平均分高者列前（88.8 分高于 88.6 分），名次无误，异议不成立") { id status resolution version } }`,
      { id: first.fileObjection.id, v: version(first.fileObjection.id) },
    );
    expect(dismissed.resolveObjection.status).toBe("DISMISSED");
    const upheld = await culture.run<{
      resolveObjection: { id: string; status: string; upheldAction: string; version: number };
    }>(
      `mutation($id: ID!, $v: Int!) { resolveObjection(id: $id, version: $v, outcome: UPHELD, action: RE_REVIEW,
        text: "经查演唱时确有短暂音响故障，由评审组复看录像重新评审") { id status upheldAction version } }`,
      { id: second.fileObjection.id, v: version(second.fileObjection.id) },
    );
    expect(upheld.resolveObjection).toMatchObject({ status: "UPHELD", upheldAction: "RE_REVIEW" });
    // The panel reviewed the recording and confirmed the scores: the results are computed again and
    // stay as they were; then the re-review is marked complete.
    await culture.run(`mutation($a: ID!) { computeResults(activityId: $a) { resultCount } }`, { a: activityId });
    expect((await readResults(culture)).map((row) => row.place)).toEqual([1, 2, 3, 4, 4, 6]);
    await culture.run(
      `mutation($id: ID!, $v: Int!) { completeObjectionReReview(id: $id, version: $v) { id reReviewCompletedAt } }`,
      {
        id: upheld.resolveObjection.id,
        v: upheld.resolveObjection.version,
      },
    );

    // The period has not ended (it runs through Monday 10 August).
    at("2015-08-10T17:00:00");
    const stillRunning = await (await scenario.as("culture")).refused(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id } }`,
      { a: activityId },
    );
    expect(stillRunning.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    expect(stillRunning.message).toContain("公示");
  });

  it("finalized on 11 August; certificates issued and downloaded; the audit log tells the story", async () => {
    at("2015-08-11T09:00:00");
    const culture = await scenario.as("culture");
    const final = await culture.run<{ finalizeResults: { state: string } }>(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id state } }`,
      { a: activityId },
    );
    expect(final.finalizeResults.state).toBe("FINAL");

    const issued = await culture.run<{
      issueCertificates: {
        id: string;
        number: string;
        kind: string;
        recipientName: string;
        awardName: string | null;
        issuedOn: string;
        downloadPath: string;
      }[];
    }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id number kind recipientName awardName issuedOn downloadPath citation } }`,
      { a: activityId },
    );
    // Five awards in place order, then one 参赛证书 for 古塔商贸 (place 6, no award).
    expect(issued.issueCertificates.map((row) => [row.number, row.kind, row.recipientName, row.awardName])).toEqual([
      ["JZ-2015-HC-0001", "AWARD", "古塔铁路职工合唱团", "一等奖"],
      ["JZ-2015-HC-0002", "AWARD", "古塔电力职工合唱团", "二等奖"],
      ["JZ-2015-HC-0003", "AWARD", "古塔机床职工合唱团", "二等奖"],
      ["JZ-2015-HC-0004", "AWARD", "古塔纺织职工合唱团", "三等奖"],
      ["JZ-2015-HC-0005", "AWARD", "职工之声合唱团", "三等奖"],
      ["JZ-2015-HC-0006", "PARTICIPATION", "古塔商贸职工合唱团", null],
    ]);
    expect(issued.issueCertificates[0]?.issuedOn).toBe("2015-08-11");
    // Issuing again adds nothing.
    const again = await culture.run<{ issueCertificates: unknown[] }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id } }`,
      { a: activityId },
    );
    expect(again.issueCertificates).toHaveLength(6);

    const one = await culture.download(issued.issueCertificates[0]?.downloadPath ?? "");
    expect(one.status).toBe(200);
    expect(one.headers.get("content-type")).toContain("application/pdf");
    const onePdf = Buffer.from(await one.arrayBuffer()).toString("latin1");
    expect(onePdf.startsWith("%PDF-")).toBe(true);
    const all = await culture.download(`/files/activities/${activityId}/certificates.pdf`);
    expect(all.status).toBe(200);
    const allPdf = Buffer.from(await all.arrayBuffer()).toString("latin1");
    expect(allPdf.startsWith("%PDF-")).toBe(true);
    // One page per certificate.
    expect(allPdf.match(/\/Type \/Page\b/g)?.length).toBe(6);
    // The public cannot download the whole activity.
    const anonymous = await scenario.public.download(`/files/activities/${activityId}/certificates.pdf`);
    expect(anonymous.status).toBe(401);

    // The worker sees their choir's result and certificate.
    const worker = await scenario.as("worker");
    const mine = await worker.run<{
      myResults: { placeLabel: string; award: { names: string[] } }[];
      myCertificates: { number: string }[];
    }>("{ myResults { activityName placeLabel award { names } } myCertificates { number } }");
    expect(mine.myResults).toEqual([
      { activityName: "纪念抗战胜利70周年职工合唱比赛", placeLabel: "并列第 4 名", award: { names: ["三等奖"] } },
    ]);
    expect(mine.myCertificates.map((row) => row.number)).toEqual(["JZ-2015-HC-0005"]);

    const admin = await scenario.as("admin");
    const log = await admin.run<{ allAuditEntries: { action: string }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(page: 0, perPage: 200, sortField: "at", sortOrder: "ASC", filter: $f) { action } }`,
      { f: { activityId } },
    );
    const actions = new Set(log.allAuditEntries.map((row) => row.action));
    for (const action of [
      "ACTIVITY_TRANSITION",
      "ENROL",
      "REGISTRATION_CREATE",
      "REGISTRATION_APPROVE",
      "REGISTRATION_REJECT",
      "JUDGE_PANEL_SET",
      "JUDGE_ASSIGN",
      "SCORE_SUBMIT",
      "SCORE_UNLOCK",
      "SCORE_RESUBMIT",
      "ROUND_CLOSE",
      "PUBLIC_NOTICE_PUBLISH",
    ]) {
      expect(actions, action).toContain(action);
    }
  });

  async function readResults(client: Awaited<ReturnType<Scenario["as"]>>): Promise<ResultRow[]> {
    const answer = await client.run<{ allResults: ResultRow[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC", page: 0, perPage: 50) {
        registrationId entrantName total totalText place placeLabel sharedPlace explanation award { tierKey names } } }`,
      { a: activityId },
    );
    return answer.allResults;
  }
});
