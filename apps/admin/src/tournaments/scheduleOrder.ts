import type { MatchRow } from "./tournamentApi.ts";

/**
 * The schedule's order: group matches first (by group, then match number), then the knockout
 * round by round (R8 before R4 before the final), each by match number.
 */
export function slotOrder(one: MatchRow, other: MatchRow): number {
  return (
    stageRank(one) - stageRank(other) ||
    groupOrRound(one).localeCompare(groupOrRound(other)) ||
    numberOf(one) - numberOf(other)
  );
}

const stageRank = (match: MatchRow) => (match.stage === "GROUP" ? 0 : 1);

/** "A" for group A; for the knockout a key where larger rounds (R16, R8) come before smaller ones. */
function groupOrRound(match: MatchRow): string {
  const knockout = /^R(\d+)-/.exec(match.slot);
  if (knockout) return String(100000 - Number(knockout[1])).padStart(6, "0");
  return match.slot.split("-")[0] ?? match.slot;
}

function numberOf(match: MatchRow): number {
  const number = Number(match.slot.split("-")[1]);
  return Number.isFinite(number) ? number : match.matchNumber;
}
