import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

export type ReviewAction = "APPROVE" | "RETURN" | "REJECT";

/** What a registration row carries for the review buttons. */
export interface ReviewableRegistration {
  id: string;
  state: string;
  version?: number;
  name?: string | null;
  members?: { name: string }[];
}

export interface ReviewedRegistration {
  id: string;
  state: string;
  stateLabel: string;
  version: number;
}

const reviewMutation = `
  mutation Review($id: ID!, $action: RegistrationReviewAction!, $reason: String, $version: Int) {
    reviewRegistration(id: $id, action: $action, reason: $reason, version: $version) {
      id state stateLabel version
    }
  }
`;

/** One decision at the level the registration stands at; the API refuses with a Chinese message. */
export async function reviewRegistration(
  registration: ReviewableRegistration,
  action: ReviewAction,
  reason: string,
): Promise<ReviewedRegistration> {
  const trimmed = reason.trim();
  const data = await requestGraphql<{ reviewRegistration: ReviewedRegistration }>(reviewMutation, {
    id: registration.id,
    action,
    reason: trimmed === "" ? null : trimmed,
    version: registration.version ?? null,
  });
  return data.reviewRegistration;
}

/** Waiting for someone in the approval chain: only these can be reviewed. */
export function awaitsReview(state: string | undefined): boolean {
  return state === "PENDING_UNIT" || state === "PENDING_COUNTY" || state === "PENDING_ORGANIZER";
}

/** The entrant as people name it: the team, project or unit name, else the members' names. */
export function entrantName(registration: Pick<ReviewableRegistration, "name" | "members">): string {
  if (registration.name) return registration.name;
  return (registration.members ?? []).map((member) => member.name).join("、");
}

/** Return and reject need a reason; approve takes an optional comment. */
export function reasonRequired(action: ReviewAction): boolean {
  return action !== "APPROVE";
}
