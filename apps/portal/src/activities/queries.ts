// The GraphQL this feature sends, with the shapes of the answers.
import { type PortalActivity, portalActivityFields } from "../api/portal-activity.ts";
import type { EntryOption } from "./entry-option.ts";
import type { WorkerChoice } from "./member-list.ts";

/** Anyone: the activity as the public sees it. */
export const publicActivityQuery = `query PortalActivity($id: ID!) { publicActivity(id: $id) { ${portalActivityFields} } }`;
export interface PublicActivityAnswer {
  publicActivity: PortalActivity | null;
}

/** A worker's registration as this feature shows it. */
export interface MyRegistration {
  id: string;
  categoryId: string;
  state: string;
  stateLabel: string;
  waitingPosition: number | null;
  version: number;
}

const myRegistrationFields = "id categoryId state stateLabel waitingPosition version";

/** A signed-in worker: may they enter each category, and their live entries in this activity. */
export const myOptionsQuery = `query MyEntryOptions($id: ID!) {
  me { workerId displayName }
  Activity(id: $id) { id configuration myEntryOptions { categoryId canRegister needsTeammates registrationId reasons { code message } } }
  allRegistrations(page: 0, perPage: 50, filter: { activityId: $id }) { ${myRegistrationFields} }
}`;
export interface MyOptionsAnswer {
  me: { workerId: string | null; displayName: string } | null;
  Activity: { id: string; configuration: unknown; myEntryOptions: EntryOption[] } | null;
  allRegistrations: MyRegistration[];
}

export const partnerLookupQuery = `query PartnerLookup($name: String!) {
  partnerLookup(name: $name) { workerId name maskedIdNumber organizationName }
}`;
export interface PartnerLookupAnswer {
  partnerLookup: WorkerChoice[];
}

export const registerMutation = `mutation Register($activityId: ID!, $categoryId: ID!, $key: String!, $partner: ID, $team: TeamInput) {
  register(activityId: $activityId, categoryId: $categoryId, idempotencyKey: $key, partnerWorkerId: $partner, team: $team) {
    ${myRegistrationFields} name members { workerId name isLeader }
  }
}`;
export interface RegisterVariables extends Record<string, unknown> {
  activityId: string;
  categoryId: string;
  key: string;
  partner: string | null;
  team: { name: string; memberWorkerIds: string[]; leaderWorkerId: string | null } | null;
}
export interface RegisterAnswer {
  register: MyRegistration & { name: string | null; members: { workerId: string; name: string; isLeader: boolean }[] };
}

export const withdrawMutation = `mutation Withdraw($id: ID!, $reason: String, $version: Int) {
  withdrawRegistration(id: $id, reason: $reason, version: $version) { ${myRegistrationFields} }
}`;
export interface WithdrawAnswer {
  withdrawRegistration: MyRegistration;
}

export const declareMutation = `mutation Declare($activityId: ID!, $categoryKey: String, $title: String!, $summary: String!, $authors: [ID!], $key: String!) {
  declareProject(activityId: $activityId, categoryKey: $categoryKey, title: $title, summary: $summary, authorWorkerIds: $authors, idempotencyKey: $key) {
    ${myRegistrationFields}
  }
}`;
export interface DeclareAnswer {
  declareProject: MyRegistration;
}
