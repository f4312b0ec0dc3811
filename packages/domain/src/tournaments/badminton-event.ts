import type { Reason } from "../errors.ts";
import type { Gender } from "../id-number.ts";

/** The five events of the worker badminton tournament (比赛项目). */
export type BadmintonEvent = "MENS_SINGLES" | "WOMENS_SINGLES" | "MENS_DOUBLES" | "WOMENS_DOUBLES" | "MIXED_DOUBLES";

export const badmintonEvents: readonly BadmintonEvent[] = [
  "MENS_SINGLES",
  "WOMENS_SINGLES",
  "MENS_DOUBLES",
  "WOMENS_DOUBLES",
  "MIXED_DOUBLES",
];

export const badmintonEventLabels: Record<BadmintonEvent, string> = {
  MENS_SINGLES: "男单",
  WOMENS_SINGLES: "女单",
  MENS_DOUBLES: "男双",
  WOMENS_DOUBLES: "女双",
  MIXED_DOUBLES: "混双",
};

/** Who an entry of the event consists of: one player, or a pair with these genders. */
const eventPlayers: Record<BadmintonEvent, readonly Gender[]> = {
  MENS_SINGLES: ["MALE"],
  WOMENS_SINGLES: ["FEMALE"],
  MENS_DOUBLES: ["MALE", "MALE"],
  WOMENS_DOUBLES: ["FEMALE", "FEMALE"],
  MIXED_DOUBLES: ["MALE", "FEMALE"],
};

const eventRequirementText: Record<BadmintonEvent, string> = {
  MENS_SINGLES: "1 名男选手",
  WOMENS_SINGLES: "1 名女选手",
  MENS_DOUBLES: "2 名男选手",
  WOMENS_DOUBLES: "2 名女选手",
  MIXED_DOUBLES: "1 名男选手和 1 名女选手",
};

export function isBadmintonEvent(value: string): value is BadmintonEvent {
  return (badmintonEvents as readonly string[]).includes(value);
}

/** 1 for singles, 2 for doubles. */
export function playersPerBadmintonEntry(event: BadmintonEvent): number {
  return eventPlayers[event].length;
}

/** Doubles entrants are pairs (对), singles entrants are players (人): used when counting ties. */
export function isDoublesEvent(event: BadmintonEvent): boolean {
  return playersPerBadmintonEntry(event) === 2;
}

/**
 * Whether an entry's players (their genders, from their ID numbers) fit the event: 男双 needs two
 * men, 混双 one man and one woman. Empty when they fit.
 */
export function checkBadmintonEntryPlayers(event: BadmintonEvent, genders: readonly Gender[]): Reason[] {
  const required = eventPlayers[event];
  const label = badmintonEventLabels[event];
  const sameCount = genders.length === required.length;
  const men = genders.filter((gender) => gender === "MALE").length;
  const requiredMen = required.filter((gender) => gender === "MALE").length;
  if (sameCount && men === requiredMen) return [];
  return [
    {
      code: sameCount ? "BADMINTON_ENTRY_GENDER" : "BADMINTON_ENTRY_PLAYER_COUNT",
      message: `${label}报名须为 ${eventRequirementText[event]}`,
    },
  ];
}
