// The public face of an activity (queries publicActivities / publicActivity, no sign-in needed).

export interface PortalRound {
  id: string;
  name: string;
  kind: string;
  opensAt: string | null;
  closesAt: string | null;
  isOpen: boolean;
}

export interface PortalCategory {
  id: string;
  key: string;
  name: string;
  entrantType: "INDIVIDUAL" | "PAIR" | "TEAM" | "UNIT" | "PROJECT" | string;
  capacity: number | null;
  placesLeft: number | null;
  waitingCount: number;
  selfRegistration: boolean;
  minMembers: number | null;
  maxMembers: number | null;
}

export interface PortalActivity {
  id: string;
  code: string;
  name: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateLabel: string;
  departmentName: string;
  year: number;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  judgingEndsOn: string | null;
  completedBy: string | null;
  deadlinePhrase: string | null;
  selfRegistrationOpen: boolean;
  publicRecommendationOpen: boolean;
  projectDeclarationOpen: boolean;
  resultsPublished: boolean;
  categories: PortalCategory[];
  liveRounds: PortalRound[];
  publicVoteRounds: PortalRound[];
  tournamentRounds: PortalRound[];
}

const roundFields = "id name kind opensAt closesAt isOpen";

/** Every field of PortalActivity, for `publicActivities { ... }` and `publicActivity(id) { ... }`. */
export const portalActivityFields = `
  id code name kind kindLabel state stateLabel departmentName year
  registrationOpensOn registrationClosesOn judgingEndsOn completedBy deadlinePhrase
  selfRegistrationOpen publicRecommendationOpen projectDeclarationOpen resultsPublished
  categories { id key name entrantType capacity placesLeft waitingCount selfRegistration minMembers maxMembers }
  liveRounds { ${roundFields} }
  publicVoteRounds { ${roundFields} }
  tournamentRounds { ${roundFields} }
`;

/** Places left over all categories with a capacity; null when no category has one. */
export function placesLeftOf(activity: Pick<PortalActivity, "categories">): number | null {
  const limited = activity.categories.filter((category) => category.placesLeft !== null);
  return limited.length === 0 ? null : limited.reduce((sum, category) => sum + (category.placesLeft ?? 0), 0);
}
