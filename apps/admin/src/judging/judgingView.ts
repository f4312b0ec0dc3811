import type { Assignment, JudgeCandidate, JudgeProgress, MyAssignment, PanelSeat } from "./judgingApi.ts";

/** One entry (a column of the matrix). */
export interface MatrixEntry {
  registrationId: string;
  name: string;
  categoryId: string;
  categoryName: string;
}

/** One judge (a row of the matrix) with their assignment per entry. */
export interface MatrixRow {
  judgeUserId: string;
  judgeName: string;
  cells: Record<string, Assignment>;
}

export interface AssignmentMatrix {
  entries: MatrixEntry[];
  rows: MatrixRow[];
}

const byChinese = new Intl.Collator("zh-CN");

/**
 * The assignment matrix (judge × entries): entries by category then name, judges by name; a cell
 * holds the judge's assignment for that entry, absent when the judge is not assigned to it.
 */
export function assignmentMatrix(assignments: readonly Assignment[]): AssignmentMatrix {
  const entries = new Map<string, MatrixEntry>();
  const rows = new Map<string, MatrixRow>();
  for (const assignment of assignments) {
    if (!entries.has(assignment.registrationId)) {
      entries.set(assignment.registrationId, {
        registrationId: assignment.registrationId,
        name: assignment.entry.name,
        categoryId: assignment.entry.categoryId,
        categoryName: assignment.entry.categoryName,
      });
    }
    let row = rows.get(assignment.judgeUserId);
    if (!row) {
      row = { judgeUserId: assignment.judgeUserId, judgeName: assignment.judgeName, cells: {} };
      rows.set(assignment.judgeUserId, row);
    }
    row.cells[assignment.registrationId] = assignment;
  }
  return {
    entries: [...entries.values()].sort(
      (a, b) => byChinese.compare(a.categoryName, b.categoryName) || byChinese.compare(a.name, b.name),
    ),
    rows: [...rows.values()].sort((a, b) => byChinese.compare(a.judgeName, b.judgeName)),
  };
}

/** What a cell of the matrix says about an assignment, most telling first. */
export type CellStatus = "EXCUSED" | "RECUSED" | "LOCKED" | "UNLOCKED" | "DRAFT";

export function cellStatus(assignment: Pick<Assignment, "excused" | "recusalReason" | "sheetState">): CellStatus {
  if (assignment.excused) return "EXCUSED";
  if (assignment.sheetState === "LOCKED") return "LOCKED";
  if (assignment.recusalReason) return "RECUSED";
  return assignment.sheetState;
}

/** The organizer may unlock a locked sheet, and excuse a judge who has not submitted. */
export function cellActions(assignment: Pick<Assignment, "excused" | "sheetState">): {
  unlock: boolean;
  excuse: boolean;
} {
  return {
    unlock: !assignment.excused && assignment.sheetState === "LOCKED",
    excuse: !assignment.excused && assignment.sheetState !== "LOCKED",
  };
}

/** A judge's progress as a share 0–100 of their sheets done (submitted or excused). */
export function progressPercent(progress: Pick<JudgeProgress, "assigned" | "submitted" | "excused">): number {
  if (progress.assigned === 0) return 0;
  return Math.round((100 * (progress.submitted + progress.excused)) / progress.assigned);
}

/** The whole round's progress: sheets submitted (or excused) of those assigned. */
export function roundProgress(progress: readonly Pick<JudgeProgress, "assigned" | "submitted" | "excused">[]) {
  const assigned = progress.reduce((sum, judge) => sum + judge.assigned, 0);
  const done = progress.reduce((sum, judge) => sum + judge.submitted + judge.excused, 0);
  return { assigned, done, percent: assigned === 0 ? 0 : Math.round((100 * done) / assigned) };
}

/** The judge ids seated on a category's panel. */
export function panelOf(seats: readonly PanelSeat[], categoryId: string): string[] {
  return seats.filter((seat) => seat.categoryId === categoryId).map((seat) => seat.judgeUserId);
}

/** The judges seated on a category's panel, as candidates (name and organization). */
export function panelJudges(
  seats: readonly PanelSeat[],
  candidates: readonly JudgeCandidate[],
  categoryId: string,
): JudgeCandidate[] {
  const seated = new Set(panelOf(seats, categoryId));
  return candidates.filter((candidate) => seated.has(candidate.id));
}

/** The judges an entry has now (excused ones included: the API keeps them on the entry). */
export function judgesOfEntry(assignments: readonly Assignment[], registrationId: string): string[] {
  return assignments
    .filter((assignment) => assignment.registrationId === registrationId)
    .map((assignment) => assignment.judgeUserId);
}

/** Whether the edited panel differs from the seated one (order does not matter). */
export function panelChanged(seated: readonly string[], chosen: readonly string[]): boolean {
  const a = new Set(seated);
  const b = new Set(chosen);
  return a.size !== b.size || [...a].some((id) => !b.has(id));
}

/** A judge's assignments grouped by round, in the order the API gives them. */
export function groupByRound(assignments: readonly MyAssignment[]) {
  const groups = new Map<string, { roundId: string; roundName: string; assignments: MyAssignment[] }>();
  for (const assignment of assignments) {
    let group = groups.get(assignment.roundId);
    if (!group) {
      group = { roundId: assignment.roundId, roundName: assignment.roundName, assignments: [] };
      groups.set(assignment.roundId, group);
    }
    group.assignments.push(assignment);
  }
  return [...groups.values()];
}

/**
 * A judge's own progress in one round: sheets submitted of those assigned (a score sheet once
 * locked; a 评价分表 once submitted, even while it waits for the other judges).
 */
export function myProgress(assignments: readonly MyAssignment[]) {
  const submitted = (assignment: MyAssignment) => {
    const marks = assignment.judgementMarks?.state;
    return marks ? marks === "SUBMITTED" || marks === "LOCKED" : assignment.sheetState === "LOCKED";
  };
  return { submitted: assignments.filter(submitted).length, total: assignments.length };
}

/** The rounds a judge panel works on (评委评分, 评审委员会表决). */
export function isPanelRound(kind: string): boolean {
  return kind === "CRITERIA_SCORING" || kind === "COMMITTEE_VOTE";
}

/**
 * The round the desk opens on: the one asked for (in the address), else the first open round a
 * panel works on, else the first open round, else the first.
 */
export function deskRound<T extends { id: string; kind: string; closed: boolean }>(
  rounds: readonly T[],
  asked: string | null,
): T | undefined {
  return (
    rounds.find((round) => round.id === asked) ??
    rounds.find((round) => !round.closed && isPanelRound(round.kind)) ??
    rounds.find((round) => !round.closed) ??
    rounds[0]
  );
}

/** The rounds of the judging desk: a panel's, and exams (imported scores); votes and matches are elsewhere. */
export function isDeskRound(kind: string): boolean {
  return isPanelRound(kind) || kind === "EXAM";
}

/**
 * The full text of an API refusal: with field errors (e.g. every entry that cannot get enough
 * judges, every conflicted judge), the message and each reason; otherwise the message.
 */
export function refusalText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const body = (error as Error & { body?: { errors?: { root?: { serverError?: unknown } } } }).body;
  const serverError = body?.errors?.root?.serverError;
  return typeof serverError === "string" && serverError.length > 0 ? serverError : error.message;
}
