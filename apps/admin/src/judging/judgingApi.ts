import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

/** The judging operations of the API (docs/api/judging.md), typed for the panel's pages. */

export type SheetState = "DRAFT" | "LOCKED" | "UNLOCKED";

export interface JudgingActivity {
  id: string;
  code: string;
  name: string;
  state: string;
  categories: { id: string; name: string }[];
}

export interface RoundCriterion {
  key: string;
  name: string;
  max: string;
}

export interface JudgingRound {
  id: string;
  activityId: string;
  name: string;
  kind: string;
  kindLabel: string;
  /** The round's maximum possible result (decimal text), e.g. "100" for an exam. */
  maxResult: string;
  closed: boolean;
  closedAt: string | null;
  judgesPerEntry: number | null;
  scoreStep: string | null;
  resultRule: string | null;
  criteria: RoundCriterion[];
  /** 评价分（世赛评分法）: whole marks 0–3 per aspect (the criteria); null for other rounds. */
  judgementMarks: { judgeCount: number; maxSpread: number } | null;
}

export interface JudgeCandidate {
  id: string;
  displayName: string;
  organizationName: string;
}

export interface PanelSeat {
  id: string;
  categoryId: string;
  judgeUserId: string;
  judgeName: string;
}

export interface Assignment {
  id: string;
  registrationId: string;
  judgeUserId: string;
  judgeName: string;
  excused: boolean;
  excuseReason: string | null;
  recusalReason: string | null;
  sheetState: SheetState;
  entry: { name: string; categoryId: string; categoryName: string };
  score: { state: SheetState; total: string | null } | null;
  /** In a 评价分 round: the sheet's own state (a submitted sheet stays open until the judges agree). */
  judgementMarks?: { stateLabel: string; needsResolution: boolean } | null;
}

export interface JudgeProgress {
  judgeUserId: string;
  judgeName: string;
  assigned: number;
  submitted: number;
  excused: number;
  pending: number;
}

export interface Blocker {
  code: string;
  message: string;
}

export interface MyAssignment {
  id: string;
  roundId: string;
  roundName: string;
  sheetState: SheetState;
  recusalReason: string | null;
  entry: { registrationId: string; name: string; memberNames: string[]; categoryName: string };
  score: { state: SheetState; total: string | null; criterionScores: { criterionKey: string; score: string }[] } | null;
  judgementMarks: MarksSheet | null;
}

/** A judge's 评价分表 with the entry's situation (others' marks only once the judge has submitted). */
export interface MarksSheet {
  state: "DRAFT" | "SUBMITTED" | "LOCKED" | "UNLOCKED";
  stateLabel: string;
  total: string | null;
  locked: boolean;
  needsResolution: boolean;
  othersVisible: boolean;
  waitingForJudges: string[];
  aspects: {
    aspectKey: string;
    name: string;
    ownMark: number | null;
    spread: number | null;
    needsResolution: boolean;
    marks: { judgeName: string; mark: number }[];
    meanDisplay: string | null;
  }[];
}

const marksSheetFields = `state stateLabel total locked needsResolution othersVisible waitingForJudges
  aspects { aspectKey name ownMark spread needsResolution marks { judgeName mark } meanDisplay }`;

const roundFields =
  "id activityId name kind kindLabel maxResult closed closedAt judgesPerEntry scoreStep resultRule criteria { key name max } judgementMarks { judgeCount maxSpread }";

/** The states in which an activity has judging work (docs/api/judging.md: panels from 报名截止). */
export const judgingActivityStates = ["REGISTRATION_CLOSED", "JUDGING"] as const;

/**
 * The activities whose judging can be prepared or is under way: an organizer's own department's
 * (the only ones they may judge, per the API), every department's for the admin.
 */
export async function fetchJudgingActivities(): Promise<JudgingActivity[]> {
  const { me } = await requestGraphql<{ me: { role: string; departmentId: string | null } | null }>(
    "{ me { role departmentId } }",
  );
  const departmentId = me?.role === "ORGANIZER" ? me.departmentId : null;
  const lists = await Promise.all(
    judgingActivityStates.map((state) =>
      requestGraphql<{ allActivities: JudgingActivity[] }>(
        `query ($state: ActivityState, $departmentId: ID) {
          allActivities(page: 0, perPage: 100, sortField: "id", sortOrder: "DESC",
            filter: { state: $state, departmentId: $departmentId }) {
            id code name state categories { id name }
          }
        }`,
        { state, departmentId },
      ),
    ),
  );
  return lists.flatMap((list) => list.allActivities);
}

