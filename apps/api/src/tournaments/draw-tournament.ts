import { randomInt } from "node:crypto";
import {
  DomainError,
  drawKnockout,
  drawKnockoutFromGroups,
  drawTournamentGroups,
  type GroupKnockoutQualifiers,
  groupKnockoutLotsByNumber,
  isDoublesEvent,
  knockoutDrawLotsByNumber,
  knockoutRoundCount,
  type Reason,
  roundRobinSchedule,
  shuffleByLotNumber,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { lockCategory, placingTransactionOptions } from "../registrations/place-category.ts";
import {
  entrantKey,
  knockoutSlot,
  registrationIdOf,
  type StoredGroup,
  type StoredKnockoutLine,
  type StoredTournamentDraw,
  storedDraw,
  type TournamentDrawMode,
} from "./stored-draw.ts";
import {
  activityStateReason,
  drawingStates,
  findTournamentEvent,
  requireTournamentManager,
  type TournamentEvent,
} from "./tournament-access.ts";
import { gamesOf, syncTournament } from "./tournament-sync.ts";

/** Lot numbers stay within a GraphQL Int (the domain takes up to 2³² − 1). */
export const maxLotNumber = 0x7fffffff;

export interface DrawTournamentInput {
  roundId: number;
  categoryId: number;
  mode: TournamentDrawMode;
  /** Registration ids, seed 1 first. */
  seedRegistrationIds: number[];
  /** The lot number read out at the draw; the computer draws one when null. */
  lotNumber: number | null;
  /** Required to draw again; a redraw is refused once any match has a score. */
  reason: string | null;
  /** Same-unit separation in the groups (同单位分组回避). */
  separateUnits: boolean;
}

/**
 * The draw (抽签) of one event: its confirmed entrants into groups (seeds heading them, the rest
 * by lot) and the knockout lines the group places will take (group winners seeded, byes to the
 * best seeds), or straight into a knockout. Every lot comes from one lot number, recorded with who
 * drew it and when, so anyone can redo the draw. Writes the draw, the group matches (round-robin
 * order of play) and every knockout match, audited, in one transaction.
 */
export async function drawTournament(context: Context, input: DrawTournamentInput): Promise<{ id: number }> {
  const actor = requireActor(context);
  const event = await findTournamentEvent(context, input.roundId, input.categoryId);
  await requireTournamentManager(context, event);
  const stateReason = activityStateReason(event, drawingStates, "抽签（报名截止后、比赛结束前才能抽签）");
  if (stateReason) throw refused([stateReason]);
  if (
    input.lotNumber !== null &&
    (!Number.isInteger(input.lotNumber) || input.lotNumber < 0 || input.lotNumber > maxLotNumber)
  ) {
    throw refused([{ code: "LOT_NUMBER_INVALID", message: `抽签号应为 0 到 ${maxLotNumber} 之间的整数` }], "lotNumber");
  }

  return context.prisma.$transaction(async (tx) => {
    await lockCategory(tx, event.category.id);
    const existing = await tx.tournamentDraw.findUnique({
      where: { roundId_categoryId: { roundId: event.round.id, categoryId: event.category.id } },
    });
    const reason = input.reason?.trim() || null;
    if (existing) {
      const reasons: Reason[] = [];
      if (!reason) reasons.push({ code: "ALREADY_DRAWN", message: "本项目已经抽签；如需重新抽签，须填写原因" });
      const played = await tx.match.findMany({
        where: { roundId: event.round.id, categoryId: event.category.id },
        select: { games: true },
      });
      if (played.some((row) => gamesOf(row) !== null)) {
        reasons.push({ code: "MATCHES_PLAYED", message: "已有比赛录入比分，不能重新抽签" });
      }
      if (reasons.length > 0) throw refused(reasons, "reason");
      await tx.match.deleteMany({ where: { roundId: event.round.id, categoryId: event.category.id } });
    }

    const entrants = await tx.registration.findMany({
      where: { categoryId: event.category.id, state: "CONFIRMED" },
      orderBy: { id: "asc" },
      select: { id: true, organizationId: true },
    });
    const lotNumber = input.lotNumber ?? randomInt(0, maxLotNumber + 1);
    const units = Object.fromEntries(entrants.map((row) => [entrantKey(row.id), String(row.organizationId)]));
    const draw = makeDraw(
      event,
      input,
      entrants.map((row) => row.id),
      input.separateUnits ? units : null,
      lotNumber,
      actor.userId,
    );
    if (existing) draw.redraws = storedDraw(existing.draw).redraws + 1;

    const saved = existing
      ? await tx.tournamentDraw.update({
          where: { id: existing.id },
          data: { draw: draw as object, drawnById: actor.userId, drawnAt: new Date(draw.lots.drawnAt) },
        })
      : await tx.tournamentDraw.create({
          data: {
            roundId: event.round.id,
            categoryId: event.category.id,
            draw: draw as object,
            drawnById: actor.userId,
            drawnAt: new Date(draw.lots.drawnAt),
          },
        });
    await tx.match.createMany({ data: matchRows(event, draw) });
    const synced = await syncTournament(tx, saved, actor.userId);
    await recordAuditEntry(tx, context.actor, {
      action: "TOURNAMENT_DRAW",
      entityType: "TournamentDraw",
      entityId: saved.id,
      activityId: event.activity.id,
      before: existing ? auditSummary(storedDraw(existing.draw)) : null,
      after: auditSummary(synced.draw),
      reason,
    });
    return { id: saved.id };
  }, placingTransactionOptions);
}

function makeDraw(
  event: TournamentEvent,
  input: DrawTournamentInput,
  entrants: number[],
  units: Record<string, string> | null,
  lotNumber: number,
  userId: number,
): StoredTournamentDraw {
  const format = event.format;
  const doubles = event.badmintonEvent ? isDoublesEvent(event.badmintonEvent) : false;
  const entrantKeys = entrants.map(entrantKey);
  const seeds = input.seedRegistrationIds.map(entrantKey);
  const seedSet = new Set(seeds);
  const unseeded = entrantKeys.filter((entrant) => !seedSet.has(entrant));
  const base = {
    badmintonEvent: event.badmintonEvent,
    format,
    entrants,
    seeds: input.seedRegistrationIds,
    groupLots: [],
    redraws: 0,
    unitsBySeparation: units,
  };
  const lotsBase = {
    lotNumber,
    source: input.lotNumber === null ? ("COMPUTER" as const) : ("ORGANIZER" as const),
    drawnAt: new Date().toISOString(),
    drawnByUserId: userId,
  };

  if (input.mode === "KNOCKOUT") {
    const lots = knockoutDrawLotsByNumber({ entrants: entrantKeys, seeds }, lotNumber);
    const outcome = drawKnockout({ entrants: entrantKeys, seeds, lots }, format);
    if (!outcome.ok) throw refused(outcome.reasons);
    const knockout = outcome.value;
    const seedOf = new Map(knockout.seedLines.map((line) => [line.line, line.seed]));
    return {
      ...base,
      mode: "KNOCKOUT",
      lots: {
        ...lotsBase,
        unseededOrder: knockout.lots.unseededOrder.map(registrationIdOf),
        seedSections: knockout.lots.seedSections,
        lineOrder: null,
      },
      groups: [],
      knockout: {
        size: knockout.size,
        byeLines: knockout.byeLines,
        lines: knockout.lines.map(
          (entrant, index): StoredKnockoutLine => ({
            line: index + 1,
            registrationId: entrant === null ? null : registrationIdOf(entrant),
            group: null,
            groupPlace: null,
            seed: seedOf.get(index + 1) ?? null,
            bye: entrant === null,
          }),
        ),
      },
      record: [`抽签号 ${lotNumber}`, ...knockout.record],
    };
  }

  const drawnOrder = shuffleByLotNumber(unseeded, lotNumber);
  const grouped = drawTournamentGroups({ entrants: entrantKeys, seeds, drawnOrder, doubles, units }, format);
  if (!grouped.ok) throw refused(grouped.reasons);
  const groups: StoredGroup[] = grouped.value.groups.map((group) => ({
    name: group.name,
    members: group.members.map(registrationIdOf),
    schedule: roundRobinSchedule(group.members).flatMap((round) =>
      round.pairings.map((pairing) => ({
        slot: "",
        round: round.round,
        a: registrationIdOf(pairing.a),
        b: registrationIdOf(pairing.b),
      })),
    ),
  }));
  for (const group of groups) {
    group.schedule.forEach((match, index) => {
      match.slot = `${group.name}-${index + 1}`;
    });
  }
  const places: GroupKnockoutQualifiers[] = groups.map((group) => ({
    group: group.name,
    qualifiers: Array.from(
      { length: Math.min(format.advancingPerGroup, group.members.length) },
      (_, place) => `${group.name}#${place + 1}`,
    ),
  }));
  const knockoutLots = groupKnockoutLotsByNumber(places, lotNumber);
  const knockoutOutcome = drawKnockoutFromGroups({ groups: places, lots: knockoutLots }, format);
  if (!knockoutOutcome.ok) throw refused(knockoutOutcome.reasons);
  const knockout = knockoutOutcome.value;
  const placementOf = new Map(knockout.placements.map((placement) => [placement.line, placement]));
  return {
    ...base,
    mode: "GROUPS_KNOCKOUT",
    lots: {
      ...lotsBase,
      unseededOrder: drawnOrder.map(registrationIdOf),
      seedSections: knockout.lots.seedSections,
      lineOrder: knockout.lots.lineOrder,
    },
    groups,
    knockout: {
      size: knockout.size,
      byeLines: knockout.byeLines,
      lines: knockout.lines.map((entrant, index): StoredKnockoutLine => {
        const placement = placementOf.get(index + 1);
        return {
          line: index + 1,
          registrationId: null,
          group: placement?.group ?? null,
          groupPlace: placement?.groupPlace ?? null,
          seed: placement?.seed ?? null,
          bye: entrant === null,
        };
      }),
    },
    record: [`抽签号 ${lotNumber}`, ...grouped.value.record, ...knockout.record],
  };
}

/** Every group match (entrants known) and every knockout match (entrants filled as results come). */
function matchRows(event: TournamentEvent, draw: StoredTournamentDraw) {
  const common = { roundId: event.round.id, categoryId: event.category.id };
  const group = draw.groups.flatMap((each) =>
    each.schedule.map((match) => ({
      ...common,
      stage: "GROUP" as const,
      slot: match.slot,
      entrantAId: match.a,
      entrantBId: match.b,
    })),
  );
  const size = draw.knockout.size;
  const knockout = Array.from({ length: knockoutRoundCount(size) }, (_, index) => index + 1).flatMap((round) =>
    Array.from({ length: size / 2 ** round }, (_, match) => ({
      ...common,
      stage: "KNOCKOUT" as const,
      slot: knockoutSlot(size, round, match + 1),
    })),
  );
  return [...group, ...knockout];
}

function auditSummary(draw: StoredTournamentDraw) {
  return {
    mode: draw.mode,
    separateUnits: draw.unitsBySeparation !== null,
    lots: draw.lots,
    seeds: draw.seeds,
    groups: draw.groups.map((group) => ({ name: group.name, members: group.members })),
    knockoutLines: draw.knockout.lines,
  };
}

function refused(reasons: Reason[], field = "draw"): DomainError {
  return new DomainError(
    "TOURNAMENT_DRAW_REFUSED",
    reasons.map((reason) => ({ field, ...reason })),
    `不能抽签：${reasons.map((reason) => reason.message).join("；")}`,
  );
}
