import type { TransitionOption } from "../activities/LifecycleButtons.tsx";

/** One row of `allResults`: an entrant's place on one award track of one category. */
export interface ResultRow {
  id: string;
  registrationId: string;
  entrantName: string;
  organizationName: string;
  categoryId: string;
  categoryName: string;
  trackKey: string;
  trackName: string;
  total: string | null;
  totalText: string | null;
  place: number | null;
  placeLabel: string | null;
  sharedPlace: boolean;
  explanation: string;
  award: { tierName: string | null; titles: string[]; names: string[]; advancesToProvincial: boolean };
  details: unknown;
}

export interface ResultNote {
  code: string;
  message: string;
}

export interface ComputeOutcome {
  resultCount: number;
  blockingTies: ResultNote[];
  warnings: ResultNote[];
}

export interface NoticeRow {
  id: string;
  current: boolean;
  publishedOn: string;
  firstDay: string;
  endDate: string;
  workingDays: number;
  description: string;
  workingDates: { date: string; weekday: string }[];
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

/** The activity as the results desk needs it: its rounds (names, weights) and the steps it may take. */
export interface ResultsActivity {
  id: string;
  name: string;
  code: string;
  state: string;
  configuration: { rounds?: { key: string; name: string; weight: string; maxResult?: string }[] } | null;
  allowedTransitions: TransitionOption[];
}

export const activityQuery = `query ResultsActivity($id: ID!) {
  Activity(id: $id) { id name code state configuration
    allowedTransitions { to transition label allowed reasonRequired reasons { code message } } }
}`;

export const resultsQuery = `query Results($activityId: ID!) {
  allResults(filter: { activityId: $activityId }, sortField: "place", sortOrder: "ASC", page: 0, perPage: 1000) {
    id registrationId entrantName organizationName categoryId categoryName trackKey trackName
    total totalText place placeLabel sharedPlace explanation details
    award { tierName titles names advancesToProvincial }
  }
}`;

export const computeMutation = `mutation Compute($activityId: ID!) {
  computeResults(activityId: $activityId) { resultCount blockingTies { code message } warnings { code message } }
}`;

export const separateTieMutation = `mutation Separate($activityId: ID!, $categoryId: ID!, $trackKey: String!, $ids: [ID!]!, $reason: String!) {
  separateTie(activityId: $activityId, categoryId: $categoryId, trackKey: $trackKey, orderedEntryIds: $ids, reason: $reason) { id place reason }
}`;

export const noticeQuery = `query Notice($activityId: ID!) {
  publicNotice(activityId: $activityId) {
    id current publishedOn firstDay endDate workingDays description workingDates { date weekday } withdrawnAt withdrawalReason
  }
}`;

export const publishMutation = `mutation Publish($activityId: ID!) {
  publishResultsForNotice(activityId: $activityId) { id endDate description }
}`;

export const withdrawMutation = `mutation Withdraw($activityId: ID!, $reason: String!) {
  withdrawPublicNotice(activityId: $activityId, reason: $reason) { id current }
}`;

export const finalizeMutation = `mutation Finalize($activityId: ID!) { finalizeResults(activityId: $activityId) { id state } }`;
