import type { ConfirmedEntry, TournamentDraw } from "./tournamentApi.ts";

/** A confirmed entry's name: the team's name, else its players (leader first) joined by " / ". */
export function entryLabel(entry: ConfirmedEntry): string {
  if (entry.name?.trim()) return entry.name;
  const members = [...entry.members].sort((one, other) => Number(other.isLeader) - Number(one.isLeader));
  return members.map((member) => member.name).join(" / ");
}

/** Every entrant the draw names, by registration id. */
export function entrantNames(draw: TournamentDraw): Map<string, string> {
  const names = new Map<string, string>();
  const add = (entrant: { registrationId: string; name: string } | null) => {
    if (entrant) names.set(entrant.registrationId, entrant.name);
  };
  for (const seed of draw.seeds) add(seed.entrant);
  for (const group of draw.groups) for (const member of group.members) add(member);
  for (const line of draw.knockoutLines) add(line.entrant);
  return names;
}

export interface LotsView {
  /** The unseeded entrants in the order their lots were drawn. */
  unseededOrder: string[];
  /** The knockout seeding draw, one band per seed range (seeds 3–4, 5–8 …), as drawn. */
  seedSections: number[][];
  /** The open knockout lines in drawn order (group places fill them by the rule, first drawn first). */
  lineOrder: number[];
}

/** The raw lots (registration ids, line numbers) with names put in; an unknown id stays "#id". */
export function lotsView(draw: TournamentDraw): LotsView {
  const names = entrantNames(draw);
  const lots = draw.lots ?? {};
  return {
    unseededOrder: (lots.unseededOrder ?? []).map((id) => names.get(String(id)) ?? `#${id}`),
    seedSections: (lots.seedSections ?? []).filter((band) => band.length > 0),
    lineOrder: lots.lineOrder ?? [],
  };
}

/** Moves one seed up or down in the seed list (seed 1 first); out of range leaves it as it is. */
export function moveSeed(seeds: readonly string[], index: number, by: -1 | 1): string[] {
  const target = index + by;
  if (index < 0 || index >= seeds.length || target < 0 || target >= seeds.length) return [...seeds];
  const next = [...seeds];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** The lot number typed: blank → null (the computer draws one), a whole number 0–2147483647, or an error. */
export function parseLotNumber(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (!/^\d{1,10}$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value <= 0x7fffffff ? { ok: true, value } : { ok: false };
}
