import type { FieldProblem } from "../api/api-error.ts";
import type { EntryShape } from "./member-list.ts";

/** Where on the registration form a refusal belongs. */
export type FormSpot = "category" | "partner" | "members" | "name" | "leader";

/**
 * Places each of the API's field problems next to the part of the form it is about: a pair's
 * partner (members[1], partnerWorkerId, or an ALREADY_REGISTERED naming the partner), a team's
 * members, name and leader; the registrant's own reasons (categoryId, members[0]) go with the
 * category at the top.
 */
export function spotsOf(
  problems: FieldProblem[],
  shape: EntryShape,
  partnerName: string | null,
): Map<FormSpot, string[]> {
  const spots = new Map<FormSpot, string[]>();
  const add = (spot: FormSpot, message: string) => spots.set(spot, [...(spots.get(spot) ?? []), message]);
  for (const problem of problems) {
    const memberIndex = /^members\[(\d+)\]$/.exec(problem.field)?.[1];
    if (problem.field === "partnerWorkerId") add(shape === "team" ? "members" : "partner", problem.message);
    else if (memberIndex !== undefined) {
      if (memberIndex === "0") add("category", problem.message);
      else add(shape === "pair" ? "partner" : "members", problem.message);
    } else if (problem.field === "members") add(shape === "pair" ? "partner" : "members", problem.message);
    else if (problem.field === "name") add("name", problem.message);
    else if (problem.field === "leaderWorkerId") add("leader", problem.message);
    else if (shape === "pair" && partnerName !== null && problem.message.startsWith(partnerName)) {
      add("partner", problem.message);
    } else add("category", problem.message);
  }
  return spots;
}
