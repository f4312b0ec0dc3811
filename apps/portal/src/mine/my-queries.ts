// What the worker's own pages read. A worker sees only their own registrations, matches, results
// and certificates (the API scopes every one of these to the signed-in worker).

export interface MyRegistration {
  id: string;
  activityId: string;
  activityName: string;
  state: string;
  stateLabel: string;
  waitingPosition: number | null;
  registeredAt: string;
  returnReason: string | null;
  rejectionReason: string | null;
  name: string | null;
  channel: string;
  version: number;
  category: { name: string };
  members: { workerId: string; name: string; isLeader: boolean }[];
}

export interface TournamentEntrant {
  registrationId: string;
  name: string;
  unitName: string;
}

export interface MyMatch {
  id: string;
  roundId: string;
  categoryName: string;
  stageName: string;
  scheduledAt: string | null;
  court: string | null;
  bye: boolean;
  scoreText: string | null;
  entrantA: TournamentEntrant | null;
  entrantB: TournamentEntrant | null;
  winner: TournamentEntrant | null;
}

export interface MyResult {
  id: string;
  registrationId: string;
  activityName: string;
  categoryName: string;
  trackName: string;
  placeLabel: string | null;
  totalText: string | null;
  award: { names: string[]; advancesToProvincial: boolean };
}

export interface MyCertificate {
  id: string;
  registrationId: string | null;
  activityName: string;
  heading: string;
  number: string;
  awardName: string | null;
  categoryName: string | null;
  downloadPath: string;
}

export const registrationFields =
  "id activityId activityName state stateLabel waitingPosition registeredAt returnReason rejectionReason name channel version category { name } members { workerId name isLeader }";
const entrantFields = "registrationId name unitName";
export const matchFields = `id roundId categoryName stageName scheduledAt court bye scoreText entrantA { ${entrantFields} } entrantB { ${entrantFields} } winner { ${entrantFields} }`;
export const resultFields =
  "id registrationId activityName categoryName trackName placeLabel totalText award { names advancesToProvincial }";
export const certificateFields = "id registrationId activityName heading number awardName categoryName downloadPath";

/** The worker's side and the other side of a match, by the worker's registration ids. */
export function sidesOf(
  match: Pick<MyMatch, "entrantA" | "entrantB" | "winner">,
  myRegistrationIds: ReadonlySet<string>,
): { mine: TournamentEntrant | null; opponent: TournamentEntrant | null; outcome: "won" | "lost" | null } {
  const aIsMine = match.entrantA !== null && myRegistrationIds.has(match.entrantA.registrationId);
  const mine = aIsMine ? match.entrantA : match.entrantB;
  const opponent = aIsMine ? match.entrantB : match.entrantA;
  const outcome =
    match.winner === null || mine === null
      ? null
      : match.winner.registrationId === mine.registrationId
        ? "won"
        : "lost";
  return { mine, opponent, outcome };
}

/** Upcoming matches first (soonest first), then played ones (latest first); unscheduled at the end. */
export function inPlayingOrder<T extends Pick<MyMatch, "scheduledAt" | "scoreText" | "bye">>(matches: T[]): T[] {
  const played = (match: T) => match.scoreText !== null || match.bye;
  const time = (match: T) => (match.scheduledAt ? Date.parse(match.scheduledAt) : Number.POSITIVE_INFINITY);
  return [...matches].sort((a, b) => {
    if (played(a) !== played(b)) return played(a) ? 1 : -1;
    return played(a) ? time(b) - time(a) : time(a) - time(b);
  });
}
