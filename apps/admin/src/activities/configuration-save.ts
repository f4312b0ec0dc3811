import { type ActivityConfiguration, chinaDateOf } from "@jinzhou/domain";
import { HttpError } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { type BasicsField, type BasicsForm, basicsFieldNames } from "./basics-form.ts";

/**
 * The calls that save an activity from the wizard: createActivity makes the draft from its kind's
 * template, updateActivity writes the basics and the configuration (the API checks the whole of
 * it again), schedulePublicVote sets the public vote's dates on its round.
 */
const createMutation = `mutation CreateDraft($kind: ActivityKind!, $code: String!, $name: String!, $year: Int!,
  $departmentId: ID!, $registrationOpensOn: String, $registrationClosesOn: String, $judgingEndsOn: String,
  $completedBy: String, $deadlinePhrase: String) {
  createActivity(kind: $kind, code: $code, name: $name, year: $year, departmentId: $departmentId,
    registrationOpensOn: $registrationOpensOn, registrationClosesOn: $registrationClosesOn,
    judgingEndsOn: $judgingEndsOn, completedBy: $completedBy, deadlinePhrase: $deadlinePhrase) { id version name }
}`;

const updateMutation = `mutation Configure($id: ID!, $version: Int!, $name: String, $registrationOpensOn: String,
  $registrationClosesOn: String, $judgingEndsOn: String, $completedBy: String, $deadlinePhrase: String,
  $configuration: JSON) {
  updateActivity(id: $id, version: $version, name: $name, registrationOpensOn: $registrationOpensOn,
    registrationClosesOn: $registrationClosesOn, judgingEndsOn: $judgingEndsOn, completedBy: $completedBy,
    deadlinePhrase: $deadlinePhrase, configuration: $configuration) { id version }
}`;

const voteRoundQuery = `query VoteRound($activityId: ID!) {
  allRounds(filter: { activityId: $activityId, kind: PUBLIC_VOTE }) { id }
}`;

const voteWindowQuery = `query VoteWindow($roundId: ID!) {
  publicVote(roundId: $roundId) { opensAt closesAt }
}`;

const scheduleMutation = `mutation ScheduleVote($roundId: ID!, $opensOn: String, $closesOn: String) {
  schedulePublicVote(roundId: $roundId, opensOn: $opensOn, closesOn: $closesOn) { id }
}`;

export interface DraftRef {
  id: string;
  version: number;
  name: string;
}

export const emptyToNull = (value: string) => (value.trim() === "" ? null : value.trim());

function datesOf(values: BasicsForm) {
  return {
    registrationOpensOn: emptyToNull(values.registrationOpensOn),
    registrationClosesOn: emptyToNull(values.registrationClosesOn),
    judgingEndsOn: emptyToNull(values.judgingEndsOn),
    completedBy: emptyToNull(values.completedBy),
    deadlinePhrase: emptyToNull(values.deadlinePhrase),
  };
}

export async function createDraft(values: BasicsForm): Promise<DraftRef> {
  const data = await requestGraphql<{ createActivity: DraftRef }>(createMutation, {
    kind: values.kind,
    code: values.code.trim(),
    name: values.name.trim(),
    year: Number(values.year),
    departmentId: values.departmentId,
    ...datesOf(values),
  });
  return data.createActivity;
}

export async function updateDraft(
  draft: { id: string; version: number },
  values: BasicsForm,
  configuration: ActivityConfiguration,
): Promise<{ id: string; version: number }> {
  const data = await requestGraphql<{ updateActivity: { id: string; version: number } }>(updateMutation, {
    id: draft.id,
    version: draft.version,
    name: values.name.trim(),
    ...datesOf(values),
    configuration,
  });
  return data.updateActivity;
}

/** The public vote's dates as China calendar days ("" when not set); closesAt is the instant after the last day. */
export async function readVotingSchedule(activityId: string): Promise<{ opensOn: string; closesOn: string }> {
  const data = await requestGraphql<{ allRounds: { id: string }[] }>(voteRoundQuery, { activityId });
  const roundId = data.allRounds[0]?.id;
  if (roundId === undefined) return { opensOn: "", closesOn: "" };
  const { publicVote: round } = await requestGraphql<{
    publicVote: { opensAt: string | null; closesAt: string | null };
  }>(voteWindowQuery, { roundId });
  return {
    opensOn: round?.opensAt ? chinaDateOf(new Date(round.opensAt)) : "",
    closesOn: round?.closesAt ? chinaDateOf(new Date(new Date(round.closesAt).getTime() - 1)) : "",
  };
}

/** Sets the public vote's days on its round; nothing when either day is empty. */
export async function scheduleVoting(activityId: string, opensOn: string, closesOn: string): Promise<void> {
  if (opensOn === "" || closesOn === "") return;
  const data = await requestGraphql<{ allRounds: { id: string }[] }>(voteRoundQuery, { activityId });
  const round = data.allRounds[0];
  if (!round) return;
  await requestGraphql(scheduleMutation, { roundId: round.id, opensOn, closesOn });
}

/** The API's whole refusal: its message and, when it listed several problems, each of them. */
export function saveErrorText(error: unknown): string {
  if (error instanceof HttpError) {
    const body = error.body as { errors?: { root?: { serverError?: string } } } | undefined;
    return body?.errors?.root?.serverError ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The basics' messages from an API refusal, per field ("code" → ["活动代码须为…"]). */
export function basicsFieldErrors(error: unknown): Partial<Record<BasicsField, string[]>> {
  if (!(error instanceof HttpError)) return {};
  const errors = (error.body as { errors?: Record<string, unknown> } | undefined)?.errors ?? {};
  const picked: Partial<Record<BasicsField, string[]>> = {};
  for (const field of basicsFieldNames) {
    const message = errors[field];
    if (typeof message === "string") picked[field] = message.split("；");
  }
  return picked;
}
