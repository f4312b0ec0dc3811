/** An objection as the organizer reads it, with its evidence files. */
export interface ObjectionRow {
  id: string;
  registrationId: string;
  entrantName: string;
  content: string;
  contactName: string;
  contactPhone: string | null;
  otherContact: string | null;
  filedOn: string;
  late: boolean;
  status: "OPEN" | "UPHELD" | "DISMISSED";
  upheldAction: "RE_REVIEW" | "WITHDRAW" | null;
  resolution: string | null;
  reReviewCompletedAt: string | null;
  version: number;
  attachments: { id: string; fileName: string; size: number; downloadUrl: string }[];
}

export const objectionsQuery = `query Objections($activityId: ID!) {
  allObjections(filter: { activityId: $activityId }, sortField: "id", sortOrder: "ASC", page: 0, perPage: 100) {
    id registrationId entrantName content contactName contactPhone otherContact filedOn late status
    upheldAction resolution reReviewCompletedAt version
    attachments { id fileName size downloadUrl }
  }
}`;

export const resolveMutation = `mutation Resolve($id: ID!, $version: Int!, $outcome: ObjectionOutcome!, $action: UpheldObjectionAction, $text: String!) {
  resolveObjection(id: $id, version: $version, outcome: $outcome, action: $action, text: $text) { id status version }
}`;

export const completeReReviewMutation = `mutation ReReviewDone($id: ID!, $version: Int!) {
  completeObjectionReReview(id: $id, version: $version) { id reReviewCompletedAt version }
}`;

/** Whether an upheld objection still waits for its re-review to be recorded as completed. */
export function awaitsReReview(objection: Pick<ObjectionRow, "status" | "upheldAction" | "reReviewCompletedAt">) {
  return objection.status === "UPHELD" && objection.upheldAction === "RE_REVIEW" && !objection.reReviewCompletedAt;
}
