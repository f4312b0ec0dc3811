import {
  type ActivityConfiguration,
  type ActivityState,
  type BadmintonEvent,
  DomainError,
  defaultTournamentFormat,
  type TournamentFormat,
} from "@jinzhou/domain";
import { requireActivityManager } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/** Draws, schedules, tables and brackets are public once registration has closed. */
export const publicTournamentStates: readonly ActivityState[] = [
  "REGISTRATION_CLOSED",
  "JUDGING",
  "PUBLIC_NOTICE",
  "FINAL",
];

/** The organizer draws and schedules after registration closes and while matches are played. */
export const drawingStates: readonly ActivityState[] = ["REGISTRATION_CLOSED", "JUDGING"];

/** Scores are entered while the activity is being decided (评审中). */
export const scoringStates: readonly ActivityState[] = ["JUDGING"];

export interface TournamentEvent {
  round: { id: number; name: string; kind: string };
  category: { id: number; name: string; key: string };
  activity: { id: number; name: string; state: ActivityState; departmentCode: string };
  format: TournamentFormat;
  badmintonEvent: BadmintonEvent | null;
}

/**
 * A category of a MATCHES round (one event of the tournament: 男单 …) with its activity and the
 * format the activity configures, or NOT_FOUND. The public (no sign-in) sees only activities
 * whose registration has closed; everyone signed in sees any.
 */
export async function findTournamentEvent(context: Context, roundId: number, categoryId: number) {
  const [round, category] = await Promise.all([
    context.prisma.round.findUnique({
      where: { id: roundId },
      select: {
        id: true,
        name: true,
        kind: true,
        activity: {
          select: { id: true, name: true, state: true, configuration: true, department: { select: { code: true } } },
        },
      },
    }),
    context.prisma.category.findUnique({
      where: { id: categoryId },
      select: { id: true, name: true, key: true, activityId: true },
    }),
  ]);
  if (!round || !category || category.activityId !== round.activity.id) throw new DomainError("NOT_FOUND");
  if (context.actor === null && !publicTournamentStates.includes(round.activity.state)) {
    throw new DomainError("NOT_FOUND");
  }
  if (round.kind !== "MATCHES") {
    throw new DomainError("NOT_FOUND", [], `“${round.name}”不是比赛对阵轮次，没有抽签和对阵`);
  }
  const configuration = round.activity.configuration as unknown as ActivityConfiguration;
  const configured = configuration.categories?.find((each) => each.categoryId === category.key);
  const event: TournamentEvent = {
    round: { id: round.id, name: round.name, kind: round.kind },
    category: { id: category.id, name: category.name, key: category.key },
    activity: {
      id: round.activity.id,
      name: round.activity.name,
      state: round.activity.state,
      departmentCode: round.activity.department.code,
    },
    format: configuration.tournament ?? defaultTournamentFormat,
    badmintonEvent: configured?.badmintonEvent ?? null,
  };
  return event;
}

/** The admin or an organizer of the owning department; anyone else is FORBIDDEN. */
export async function requireTournamentManager(context: Context, event: TournamentEvent) {
  return requireActivityManager(context, event.activity.departmentCode);
}

/** Is the activity in one of `states`? Otherwise a refusal with `code` saying which state it is in. */
export function activityStateReason(
  event: TournamentEvent,
  states: readonly ActivityState[],
  what: string,
): { code: string; message: string } | null {
  if (states.includes(event.activity.state)) return null;
  return { code: "ACTIVITY_STATE", message: `活动当前状态下不能${what}` };
}
