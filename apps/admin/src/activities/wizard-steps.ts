import type { ActivityConfiguration, FieldError } from "@jinzhou/domain";

/** The wizard's steps after the kind and the basics, in order. */
export type ConfigurationStep =
  | "categories"
  | "eligibility"
  | "rounds"
  | "tieBreaks"
  | "awards"
  | "publicNotice"
  | "voting";

/**
 * The steps a kind needs, read from its configuration: a tournament's places come from its bracket,
 * so it has no rounds to weigh nor tie-breaks to order; only a kind with a public vote has voting rules.
 */
export function configurationSteps(
  configuration: Pick<ActivityConfiguration, "rounds" | "voting">,
): ConfigurationStep[] {
  const bracket = configuration.rounds.some((round) => round.kind === "MATCHES");
  const voting = configuration.voting !== null || configuration.rounds.some((round) => round.kind === "PUBLIC_VOTE");
  return [
    "categories",
    "eligibility",
    ...(bracket ? [] : (["rounds", "tieBreaks"] as const)),
    "awards",
    "publicNotice",
    ...(voting ? (["voting"] as const) : []),
  ];
}

const stepOfRoot: Record<string, ConfigurationStep | "basics" | "other"> = {
  name: "basics",
  ownerDepartmentCode: "basics",
  kind: "basics",
  categories: "categories",
  entryChannels: "categories",
  eligibility: "eligibility",
  rounds: "rounds",
  tournament: "rounds",
  tieBreaks: "tieBreaks",
  awards: "awards",
  awardTracks: "awards",
  organizationAward: "awards",
  provincialRecommendation: "awards",
  publicNotice: "publicNotice",
  voting: "voting",
};

/** The step where a problem's field is edited ("rounds[0].weight" → rounds); "other" for parts the wizard keeps as stored. */
export function stepOfField(field: string): ConfigurationStep | "basics" | "other" {
  const root = /^[A-Za-z]+/.exec(field.replace(/^configuration\./, ""))?.[0] ?? "";
  return stepOfRoot[root] ?? "other";
}

/** How many problems each step has, for the stepper's labels. */
export function problemCountsByStep(problems: readonly FieldError[]): Partial<Record<string, number>> {
  const counts: Partial<Record<string, number>> = {};
  for (const problem of problems) {
    const step = stepOfField(problem.field);
    counts[step] = (counts[step] ?? 0) + 1;
  }
  return counts;
}