/** Activities' names by id (every signed-in role reads activities). */
export async function fetchActivityNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const data = await requestGraphql<{ allActivities: { id: string; name: string }[] }>(
    "query ($ids: [ID!]) { allActivities(page: 0, perPage: 100, filter: { ids: $ids }) { id name } }",
    { ids },
  );
  return new Map(data.allActivities.map((activity) => [activity.id, activity.name]));
}

export async function fetchActivity(id: string): Promise<JudgingActivity> {
  const data = await requestGraphql<{ Activity: JudgingActivity }>(
    "query ($id: ID!) { Activity(id: $id) { id code name state categories { id name } } }",
    { id },
  );
  return data.Activity;
}

export async function fetchRounds(filter: { activityId?: string; ids?: string[] }): Promise<JudgingRound[]> {
  const data = await requestGraphql<{ allRounds: JudgingRound[] }>(
    `query ($filter: RoundFilter) {
      allRounds(page: 0, perPage: 50, sortField: "sortOrder", sortOrder: "ASC", filter: $filter) { ${roundFields} }
    }`,
    { filter },
  );
  return data.allRounds;
}

export interface RoundDesk {
  candidates: JudgeCandidate[];
  seats: PanelSeat[];
  assignments: Assignment[];
  progress: JudgeProgress[];
  blockers: Blocker[];
}

/** Everything the organizer's desk shows for one round, in one request. */
export async function fetchRoundDesk(roundId: string): Promise<RoundDesk> {
  const data = await requestGraphql<{
    judgeCandidates: JudgeCandidate[];
    allRoundJudges: PanelSeat[];
    allJudgeAssignments: Assignment[];
    roundJudgeProgress: JudgeProgress[];
    roundClosingBlockers: Blocker[];
  }>(
    `query ($roundId: ID!) {
      judgeCandidates { id displayName organizationName }
      allRoundJudges(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC", filter: { roundId: $roundId }) {
        id categoryId judgeUserId judgeName
      }
      allJudgeAssignments(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC", filter: { roundId: $roundId }) {
        id registrationId judgeUserId judgeName excused excuseReason recusalReason sheetState
        entry { name categoryId categoryName }
        score { state total }
        judgementMarks { stateLabel needsResolution }
      }
      roundJudgeProgress(roundId: $roundId) { judgeUserId judgeName assigned submitted excused pending }
      roundClosingBlockers(roundId: $roundId) { code message }
    }`,
    { roundId },
  );
  return {
    candidates: data.judgeCandidates,
    seats: data.allRoundJudges,
    assignments: data.allJudgeAssignments,
    progress: data.roundJudgeProgress,
    blockers: data.roundClosingBlockers,
  };
}

export function setRoundPanel(roundId: string, categoryId: string, judgeUserIds: string[]) {
  return requestGraphql<{ setRoundPanel: PanelSeat[] }>(
    `mutation ($roundId: ID!, $categoryId: ID!, $judgeUserIds: [ID!]!) {
      setRoundPanel(roundId: $roundId, categoryId: $categoryId, judgeUserIds: $judgeUserIds) { id }
    }`,
    { roundId, categoryId, judgeUserIds },
  );
}

export function assignJudgesBalanced(roundId: string, categoryId: string) {
  return requestGraphql<{ assignJudgesBalanced: { id: string }[] }>(
    `mutation ($roundId: ID!, $categoryId: ID!) {
      assignJudgesBalanced(roundId: $roundId, categoryId: $categoryId) { id }
    }`,
    { roundId, categoryId },
  );
}

export function excuseJudge(assignmentId: string, reason: string) {
  return requestGraphql<{ excuseJudge: { id: string } }>(
    "mutation ($id: ID!, $reason: String!) { excuseJudge(assignmentId: $id, reason: $reason) { id excused } }",
    { id: assignmentId, reason },
  );
}

export function unlockScore(assignmentId: string, reason: string) {
  return requestGraphql<{ unlockScore: { id: string; state: SheetState } }>(
    "mutation ($id: ID!, $reason: String!) { unlockScore(assignmentId: $id, reason: $reason) { id state } }",
    { id: assignmentId, reason },
  );
}

