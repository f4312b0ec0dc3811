// Preparing entries over GraphQL: a unit admin enrolling a worker, a reviewer approving an entry.
import type { SessionApi } from "./browser-session.ts";

export interface Enrolment {
  activityId: string;
  categoryKey: string;
  workerId: string;
  /** Sending the same key twice makes one registration. */
  idempotencyKey: string;
}

/** Enrols one worker in a category as the token's account (a unit admin) and returns the registration's id; throws when the API refuses. */
export async function enrolWorker(session: SessionApi, token: string, enrolment: Enrolment): Promise<string> {
  const answer = await session.graphql<{ enrol: { id: string } }>(
    `mutation ($a: ID!, $k: String!, $w: ID!, $key: String!) {
      enrol(activityId: $a, categoryKey: $k, workerIds: [$w], idempotencyKey: $key) { id }
    }`,
    { a: enrolment.activityId, k: enrolment.categoryKey, w: enrolment.workerId, key: enrolment.idempotencyKey },
    token,
  );
  return answer.enrol.id;
}

/** Approves a registration at the token's review level (at `version` when given) and returns its new state. */
export async function approveRegistration(
  session: SessionApi,
  token: string,
  id: string,
  version?: number,
): Promise<string> {
  const answer = await session.graphql<{ reviewRegistration: { state: string } }>(
    "mutation ($id: ID!, $v: Int) { reviewRegistration(id: $id, action: APPROVE, version: $v) { state } }",
    { id, v: version },
    token,
  );
  return answer.reviewRegistration.state;
}
