import { DomainError, type GameScore } from "@jinzhou/domain";
import { drawTournament } from "../tournaments/draw-tournament.ts";
import { recordMatchScore } from "../tournaments/record-match-score.ts";
import { scheduleMatch } from "../tournaments/schedule-match.ts";
import { storedDraw, type TournamentDrawMode } from "../tournaments/stored-draw.ts";
import type { DemoMoment, DemoStory } from "./demo-story.ts";

/** A match as the demo's organizer sees it on the schedule page. */
export interface DemoMatch {
  id: number;
  categoryId: number;
  stage: "GROUP" | "KNOCKOUT";
  slot: string;
  /** The group's round of play (1, 2, 3 …); null in the knockout. */
  groupRound: number | null;
  entrantAId: number | null;
  entrantBId: number | null;
}

/** The organizer draws one event with a lot number read out at the draw, no seeds, no unit separation. */
export async function drawEvent(
  story: DemoStory,
  organizer: string,
  moment: DemoMoment,
  event: { roundId: number; categoryId: number; mode: TournamentDrawMode; lotNumber: number },
): Promise<void> {
  await story.as(organizer, moment, (context) =>
    drawTournament(context, {
      roundId: event.roundId,
      categoryId: event.categoryId,
      mode: event.mode,
      seedRegistrationIds: [],
      lotNumber: event.lotNumber,
      reason: null,
      separateUnits: false,
    }),
  );
}

/** An event's matches in slot order, with each group match's round of play from the stored draw. */
export async function matchesOf(story: DemoStory, roundId: number, categoryId: number): Promise<DemoMatch[]> {
  const [draw, rows] = await Promise.all([
    story.prisma.tournamentDraw.findUniqueOrThrow({ where: { roundId_categoryId: { roundId, categoryId } } }),
    story.prisma.match.findMany({
      where: { roundId, categoryId },
      orderBy: { id: "asc" },
      select: { id: true, categoryId: true, stage: true, slot: true, entrantAId: true, entrantBId: true },
    }),
  ]);
  const roundOfSlot = new Map(
    storedDraw(draw.draw).groups.flatMap((group) => group.schedule.map((match) => [match.slot, match.round])),
  );
  return rows.map((row) => ({ ...row, groupRound: roundOfSlot.get(row.slot) ?? null }));
}

/** The courts of the venue, in the order the organizer fills them. */
export const demoCourts = ["锦州市体育馆 1号场", "锦州市体育馆 2号场", "锦州市体育馆 3号场", "锦州市体育馆 4号场"];

/** Start times of a playing day: every 40 minutes from 09:00 to 11:40 and from 14:00 to 16:40. */
const startTimes = ["09:00", "09:40", "10:20", "11:00", "11:40", "14:00", "14:40", "15:20", "16:00", "16:40"];

/**
 * The organizer's timetable (安排场地和时间): each match goes on the first court and start time of
 * its day (days from the load day; a match may start after the load) that the schedule rules
 * accept — the court free then and no player of either side on another court at that moment.
 */
export class DemoTimetable {
  private readonly taken = new Set<string>();

  constructor(
    private readonly story: DemoStory,
    private readonly organizer: string,
    private readonly moment: DemoMoment,
  ) {}

  /** Schedules the match on `day` from `from` (a start time) on; returns its start. */
  async place(match: DemoMatch, day: number, from = "09:00"): Promise<Date> {
    for (const time of startTimes.filter((each) => each >= from)) {
      const startsAt = new Date(`${this.story.day(day)}T${time}:00+08:00`);
      for (const court of demoCourts) {
        const key = `${startsAt.toISOString()} ${court}`;
        if (this.taken.has(key)) continue;
        const { version } = await this.story.prisma.match.findUniqueOrThrow({
          where: { id: match.id },
          select: { version: true },
        });
        try {
          await this.story.as(this.organizer, this.moment, (context) =>
            scheduleMatch(context, { id: match.id, court, scheduledAt: startsAt, version }),
          );
          this.taken.add(key);
          return startsAt;
        } catch (error) {
          // A player of this match is on another court then: try the next start time.
          if (error instanceof DomainError && error.code === "MATCH_SCHEDULE_REFUSED") break;
          throw error;
        }
      }
    }
    throw new Error(`demo: no court and time left on day ${day} for match ${match.id}`);
  }
}

/**
 * Game scores of a finished match, the same on every load: side A wins two matches in three, and
 * one match in three goes to a third game.
 */
function gamesFor(matchId: number): GameScore[] {
  const close = 15 + (matchId % 5);
  const aWins = Math.floor(matchId / 2) % 3 !== 0;
  const games: GameScore[] =
    matchId % 3 === 1
      ? [
          { a: 21, b: close },
          { a: close - 1, b: 21 },
          { a: 21, b: close - 2 },
        ]
      : [
          { a: 21, b: close },
          { a: 21, b: close - 3 },
        ];
  return aWins ? games : games.map((game) => ({ a: game.b, b: game.a }));
}

/** The referee's score sheet entered by the organizer (录入比分) after the match. */
export async function recordDemoScore(
  story: DemoStory,
  organizer: string,
  moment: DemoMoment,
  match: DemoMatch,
): Promise<void> {
  const { version } = await story.prisma.match.findUniqueOrThrow({
    where: { id: match.id },
    select: { version: true },
  });
  await story.as(organizer, moment, (context) =>
    recordMatchScore(context, { id: match.id, games: gamesFor(match.id), version, reason: null }),
  );
}