export function closeRound(roundId: string) {
  return requestGraphql<{ closeRound: { id: string; closed: boolean } }>(
    "mutation ($roundId: ID!) { closeRound(roundId: $roundId) { id closed closedAt } }",
    { roundId },
  );
}

export async function fetchMyAssignments(): Promise<MyAssignment[]> {
  const data = await requestGraphql<{ myJudgeAssignments: MyAssignment[] }>(
    `query {
      myJudgeAssignments {
        id roundId roundName sheetState recusalReason
        entry { registrationId name memberNames categoryName }
        score { state total criterionScores { criterionKey score } }
        judgementMarks { ${marksSheetFields} }
      }
    }`,
  );
  return data.myJudgeAssignments;
}

export function submitScore(
  assignmentId: string,
  scores: { criterionKey: string; score: string }[],
  idempotencyKey: string,
) {
  return requestGraphql<{ submitScore: { id: string; state: SheetState; total: string | null } }>(
    `mutation ($id: ID!, $scores: [CriterionScoreInput!]!, $key: String!) {
      submitScore(assignmentId: $id, scores: $scores, idempotencyKey: $key) { id state stateLabel total }
    }`,
    { id: assignmentId, scores, key: idempotencyKey },
  );
}

export function declareRecusal(registrationId: string, reason: string) {
  return requestGraphql<{ declareRecusal: { id: string } }>(
    "mutation ($id: ID!, $reason: String!) { declareRecusal(registrationId: $id, reason: $reason) { id reason } }",
    { id: registrationId, reason },
  );
}

export function assignJudges(roundId: string, registrationId: string, judgeUserIds: string[]) {
  return requestGraphql<{ assignJudges: { id: string }[] }>(
    `mutation ($roundId: ID!, $assignments: [JudgeAssignmentInput!]!) {
      assignJudges(roundId: $roundId, assignments: $assignments) { id }
    }`,
    { roundId, assignments: [{ registrationId, judgeUserIds }] },
  );
}

export function submitJudgementMarks(
  assignmentId: string,
  marks: { aspectKey: string; mark: string }[],
  idempotencyKey: string,
) {
  return requestGraphql<{ submitJudgementMarks: { id: string } }>(
    `mutation ($id: ID!, $marks: [JudgementMarkInput!]!, $key: String!) {
      submitJudgementMarks(assignmentId: $id, marks: $marks, idempotencyKey: $key) { id judgementMarks { state } }
    }`,
    { id: assignmentId, marks, key: idempotencyKey },
  );
}

/** An exam round's accepted entries with their imported scores, and what keeps it from closing. */
export async function fetchExamDesk(roundId: string, activityId: string) {
  const registrationFields = "id name members { name } category { name }";
  const data = await requestGraphql<{
    approved: { id: string; name: string | null; members: { name: string }[]; category: { name: string } }[];
    confirmed: { id: string; name: string | null; members: { name: string }[]; category: { name: string } }[];
    allRoundResults: { registrationId: string; resultDisplay: string }[];
    roundClosingBlockers: Blocker[];
  }>(
    `query ($roundId: ID!, $activityId: ID!) {
      approved: allRegistrations(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC",
        filter: { activityId: $activityId, state: APPROVED }) { ${registrationFields} }
      confirmed: allRegistrations(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC",
        filter: { activityId: $activityId, state: CONFIRMED }) { ${registrationFields} }
      allRoundResults(page: 0, perPage: 1000, filter: { roundId: $roundId }) { registrationId resultDisplay }
      roundClosingBlockers(roundId: $roundId) { code message }
    }`,
    { roundId, activityId },
  );
  return {
    registrations: [...data.approved, ...data.confirmed],
    results: data.allRoundResults,
    blockers: data.roundClosingBlockers,
  };
}

export function importExamScores(roundId: string, rows: { registrationId: string; score: string }[]) {
  return requestGraphql<{ importExamScores: { registrationId: string }[] }>(
    `mutation ($roundId: ID!, $rows: [ExamScoreInput!]!) {
      importExamScores(roundId: $roundId, rows: $rows) { registrationId resultDisplay }
    }`,
    { roundId, rows },
  );
}
