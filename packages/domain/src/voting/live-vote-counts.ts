import type { Role } from "../roles.ts";
import type { VotingRules } from "./voting-rules.ts";

/**
 * Whether a viewer sees vote counts while the vote runs. Hidden counts keep a vote from becoming
 * a race that invites 刷票; the admin and organizers always see them to watch for fraud (the API
 * still limits organizers to their own department's activities). `null` is the public.
 */
export function mayViewLiveVoteCounts(rules: VotingRules, viewerRole: Role | null): boolean {
  return viewerRole === "ADMIN" || viewerRole === "ORGANIZER" || rules.showLiveCounts;
}
