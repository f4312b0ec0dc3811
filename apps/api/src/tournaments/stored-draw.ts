import type { BadmintonEvent, TournamentFormat } from "@jinzhou/domain";

/**
 * What `TournamentDraw.draw` holds (plain JSON). The domain's tournament rules speak of entrants
 * as strings; the database's entrants are registration ids (numbers). The conversion happens
 * here, at the boundary: an entrant string is the registration id in decimal.
 */

/** 小组赛+淘汰赛, or 直接淘汰赛 for a small field. */
export type TournamentDrawMode = "GROUPS_KNOCKOUT" | "KNOCKOUT";

export const tournamentDrawModeLabels: Record<TournamentDrawMode, string> = {
  GROUPS_KNOCKOUT: "小组循环赛后淘汰赛",
  KNOCKOUT: "直接淘汰赛",
};

/** One line of the knockout draw: a known entrant, a group place still to be decided, or a bye. */
export interface StoredKnockoutLine {
  line: number;
  /** The entrant on the line once known. */
  registrationId: number | null;
  /** In a group-then-knockout draw: which group's which place takes this line ("A", 2). */
  group: string | null;
  groupPlace: number | null;
  /** The knockout seed on this line, or null. */
  seed: number | null;
  bye: boolean;
}

export interface StoredGroup {
  name: string;
  /** Group order: the group's seed first, then the unseeded in drawn order. */
  members: number[];
  /** The round-robin order of play: slot "A-3" is the 3rd match in this list. */
  schedule: { slot: string; round: number; a: number; b: number }[];
}

/** Lots drawn to separate entrants of a group still level after every other criterion. */
export interface StoredGroupLots {
  group: string;
  tied: number[];
  /** Best first. */
  order: number[];
  lotNumber: number;
  drawnAt: string;
  drawnByUserId: number | null;
}

export interface StoredTournamentDraw {
  mode: TournamentDrawMode;
  badmintonEvent: BadmintonEvent | null;
  format: TournamentFormat;
  entrants: number[];
  /** Seed 1 first. */
  seeds: number[];
  /** Every random value the draw used, and who drew it when: with these the draw can be redone. */
  lots: {
    /** The lot number (抽签号) all lots come from (shuffleByLotNumber). */
    lotNumber: number;
    /** Entered by the organizer (e.g. read out at the ceremony), or drawn by the computer. */
    source: "ORGANIZER" | "COMPUTER";
    drawnAt: string;
    drawnByUserId: number;
    /** The unseeded entrants in drawn order. */
    unseededOrder: number[];
    /** The knockout seeding draw (KnockoutSeedSectionLots). */
    seedSections: number[][];
    /** Group-then-knockout: the open knockout lines in drawn order (GroupKnockoutLots.lineOrder). */
    lineOrder: number[] | null;
  };
  groups: StoredGroup[];
  knockout: { size: number; lines: StoredKnockoutLine[]; byeLines: number[] };
  /** What was done and why, in Chinese: the group draw's record, then the knockout's. */
  record: string[];
  groupLots: StoredGroupLots[];
  /** How many times it was redrawn (each with a reason, in the audit log). */
  redraws: number;
  /**
   * Same-unit separation: each entrant's unit (registration id → organization id, as the domain's
   * strings) the group draw kept apart, or null when the organizer drew without it.
   */
  unitsBySeparation: Record<string, string> | null;
}

export function storedDraw(json: unknown): StoredTournamentDraw {
  return json as StoredTournamentDraw;
}

/** A registration id as the domain's entrant string, and back. */
export const entrantKey = (registrationId: number): string => String(registrationId);
export const registrationIdOf = (entrant: string): number => Number(entrant);

/** "R8-3": the 3rd match of the round of 8 (round 1 of an 8-line draw); "R2-1" is the final. */
export function knockoutSlot(size: number, round: number, matchNumber: number): string {
  return `R${size / 2 ** (round - 1)}-${matchNumber}`;
}

export function parseKnockoutSlot(size: number, slot: string): { round: number; matchNumber: number } | null {
  const match = /^R(\d+)-(\d+)$/.exec(slot);
  if (!match) return null;
  const round = Math.log2(size / Number(match[1])) + 1;
  return Number.isInteger(round) ? { round, matchNumber: Number(match[2]) } : null;
}
