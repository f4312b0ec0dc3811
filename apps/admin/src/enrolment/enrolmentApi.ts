import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import type { EnrolRequest } from "./enrolmentPlan.ts";

export interface Reason {
  code: string;
  message: string;
}

export interface EnrolmentCheck {
  allowed: boolean;
  reasons: Reason[];
  workers: { workerId: string; workerName: string; organizationName: string; eligible: boolean; reasons: Reason[] }[];
}

export const enrolmentCheckQuery = `query EnrolmentCheck($a: ID!, $c: ID!, $w: [ID!]!) {
  enrolmentCheck(activityId: $a, categoryId: $c, workerIds: $w) {
    allowed reasons { code message }
    workers { workerId workerName organizationName eligible reasons { code message } }
  }
}`;

const enrolMutation = `mutation Enrol($a: ID!, $c: ID!, $w: [ID!], $leader: ID, $name: String, $o: ID, $key: String!) {
  enrol(activityId: $a, categoryId: $c, workerIds: $w, leaderWorkerId: $leader, name: $name, organizationId: $o,
        idempotencyKey: $key) {
    id state stateLabel
  }
}`;

export interface Enrolled {
  id: string;
  state: string;
  stateLabel: string;
}

/**
 * Sends one enrolment. The idempotency key is made once per submission by the caller and sent
 * again unchanged on a retry, so a retried request never enrols twice.
 */
export async function enrol(
  activityId: string,
  categoryId: string,
  request: EnrolRequest,
  idempotencyKey: string,
): Promise<Enrolled> {
  const data = await requestGraphql<{ enrol: Enrolled }>(enrolMutation, {
    a: activityId,
    c: categoryId,
    w: request.workerIds.length > 0 ? request.workerIds : null,
    o: request.organizationId ?? null,
    leader: request.leaderWorkerId,
    name: request.name,
    key: idempotencyKey,
  });
  return data.enrol;
}

/** A fresh idempotency key for one submission. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
