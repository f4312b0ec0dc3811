// Which pages of the portal the benchmark opens, with the demo's ids found the way the portal
// finds them: the public activity list over GraphQL, no sign-in.

export interface BenchPage {
  /** What the table calls it. */
  name: string;
  /** The path to open, or null when the demo has nothing to open there. */
  path: string | null;
  /** Why there is no path. */
  missing?: string;
}

interface Round {
  id: string;
  name: string;
  isOpen: boolean;
}

interface Activity {
  id: string;
  name: string;
  state: string;
  selfRegistrationOpen: boolean;
  projectDeclarationOpen: boolean;
  liveRounds: Round[];
  publicVoteRounds: Round[];
}

const activitiesQuery = `{
  publicActivities {
    id name state selfRegistrationOpen projectDeclarationOpen
    liveRounds { id name isOpen }
    publicVoteRounds { id name isOpen }
  }
}`;

async function publicActivities(baseUrl: string): Promise<Activity[]> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: activitiesQuery }),
  });
  const body = (await response.json()) as { data?: { publicActivities: Activity[] }; errors?: unknown };
  if (!body.data) throw new Error(`publicActivities failed: ${JSON.stringify(body.errors)}`);
  return body.data.publicActivities;
}

/** The first round of the first activity that has one, preferring a round open now. */
function firstRound(activities: Activity[], roundsOf: (activity: Activity) => Round[]): Round | undefined {
  const rounds = activities.flatMap(roundsOf);
  return rounds.find((round) => round.isOpen) ?? rounds[0];
}

/**
 * Home, an activity open for entries (the demo's choir contest or innovation award), the public
 * vote (最美劳动者), the live scoreboard of a round in judging (the skills contest) and the results.
 */
export async function benchPages(baseUrl: string): Promise<BenchPage[]> {
  const activities = await publicActivities(baseUrl);
  const open =
    activities.find((activity) => activity.selfRegistrationOpen) ??
    activities.find((activity) => activity.projectDeclarationOpen);
  const vote = firstRound(activities, (activity) => activity.publicVoteRounds);
  const live = firstRound(
    activities.filter((activity) => activity.state === "JUDGING"),
    (activity) => activity.liveRounds,
  );
  const page = (name: string, path: string | undefined, missing: string): BenchPage =>
    path ? { name, path } : { name, path: null, missing };
  return [
    page("首页", "/", ""),
    page("活动", open && `/activities/${open.id}`, "没有报名中的活动"),
    page("网络投票", vote && `/vote/${vote.id}`, "没有网络投票轮次"),
    page("实时成绩", live && `/live/${live.id}`, "没有评审中的轮次"),
    page("成绩公示", "/results", ""),
  ];
}
