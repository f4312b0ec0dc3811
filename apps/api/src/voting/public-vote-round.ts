import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  DomainError,
  defaultVotingRules,
  type PublicVote,
  type VotingPenaltyLevel,
  type VotingRules,
  votingPenaltyLevels,
} from "@jinzhou/domain";
import { requireActivityManager } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/** A database handle inside or outside a transaction. */
export type Db = Context["prisma"] | Prisma.TransactionClient;

/** Registrations that passed the preliminary review (初评) stand in the vote. */
export const candidateStates = ["APPROVED", "CONFIRMED"] as const;

/** A PUBLIC_VOTE round with its activity, or NOT_FOUND. Anyone (the public too) may read a vote. */
export async function findVoteRound(db: Db, roundId: number) {
  const round = await db.round.findUnique({
    where: { id: roundId },
    include: {
      activity: {
        select: { id: true, name: true, state: true, configuration: true, department: { select: { code: true } } },
      },
    },
  });
  if (round?.kind !== "PUBLIC_VOTE") throw new DomainError("NOT_FOUND", [], "没有找到这项公众投票");
  return round;
}

export type VoteRound = Awaited<ReturnType<typeof findVoteRound>>;

/** Ballots are taken now: the round is scheduled, not closed early, and `now` lies in [opensAt, closesAt). */
export function isVoteRoundOpen(
  round: { opensAt: Date | null; closesAt: Date | null; closedAt: Date | null },
  now: number,
): boolean {
  return (
    round.closedAt === null &&
    round.opensAt !== null &&
    round.closesAt !== null &&
    round.opensAt.getTime() <= now &&
    now < round.closesAt.getTime()
  );
}

/** The activity's voting rules; an activity with a public vote but no rules uses the defaults. */
export function votingRulesOf(round: VoteRound): VotingRules {
  const configuration = round.activity.configuration as unknown as ActivityConfiguration;
  return configuration.voting ?? defaultVotingRules;
}

/** The round, for the admin or an organizer of the owning department; anyone else is FORBIDDEN. */
export async function requireVoteOrganizer(context: Context, roundId: number) {
  const round = await findVoteRound(context.prisma, roundId);
  const performer = await requireActivityManager(context, round.activity.department.code);
  return { round, performer };
}

export interface VoteCandidateRow {
  registrationId: number;
  name: string;
  organizationName: string;
  story: string | null;
  /** The candidate's photo (GET /files/attachments/:id, public for candidates past the preliminary review). */
  photoUrl: string | null;
  disqualified: boolean;
  penaltyLevel: VotingPenaltyLevel;
}

/**
 * The candidates of a vote in registration order: every registration of the activity past the
 * preliminary review, plus any other registration that holds votes (so a tally never drops one).
 * Names, units and stories only: never ID numbers or phones.
 */
export async function voteCandidates(db: Db, round: { id: number; activityId: number }): Promise<VoteCandidateRow[]> {
  const [registrations, penalties] = await Promise.all([
    db.registration.findMany({
      where: {
        activityId: round.activityId,
        OR: [{ state: { in: [...candidateStates] } }, { votes: { some: { roundId: round.id } } }],
      },
      orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        state: true,
        details: true,
        organization: { select: { name: true } },
        attachments: { where: { kind: "PHOTO" }, orderBy: { id: "asc" }, take: 1, select: { id: true } },
        members: {
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
          take: 1,
          select: { worker: { select: { name: true } } },
        },
      },
    }),
    db.votingPenalty.findMany({ where: { roundId: round.id }, select: { registrationId: true, level: true } }),
  ]);
  const levels = new Map<number, VotingPenaltyLevel>();
  for (const penalty of penalties) {
    const current = levels.get(penalty.registrationId) ?? "NONE";
    if (votingPenaltyLevels.indexOf(penalty.level) > votingPenaltyLevels.indexOf(current)) {
      levels.set(penalty.registrationId, penalty.level);
    }
  }
  return registrations.map((registration) => {
    // A public recommendation carries the recommender's story; a unit's nomination its citation (主要事迹).
    const details = (registration.details ?? {}) as { story?: unknown; citation?: unknown };
    const story = typeof details.story === "string" ? details.story : details.citation;
    const penaltyLevel = levels.get(registration.id) ?? "NONE";
    return {
      registrationId: registration.id,
      name: registration.name ?? registration.members[0]?.worker.name ?? `编号 ${registration.id}`,
      organizationName: registration.organization.name,
      story: typeof story === "string" ? story : null,
      // Only candidates past the preliminary review have a public photo (attachment-access.ts).
      photoUrl:
        candidateStates.includes(registration.state as (typeof candidateStates)[number]) && registration.attachments[0]
          ? `/files/attachments/${registration.attachments[0].id}`
          : null,
      disqualified: penaltyLevel === "DISQUALIFIED",
      penaltyLevel,
    };
  });
}

/** Every vote of a round as the domain reads them (for tallies and suspicious patterns). */
export async function roundVotes(db: Db, roundId: number): Promise<PublicVote[]> {
  const votes = await db.vote.findMany({
    where: { roundId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      ballotId: true,
      registrationId: true,
      voidedAt: true,
      voidReason: true,
      voidedById: true,
      ballot: { select: { voterKey: true, ipAddress: true, castAt: true } },
    },
  });
  return votes.map((vote) => ({
    voteId: vote.id,
    ballotId: vote.ballotId,
    candidateId: vote.registrationId,
    voterKey: vote.ballot.voterKey,
    ipAddress: vote.ballot.ipAddress,
    castAt: vote.ballot.castAt,
    voiding:
      vote.voidedAt === null
        ? null
        : { reason: vote.voidReason ?? "", voidedBy: vote.voidedById ?? 0, voidedAt: vote.voidedAt },
  }));
}
