/**
 * The kinds of activity the 2015 work plan names. A kind is a template of the shared building
 * blocks (see activity-templates.ts), not a separate program: an organizer starts from the kind's
 * defaults and adjusts them per activity.
 */
export type ActivityKind =
  | "SKILLS_CONTEST"
  | "LABOR_COMPETITION"
  | "PERFORMANCE_CONTEST"
  | "EXHIBITION"
  | "TOURNAMENT"
  | "MODEL_WORKER_SELECTION"
  | "MOST_BEAUTIFUL_WORKER"
  | "INNOVATION_AWARD";

/** In the order the plan's activity table lists them. */
export const activityKinds: readonly ActivityKind[] = [
  "SKILLS_CONTEST",
  "LABOR_COMPETITION",
  "PERFORMANCE_CONTEST",
  "EXHIBITION",
  "TOURNAMENT",
  "MODEL_WORKER_SELECTION",
  "MOST_BEAUTIFUL_WORKER",
  "INNOVATION_AWARD",
];

export const activityKindLabels: Record<ActivityKind, string> = {
  SKILLS_CONTEST: "职业技能大赛",
  LABOR_COMPETITION: "劳动竞赛",
  PERFORMANCE_CONTEST: "文艺比赛",
  EXHIBITION: "展演",
  TOURNAMENT: "体育赛事",
  MODEL_WORKER_SELECTION: "劳模选树",
  MOST_BEAUTIFUL_WORKER: "最美劳动者",
  INNOVATION_AWARD: "创新工作奖",
};

export function isActivityKind(value: string): value is ActivityKind {
  return (activityKinds as readonly string[]).includes(value);
}
