import type { Bracket, BracketMatch, Entrant, KnockoutLine } from "./tournamentApi.ts";

/** What one side of a bracket match shows. */
export type BracketSide =
  | { kind: "entrant"; entrant: Entrant; seed: number | null; winner: boolean }
  /** A group place still to be decided, e.g. "A 组第 1 名". */
  | { kind: "source"; source: string; seed: number | null }
  | { kind: "bye" }
  /** The winner of an earlier match, e.g. of R8-1. */
  | { kind: "winnerOf"; slot: string }
  | { kind: "unknown" };

export interface BracketCell {
  match: BracketMatch;
  roundName: string;
  /** Grid column, 1 for the first round. */
  column: number;
  /** Grid rows (1-based) the match spans: a first-round match spans its two lines. */
  rowStart: number;
  rowSpan: number;
  sideA: BracketSide;
  sideB: BracketSide;
}

export interface BracketGrid {
  columns: number;
  rows: number;
  roundNames: string[];
  cells: BracketCell[];
}

/** "R8-3" → 3; slots that are not knockout slots sort last. */
export function slotNumber(slot: string): number {
  const match = /^R\d+-(\d+)$/.exec(slot);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/**
 * Lays the knockout out on a grid: one column per round, one row per line of the draw. The m-th
 * match of round r covers lines (m−1)·2^r + 1 … m·2^r, so each match sits between the two it is fed
 * by. A first-round side shows its line: the entrant, the group place it waits for, or a bye; a
 * later side the entrant once known, else the match it waits for.
 */
export function bracketLayout(bracket: Bracket, lines: readonly KnockoutLine[]): BracketGrid {
  const rounds = [...bracket.rounds].sort((one, other) => one.round - other.round);
  const lineByNumber = new Map(lines.map((line) => [line.line, line]));
  const cells: BracketCell[] = [];
  let previous: BracketMatch[] = [];
  for (const [index, round] of rounds.entries()) {
    const column = index + 1;
    const span = 2 ** column;
    const matches = [...round.matches].sort((one, other) => slotNumber(one.slot) - slotNumber(other.slot));
    matches.forEach((match, position) => {
      const side = (entrant: Entrant | null, feeder: number): BracketSide => {
        if (entrant) {
          const seed = column === 1 ? (lineByNumber.get(feeder)?.seed ?? null) : null;
          return { kind: "entrant", entrant, seed, winner: match.winner?.registrationId === entrant.registrationId };
        }
        if (column === 1) {
          const line = lineByNumber.get(feeder);
          if (!line) return { kind: "unknown" };
          if (line.bye) return { kind: "bye" };
          if (line.entrant) return { kind: "entrant", entrant: line.entrant, seed: line.seed, winner: false };
          if (line.source) return { kind: "source", source: line.source, seed: line.seed };
          return { kind: "unknown" };
        }
        const feeding = previous[feeder - 1];
        return feeding ? { kind: "winnerOf", slot: feeding.slot } : { kind: "unknown" };
      };
      // In round 1 the feeders are lines 2m−1 and 2m; later, the previous round's matches 2m−1 and 2m.
      cells.push({
        match,
        roundName: round.name,
        column,
        rowStart: position * span + 1,
        rowSpan: span,
        sideA: side(match.entrantA, 2 * position + 1),
        sideB: side(match.entrantB, 2 * position + 2),
      });
    });
    previous = matches;
  }
  return { columns: rounds.length, rows: bracket.size, roundNames: rounds.map((round) => round.name), cells };
}
