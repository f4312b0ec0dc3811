import type { Prisma, PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityRound,
  type ActivityState,
  type CriteriaScoringRule,
  committeeVoteScoringRule,
  DomainError,
  defaultJudgementJudgeCount,
  type ErrorCode,
  Fraction,
  type JudgedEntry,
  type JudgementMarksRule,
  type JudgeProfile,
  type JudgingStep,
  judgeExclusionReasons,
  judgingStepStateReasons,
  type Reason,
  type RoundKind,
} from "@jinzhou/domain";
import { requireActivityManager } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";

/** Long enough for a queue of judges submitting in the same round (the Prisma default is 5 s). */
export const judgingTransactionOptions = { maxWait: 30_000, timeout: 30_000 } as const;

/** Registrations that are judged: accepted and not withdrawn (已通过, 已确认). */
export const judgedRegistrationStates = ["APPROVED", "CONFIRMED"] as const;

type Db = PrismaClient | Prisma.TransactionClient;

const roundInclude = {
  activity: { include: { department: true } },
  criteria: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.RoundInclude;

export type RoundWithActivity = Prisma.RoundGetPayload<{ include: typeof roundInclude }>;

/** A round with its activity and criteria, or NOT_FOUND. */
export async function findRound(context: Context, roundId: number): Promise<RoundWithActivity> {
  requireActor(context);
  const round = await context.prisma.round.findUnique({ where: { id: roundId }, include: roundInclude });
  if (!round) throw new DomainError("NOT_FOUND");
  return round;
}

/** The round as the activity's configuration defines it (rule, judges per entry …). */
export function roundDefinitionOf(round: {
  key: string;
  activity: { configuration: Prisma.JsonValue };
}): ActivityRound {
  const configuration = round.activity.configuration as unknown as ActivityConfiguration;
  const definition = (configuration.rounds ?? []).find((candidate) => candidate.key === round.key);
  if (!definition) throw new DomainError("NOT_FOUND", [], "活动设置中没有这个轮次");
  return definition;
}

/** The admin and the organizers of the owning department; anyone else is FORBIDDEN. */
export async function requireRoundManager(context: Context, round: RoundWithActivity) {
  return requireActivityManager(context, round.activity.department.code);
}

/** Refuses a step the activity's state does not allow now (JUDGING_NOT_NOW, with the domain's reason). */
export function requireJudgingStep(step: JudgingStep, state: ActivityState): void {
  const reasons = judgingStepStateReasons(step, state);
  if (reasons.length > 0) throw refusal("JUDGING_NOT_NOW", reasons, "activity");
}

/** Refuses anything on a closed round. */
export function requireOpenRound(round: { closedAt: Date | null; name: string }): void {
  if (round.closedAt !== null) {
    throw new DomainError("ROUND_CLOSED", [], `“${round.name}”已结束评审，不能再更改`);
  }
}

/**
 * Takes the round's lock inside a transaction: a write on the round row (PostgreSQL row lock until
 * the transaction ends; SQLite has one writer anyway) that only succeeds while the round is open.
 * Every judging write takes it first, so closing a round and a judge's submission never overlap.
 */
export async function lockOpenRound(tx: Prisma.TransactionClient, round: { id: number; name: string }): Promise<void> {
  const { count } = await tx.round.updateMany({ where: { id: round.id, closedAt: null }, data: { closedAt: null } });
  if (count === 0) throw new DomainError("ROUND_CLOSED", [], `“${round.name}”已结束评审，不能再更改`);
}

/** A refusal with every reason as a field error, the message listing them all. */
export function refusal(code: ErrorCode, reasons: readonly Reason[], field: string, prefix?: string): DomainError {
  const text = reasons.map((reason) => reason.message).join("；");
  return new DomainError(
    code,
    reasons.map(({ code: reasonCode, message }) => ({ field, code: reasonCode, message })),
    prefix ? `${prefix}：${text}` : text,
  );
}

/** What an entry is called: a team's or project's name, else its members' names. */
export function entryNameOf(registration: {
  name: string | null;
  members: readonly { worker: { name: string } }[];
}): string {
  const name = registration.name?.trim();
  if (name) return name;
  return registration.members.map((member) => member.worker.name).join("、");
}

const entrySelect = {
  id: true,
  name: true,
  categoryId: true,
  category: { select: { name: true } },
  organization: { select: { path: true } },
  members: { select: { worker: { select: { name: true } } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.RegistrationSelect;

export type RoundEntryRow = Prisma.RegistrationGetPayload<{ select: typeof entrySelect }>;

/** The round's entries: the activity's accepted registrations, optionally of one category. */
export async function roundEntryRows(db: Db, activityId: number, categoryId?: number): Promise<RoundEntryRow[]> {
  return db.registration.findMany({
    where: {
      activityId,
      state: { in: [...judgedRegistrationStates] },
      ...(categoryId === undefined ? {} : { categoryId }),
    },
    select: entrySelect,
    orderBy: { id: "asc" },
  });
}

export function judgedEntryOf(row: RoundEntryRow): JudgedEntry {
  return {
    entryId: row.id,
    name: entryNameOf(row),
    category: row.category.name,
    organizationPath: row.organization.path,
  };
}

/**
 * Judges as the conflict rules see them. A judge account placed at the city federation itself
 * stands for the federation's own staff or an outside expert (the domain records them without an
 * organization); any other judge is conflicted with entries from their organization's subtree.
 */
export async function judgeProfiles(db: Db, roundId: number, judgeUserIds: readonly number[]): Promise<JudgeProfile[]> {
  if (judgeUserIds.length === 0) return [];
  const ids = [...new Set(judgeUserIds)];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true, role: true, organization: { select: { path: true, kind: true } } },
  });
  const seats = await db.roundJudge.findMany({
    where: { roundId, judgeUserId: { in: ids } },
    select: { judgeUserId: true, category: { select: { name: true } } },
  });
  return users.map((user) => ({
    judgeId: user.id,
    name: user.displayName,
    organizationPath: user.organization.kind === "CITY_FEDERATION" ? null : user.organization.path,
    categories: seats.filter((seat) => seat.judgeUserId === user.id).map((seat) => seat.category.name),
  }));
}

/** The recusals declared by these judges for these entries. */
export async function recusalsOf(db: Db, registrationIds: readonly number[]) {
  const rows = await db.judgeRecusal.findMany({
    where: { registrationId: { in: [...registrationIds] } },
    select: { judgeUserId: true, registrationId: true, reason: true },
  });
  return rows.map((row) => ({ judgeId: row.judgeUserId, entryId: row.registrationId, reason: row.reason }));
}

/**
 * The score-sheet rule of a round judged through score sheets, or null: a criteria-scoring round's
 * configured rule, or for a committee vote (评审委员会表决) the domain's one-item sheet, 1 = 赞成
 * and 0 = 不赞成 (its result is the votes in favour, see close-round.ts).
 */
export function sheetRuleOf(round: { kind: RoundKind }, definition: ActivityRound): CriteriaScoringRule | null {
  if (round.kind === "COMMITTEE_VOTE") return committeeVoteScoringRule();
  if (round.kind === "CRITERIA_SCORING") return definition.criteriaScoring;
  return null;
}

/**
 * The score-sheet rule of a judged round — criteria scoring, or a committee vote whose members are
 * judge accounts seated, assigned, voting and unlocked exactly like a scoring panel — or
 * ROUND_KIND_MISMATCH.
 */
export function criteriaRuleOf(round: RoundWithActivity) {
  const definition = roundDefinitionOf(round);
  const rule = sheetRuleOf(round, definition);
  if (!rule && judgementRuleOf(round, definition)) {
    throw new DomainError(
      "ROUND_KIND_MISMATCH",
      [],
      `“${round.name}”按评价分（世赛评分法）评分，请用 submitJudgementMarks 提交评价分`,
    );
  }
  if (!rule) {
    throw new DomainError("ROUND_KIND_MISMATCH", [], `“${round.name}”不是由评委打分或评审委员会表决的轮次`);
  }
  return { definition, rule };
}

/** A stored exact value: decimal text ("86.5") or a fraction ("263/3"). */
export function storedFraction(text: string): Fraction {
  const slash = text.indexOf("/");
  if (slash < 0) return Fraction.fromDecimal(text);
  return Fraction.of(BigInt(text.slice(0, slash)), BigInt(text.slice(slash + 1)));
}

/**
 * The judgement-marks rule (评价分，世赛评分法) of a criteria-scoring round configured with
 * `judgementMarks` instead of `criteriaScoring`, or null.
 */
export function judgementRuleOf(round: { kind: RoundKind }, definition: ActivityRound): JudgementMarksRule | null {
  return round.kind === "CRITERIA_SCORING" ? definition.judgementMarks : null;
}

/**
 * A round whose panel is seated and assigned here — one judged through score sheets (criteria
 * scoring, a committee vote) or through judgement marks — with its number of judges per entry
 * (for judgement marks the rule's judgeCount, 3 when absent), or ROUND_KIND_MISMATCH.
 */
export function panelRoundOf(round: RoundWithActivity): { definition: ActivityRound; judgesPerEntry: number } {
  const definition = roundDefinitionOf(round);
  const judgement = judgementRuleOf(round, definition);
  if (judgement) return { definition, judgesPerEntry: judgement.judgeCount ?? defaultJudgementJudgeCount };
  criteriaRuleOf(round);
  return { definition, judgesPerEntry: definition.judgesPerEntry ?? 0 };
}

/**
 * The entry a judge is about to score, if it is still judged (an entry withdrawn since it was
 * assigned is not), with every reason this judge may not judge it (conflict of interest, recusal).
 */
export async function entryBeforeJudge(context: Context, roundId: number, registrationId: number, judgeUserId: number) {
  const [entry] = await context.prisma.registration.findMany({
    where: { id: registrationId, state: { in: [...judgedRegistrationStates] } },
    select: {
      id: true,
      name: true,
      categoryId: true,
      category: { select: { name: true } },
      organization: { select: { path: true } },
      members: { select: { worker: { select: { name: true } } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    },
  });
  if (!entry) throw new DomainError("NOT_FOUND");
  const [judge] = await judgeProfiles(context.prisma, roundId, [judgeUserId]);
  if (!judge) throw new DomainError("NOT_FOUND");
  const excluded = judgeExclusionReasons(judge, judgedEntryOf(entry), await recusalsOf(context.prisma, [entry.id]));
  return { entry, excluded };
}
