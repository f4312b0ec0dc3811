import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

export interface Reason {
  code: string;
  message: string;
}

export interface LimitStatus {
  limitKey: string;
  name: string;
  description: string;
  bound: "AT_LEAST" | "AT_MOST";
  count: number;
  listSize: number;
  shareText: string;
  requiredCount: number;
  holds: boolean;
  coveredByOverride: boolean;
  overrideReason: string | null;
  remedy: string | null;
}

export interface ListComposition {
  organizationId: string | null;
  organizationName: string;
  quotaId: string | null;
  listSize: number;
  allHold: boolean;
  acceptable: boolean;
  limits: LimitStatus[];
}

export interface QuotaUse {
  id: string;
  organizationId: string;
  organizationName: string;
  allocatedPlaces: number;
  extraPlaces: number;
  allowedPlaces: number;
  usedPlaces: number;
  remainingPlaces: number;
}

export interface LimitChange {
  limitKey: string;
  name: string;
  counts: boolean;
  effect: "HOLDS" | "BREAKS" | "REPAIRS" | "STAYS_BREACHED";
  before: { shareText: string; holds: boolean };
  after: { shareText: string; holds: boolean; requiredCount: number; listSize: number; count: number };
}

export interface WhatIf {
  workerId: string;
  workerName: string;
  allowed: boolean;
  allowedPlaces: number | null;
  usedPlaces: number | null;
  remainingPlaces: number | null;
  eligibilityReasons: Reason[];
  quotaReasons: Reason[];
  refusals: Reason[];
  warnings: Reason[];
  changes: LimitChange[];
}

const limitFields =
  "limitKey name description bound count listSize shareText requiredCount holds coveredByOverride overrideReason remedy";

/** The quota holder's list (a unit admin sees their own; organizers every list) and every quota's use. */
export const deskQuery = `query NominationDesk($a: ID!) {
  nominationComposition(activityId: $a) {
    organizationId organizationName quotaId listSize allHold acceptable limits { ${limitFields} }
  }
  allQuotas(filter: { activityId: $a }, perPage: 200) {
    id organizationId organizationName allocatedPlaces extraPlaces allowedPlaces usedPlaces remainingPlaces
  }
}`;

export interface DeskData {
  nominationComposition: ListComposition[];
  allQuotas: QuotaUse[];
}

export const whatIfQuery = `query WhatIf($a: ID!, $w: ID!, $c: String) {
  nominationWhatIf(activityId: $a, workerId: $w, categoryKey: $c) {
    workerId workerName allowed allowedPlaces usedPlaces remainingPlaces
    eligibilityReasons { code message } quotaReasons { code message }
    refusals { code message } warnings { code message }
    changes { limitKey name counts effect
      before { shareText holds } after { shareText holds requiredCount listSize count } }
  }
}`;

const nominateMutation = `mutation Nominate($a: ID!, $w: ID!, $c: String, $citation: String, $key: String!) {
  nominate(activityId: $a, workerId: $w, categoryKey: $c, citation: $citation, idempotencyKey: $key) {
    id name state stateLabel usedPlaces remainingPlaces
  }
}`;

export interface Nominated {
  id: string;
  name: string;
  state: string;
  stateLabel: string;
  usedPlaces: number | null;
  remainingPlaces: number | null;
}

/** Nominates one candidate; the key is made once per submission and reused on a retry. */
export async function nominate(
  request: { activityId: string; workerId: string; categoryKey: string | null; citation: string },
  idempotencyKey: string,
): Promise<Nominated> {
  const data = await requestGraphql<{ nominate: Nominated }>(nominateMutation, {
    a: request.activityId,
    w: request.workerId,
    c: request.categoryKey,
    citation: request.citation.trim() === "" ? null : request.citation.trim(),
    key: idempotencyKey,
  });
  return data.nominate;
}
