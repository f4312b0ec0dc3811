import { isUniqueViolation } from "@jinzhou/db";
import {
  chinaDateOf,
  DomainError,
  decideBallot,
  type ErrorCode,
  formatChineseDate,
  type Reason,
  type VoterIdentity,
  validationError,
  voterIdentityReasons,
  voterKeyOf,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { findVoteRound, voteCandidates, votingRulesOf } from "./public-vote-round.ts";
import { verifiedPhoneOf } from "./voter-codes.ts";

export interface BallotRequest {
  roundId: number;
  /** The candidates' registration ids. */
  candidateIds: number[];
  /** From verifyVoterCode, for a voter identified by a verified phone. */
  voterToken?: string | null;
  /** Client-chosen; a retry from the same voter with the same key returns the first ballot. */
  idempotencyKey?: string | null;
}

const idempotencyKeyMaxLength = 100;
const maxAttempts = 50;
const transactionOptions = { maxWait: 60_000, timeout: 60_000 } as const;

/**
 * A voter casts one ballot (选票) in an open public vote: a signed-in worker, or a phone verified by
 * SMS code (a voter token); anonymous ballots are refused. Every rule is the domain's
 * (decideBallot): the window, the candidates, the per-voter and per-address limits per China day.
 * The decision is taken inside a transaction that first row-locks the round, so ballots and the
 * closing of the vote never interleave; the unique indexes on (voter, day, voterSequence) and
 * (address, day, ipSequence) make a second ballot over the limit impossible whatever happens, and
 * a ballot that loses such a race is decided again on what is now stored.
 */
export async function castBallot(context: Context, request: BallotRequest): Promise<{ id: number }> {
  const voter = await voterOf(context, request.voterToken ?? null);
  const voterKey = voterKeyOf(voter);
  if (voterKey === null) throw refusal("ANONYMOUS_VOTE", voterIdentityReasons(voter));
  const idempotencyKey = request.idempotencyKey?.trim() || null;
  if (idempotencyKey !== null && idempotencyKey.length > idempotencyKeyMaxLength) {
    throw validationError([
      { field: "idempotencyKey", code: "INVALID", message: `请求编号须为 1–${idempotencyKeyMaxLength} 个字符` },
    ]);
  }
  const round = await findVoteRound(context.prisma, request.roundId);
  const rules = votingRulesOf(round);
  const ipAddress = context.clientAddress;

  for (let attempt = 1; ; attempt++) {
    try {
      return await context.prisma.$transaction(async (tx) => {
        // The round's row lock: a closing vote waits for ballots in flight, and they for it.
        const open = await tx.round.updateMany({ where: { id: round.id, closedAt: null }, data: { closedAt: null } });
        if (idempotencyKey !== null) {
          const earlier = await tx.ballot.findUnique({
            where: { roundId_voterKey_idempotencyKey: { roundId: round.id, voterKey, idempotencyKey } },
            select: { id: true },
          });
          if (earlier) return earlier;
        }
        if (open.count === 0) throw new DomainError("VOTING_CLOSED", [], "投票已结束并已计票，不能再投票");
        if (round.opensAt === null || round.closesAt === null) {
          throw new DomainError("VOTING_NOT_OPEN", [], "投票时间尚未确定，暂不能投票");
        }
        const castAt = new Date();
        const votingDay = chinaDateOf(castAt);
        const [candidates, recorded] = await Promise.all([
          voteCandidates(tx, round),
          tx.ballot.findMany({
            where: { roundId: round.id, votingDay, OR: [{ voterKey }, { ipAddress }] },
            select: { voterKey: true, ipAddress: true, castAt: true, voterSequence: true, ipSequence: true },
          }),
        ]);
        const decision = decideBallot(
          { voter, ipAddress, castAt, candidateIds: request.candidateIds },
          {
            rules,
            window: { opensAt: round.opensAt, closesAt: round.closesAt },
            candidates: candidates.map((candidate) => ({
              candidateId: candidate.registrationId,
              name: candidate.name,
              disqualified: candidate.disqualified,
            })),
            recordedBallots: recorded,
          },
        );
        if (!decision.ok) throw ballotRefusal(decision.reasons, votingDay);
        const { ballot } = decision;
        const nextOf = (rows: { sequence: number }[]) => Math.max(0, ...rows.map((row) => row.sequence)) + 1;
        const voterSequence = nextOf(
          recorded.filter((row) => row.voterKey === voterKey).map((row) => ({ sequence: row.voterSequence })),
        );
        const ipSequence = nextOf(
          recorded.filter((row) => row.ipAddress === ballot.ipAddress).map((row) => ({ sequence: row.ipSequence })),
        );
        // The sequences are the stored form of the limits (see the Ballot model): never past them.
        if (voterSequence > rules.ballotsPerVoterPerDay || ipSequence > rules.ballotsPerIpPerDay) {
          throw new DomainError("VOTE_LIMIT_REACHED");
        }
        const created = await tx.ballot.create({
          data: {
            roundId: round.id,
            voterKey,
            ipAddress: ballot.ipAddress,
            castAt,
            votingDay: ballot.votingDay,
            voterSequence,
            ipSequence,
            idempotencyKey,
            votes: {
              create: ballot.candidateIds.map((registrationId) => ({ roundId: round.id, registrationId })),
            },
          },
          select: { id: true },
        });
        await recordAuditEntry(tx, context.actor, {
          action: "BALLOT_CAST",
          entityType: "Ballot",
          entityId: created.id,
          activityId: round.activityId,
          // Never the phone: a phone voter is recorded as such, a worker by their id.
          after: {
            roundId: round.id,
            candidateIds: ballot.candidateIds,
            votingDay: ballot.votingDay,
            voter:
              voter.kind === "WORKER_ACCOUNT" ? { kind: voter.kind, workerId: voter.workerId } : { kind: voter.kind },
            ipAddress: ballot.ipAddress,
          },
        });
        return created;
      }, transactionOptions);
    } catch (error) {
      // Another ballot took the same sequence number (or the same key) first: decide again.
      if (isUniqueViolation(error) && attempt < maxAttempts) continue;
      throw error;
    }
  }
}

/**
 * Who votes: a voter token names a verified phone (resolved to the worker who has that phone, so a
 * worker voting both ways counts once); otherwise a signed-in worker; otherwise nobody.
 */
export async function voterOf(context: Context, voterToken: string | null): Promise<VoterIdentity> {
  if (voterToken !== null && voterToken.trim() !== "") {
    const phone = await verifiedPhoneOf(context, voterToken.trim());
    if (phone === null) throw new DomainError("VOTER_CODE_INVALID", [], "手机验证已过期或无效，请重新获取验证码");
    const worker = await context.prisma.worker.findFirst({
      where: { phone },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    return worker ? { kind: "WORKER_ACCOUNT", workerId: worker.id } : { kind: "PHONE", phone, verified: true };
  }
  const actor = context.actor;
  if (actor?.role === "WORKER" && actor.workerId !== null) return { kind: "WORKER_ACCOUNT", workerId: actor.workerId };
  return { kind: "ANONYMOUS" };
}

/** The refusal's code by what matters most to the voter; every reason goes along as a field error. */
function ballotRefusal(domainReasons: Reason[], votingDay: string): DomainError {
  // The address limit resets at midnight China time, as the voter's does: say when.
  const reasons = domainReasons.map((reason) =>
    reason.code === "IP_DAILY_LIMIT_REACHED"
      ? { ...reason, message: `${reason.message}，请于${formatChineseDate(nextChinaDay(votingDay))}再来` }
      : reason,
  );
  const codes = new Set(reasons.map((reason) => reason.code));
  let code: ErrorCode = "BALLOT_INVALID";
  if (codes.has("VOTING_NOT_OPEN")) code = "VOTING_NOT_OPEN";
  else if (codes.has("VOTING_CLOSED")) code = "VOTING_CLOSED";
  else if (codes.has("VOTER_DAILY_LIMIT_REACHED") || codes.has("IP_DAILY_LIMIT_REACHED")) code = "VOTE_LIMIT_REACHED";
  return refusal(code, reasons);
}

function refusal(code: ErrorCode, reasons: Reason[]): DomainError {
  const fieldErrors = reasons.map((reason) => ({
    field: fieldOf(reason.code),
    code: reason.code,
    message: reason.message,
  }));
  const message = reasons.length > 0 ? reasons.map((reason) => reason.message).join("；") : undefined;
  return new DomainError(code, fieldErrors, message);
}

function nextChinaDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function fieldOf(reasonCode: string): string {
  if (reasonCode.startsWith("BALLOT_")) return "candidateIds";
  if (reasonCode.startsWith("VOTER_")) return "voter";
  if (reasonCode.startsWith("IP_")) return "ipAddress";
  return "roundId";
}
