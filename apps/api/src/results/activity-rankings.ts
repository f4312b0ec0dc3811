import type { Prisma, PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type AwardResult,
  type AwardTrack,
  assignAwards,
  type BlockingTie,
  type CategoryRanking,
  Fraction,
  type OrganizerTieSeparation,
  type RankingEntrant,
  type Reason,
  rankEntries,
  recommendForProvincialContest,
} from "@jinzhou/domain";

type Db = PrismaClient | Prisma.TransactionClient;

/** Registrations that take part in the ranking: accepted and not withdrawn. */
export const rankedRegistrationStates = ["APPROVED", "CONFIRMED"] as const;

/** Exact text as stored: decimal ("86.5") or a fraction ("1079/12"). */
export function parseStoredFraction(text: string): Fraction {
  const slash = text.indexOf("/");
  if (slash < 0) return Fraction.fromDecimal(text);
  return Fraction.of(BigInt(text.slice(0, slash)), BigInt(text.slice(slash + 1)));
}

/** One category on one award track, ranked and (when no tie blocks) awarded. */
export interface TrackOutcome {
  categoryId: number;
  categoryKey: string;
  categoryName: string;
  track: AwardTrack;
  /** The ranking with the organizer's separations applied when they are valid. */
  ranking: CategoryRanking;
  /** null while a tie blocks the awards. */
  awards: AwardResult | null;
  blockingTies: BlockingTie[];
  /** Why awards could not be given (blocking ties, refused separations). */
  awardProblems: Reason[];
  /** Registration ids recommended to the provincial contest (city track only). */
  recommended: Set<number>;
  recommendationNotes: Reason[];
}

export interface ActivityRankings {
  outcomes: TrackOutcome[];
  /** Categories decided by matches, left to the tournament results. */
  skippedCategoryIds: number[];
  /** Configuration problems that keep a category from being ranked at all. */
  problems: Reason[];
}

export interface RankableActivity {
  id: number;
  configuration: Prisma.JsonValue;
}

/**
 * Ranks every category of the activity on every award track from the RoundResult rows, through the
 * domain's rules (entry totals, tie-breaks, awards, the organizer's recorded separations,
 * provincial recommendation). Reads everything in a few statements; writes nothing.
 */
export async function rankActivity(db: Db, activity: RankableActivity): Promise<ActivityRankings> {
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const [categories, registrations, separations] = await Promise.all([
    db.category.findMany({ where: { activityId: activity.id }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.registration.findMany({
      where: { activityId: activity.id, state: { in: [...rankedRegistrationStates] } },
      select: {
        id: true,
        name: true,
        categoryId: true,
        organization: { select: { name: true, path: true } },
        members: {
          select: { worker: { select: { name: true } } },
          orderBy: [{ isLeader: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
        },
        roundResults: { select: { result: true, untrimmedMean: true, round: { select: { key: true } } } },
        // 取消资格 in a public vote (the penalty's last step) takes the entry out of the ranking.
        votingPenalties: { where: { level: "DISQUALIFIED" }, select: { reason: true }, take: 1 },
      },
      orderBy: { id: "asc" },
    }),
    db.tieSeparation.findMany({ where: { activityId: activity.id } }),
  ]);
  const rounds = configuration.rounds ?? [];
  const decidedByMatches = rounds.some((round) => round.kind === "MATCHES");
  const categoryKeyById = new Map(categories.map((category) => [category.id, category.key]));
  const entrants: RankingEntrant[] = registrations.map((registration) => {
    const roundResults: Record<string, Fraction> = {};
    const untrimmedMeans: Record<string, Fraction> = {};
    for (const row of registration.roundResults) {
      roundResults[row.round.key] = parseStoredFraction(row.result);
      if (row.untrimmedMean !== null) untrimmedMeans[row.round.key] = parseStoredFraction(row.untrimmedMean);
    }
    return {
      entryId: registration.id,
      name: registration.name ?? registration.members.map((member) => member.worker.name).join("、"),
      organizationName: registration.organization.name,
      organizationPath: registration.organization.path,
      categoryKey: categoryKeyById.get(registration.categoryId) ?? "",
      roundResults,
      untrimmedMeans,
      disqualification: registration.votingPenalties[0]
        ? {
            code: "DISQUALIFIED",
            message: `因投票违规被取消资格（${registration.votingPenalties[0].reason}），不参加排名`,
          }
        : null,
    };
  });

  const outcomes: TrackOutcome[] = [];
  const skippedCategoryIds: number[] = [];
  const problems: Reason[] = [];
  for (const category of categories) {
    if (decidedByMatches) {
      // Tournaments (MATCHES rounds) are placed from their draws and matches by the tournament
      // results in apps/api/src/tournaments/; their Result rows are written there, not here.
      skippedCategoryIds.push(category.id);
      continue;
    }
    const rankingCategory = { key: category.key, name: category.name };
    for (const track of configuration.awardTracks ?? []) {
      const ranked = rankEntries({
        category: rankingCategory,
        track,
        rounds,
        tieBreaks: configuration.tieBreaks ?? [],
        entrants,
      });
      if (!ranked.ok) {
        problems.push(...ranked.reasons.map((reason) => prefixed(reason, `${category.name}（${track.name}）`)));
        continue;
      }
      const decided: OrganizerTieSeparation[] = separations
        .filter((row) => row.categoryId === category.id && row.trackKey === track.key)
        .map((row) => ({ orderedEntryIds: row.orderedEntryIds as number[], reason: row.reason }));
      const awarded = assignAwards(ranked.value, configuration.awards, decided);
      const ranking = awarded.ok ? awarded.value.ranking : ranked.value;
      const recommended = new Set<number>();
      const recommendationNotes: Reason[] = [];
      if (awarded.ok && track.level === "CITY" && configuration.provincialRecommendation) {
        const recommendation = recommendForProvincialContest(ranking, configuration.provincialRecommendation.quota);
        if (recommendation.ok) {
          for (const entry of recommendation.value.recommended) recommended.add(entry.entryId);
          recommendationNotes.push(...recommendation.value.notes);
        } else problems.push(...recommendation.reasons);
      }
      outcomes.push({
        categoryId: category.id,
        categoryKey: category.key,
        categoryName: category.name,
        track,
        ranking,
        awards: awarded.ok ? awarded.value : null,
        blockingTies: awarded.ok ? [] : awarded.blockingTies,
        awardProblems: awarded.ok ? [] : awarded.reasons,
        recommended,
        recommendationNotes,
      });
    }
  }
  return { outcomes, skippedCategoryIds, problems };
}

function prefixed(reason: Reason, where: string): Reason {
  return { code: reason.code, message: `${where}：${reason.message}` };
}
