// Preparing activities over GraphQL as an organizer's client would: creating them on a calendar
// relative to today, moving them on, leaving the review of entries to the organizer alone.
import type { SessionApi } from "./browser-session.ts";
import { chinaDay } from "./calendar.ts";

/** The department of the account whose token this is. */
export async function departmentOf(session: SessionApi, token: string): Promise<string> {
  return (await session.graphql<{ me: { departmentId: string } }>("{ me { departmentId } }", {}, token)).me
    .departmentId;
}

export interface NewActivity {
  /** An ActivityKind, e.g. SKILLS_CONTEST. */
  kind: string;
  code: string;
  name: string;
  /** What to read back from the created activity; `id` unless told. */
  fields?: string;
  /** Its calendar, in days from today; registration opens today and closes in 30 days, judging ends in 60 and all is done in 70 unless told. */
  days?: { opens: number; closes: number; judgingEnds: number; completedBy: number };
}

/**
 * Creates an activity in the department of the token's account, this year, from its kind's
 * template, on the calendar `activity.days` gives (by default registration opens today and closes in
 * 30 days, judging ends in 60, all is done in 70).
 * Returns the fields asked for.
 */
export async function createActivity<T extends { id: string } = { id: string }>(
  session: SessionApi,
  token: string,
  activity: NewActivity,
): Promise<T> {
  const days = activity.days ?? { opens: 0, closes: 30, judgingEnds: 60, completedBy: 70 };
  const created = await session.graphql<{ createActivity: T }>(
    `mutation ($d: ID!, $kind: ActivityKind!, $code: String!, $name: String!, $year: Int!,
      $o: String!, $c: String!, $j: String!, $e: String!) {
      createActivity(kind: $kind, code: $code, name: $name, year: $year, departmentId: $d,
        registrationOpensOn: $o, registrationClosesOn: $c, judgingEndsOn: $j, completedBy: $e) { ${activity.fields ?? "id"} }
    }`,
    {
      d: await departmentOf(session, token),
      kind: activity.kind,
      code: activity.code,
      name: activity.name,
      year: Number(chinaDay(0).slice(0, 4)),
      o: chinaDay(days.opens),
      c: chinaDay(days.closes),
      j: chinaDay(days.judgingEnds),
      e: chinaDay(days.completedBy),
    },
    token,
  );
  return created.createActivity;
}

/** Moves an activity to another state (e.g. REGISTRATION_OPEN), with a reason where one is needed. */
export async function transitionActivity(
  session: SessionApi,
  token: string,
  id: string,
  to: string,
  reason?: string,
): Promise<void> {
  await session.graphql(
    "mutation ($id: ID!, $to: ActivityState!, $reason: String) { transitionActivity(id: $id, to: $to, reason: $reason) { id } }",
    { id, to, reason },
    token,
  );
}

/** Creates an activity as createActivity() does and opens its registration. */
export async function createOpenActivity<T extends { id: string } = { id: string }>(
  session: SessionApi,
  token: string,
  activity: NewActivity,
): Promise<T> {
  const created = await createActivity<T>(session, token, activity);
  await transitionActivity(session, token, created.id, "REGISTRATION_OPEN");
  return created;
}

/**
 * Creates an activity as createActivity() does, leaves the review of entries to its organizer
 * alone (one approval accepts an entry) and opens its registration. Returns the activity's id.
 */
export async function createOpenActivityReviewedByOrganizer(
  session: SessionApi,
  token: string,
  activity: Omit<NewActivity, "fields">,
): Promise<string> {
  const created = await createActivity<{ id: string; version: number; configuration: Record<string, unknown> }>(
    session,
    token,
    { ...activity, fields: "id version configuration" },
  );
  await session.graphql(
    "mutation ($id: ID!, $v: Int!, $c: JSON!) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
    {
      id: created.id,
      v: created.version,
      c: { ...created.configuration, approvalChain: { levels: ["ORGANIZER"] } },
    },
    token,
  );
  await transitionActivity(session, token, created.id, "REGISTRATION_OPEN");
  return created.id;
}
