import { formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { type Entrant, gameByGame, type ScheduledMatch, scheduleOrder, winningSide } from "./tournament-data.ts";

/** The event's matches by start time (China time): court, both sides, games one by one, the winner. */
export function MatchList({ matches, mine }: { matches: ScheduledMatch[]; mine: Set<string> }) {
  const { t, locale } = useI18n();
  const played = scheduleOrder(matches.filter((match) => !match.bye));
  return (
    <ol className="match-list">
      {played.map((match) => {
        const won = winningSide(match);
        const games = gameByGame(match.games);
        const isMine = mine.has(match.id);
        return (
          <li
            key={match.id}
            className={isMine ? "card match match-mine" : "card match"}
            data-testid={`match-${match.id}`}
          >
            <div className="row match-head">
              <span className="match-when">
                {match.scheduledAt ? formatDayTime(match.scheduledAt, locale) : t("tournament.timeTbd")}
                {match.court ? ` · ${match.court}` : ""}
              </span>
              <span className="meta">
                {t("tournament.matchName", { stage: match.stageName, number: match.matchNumber })}
                {isMine ? <span className="badge badge-good match-mine-badge">{t("tournament.mine")}</span> : null}
              </span>
            </div>
            <Side entrant={match.entrantA} winner={won === "A"} />
            <Side entrant={match.entrantB} winner={won === "B"} />
            {games ? (
              <p className="match-games">
                {games.map((game, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: games are in the order played
                  <span key={index} className="match-game">
                    {t("tournament.game", { number: index + 1 })} {game}
                  </span>
                ))}
              </p>
            ) : (
              <p className="meta">{t("tournament.notPlayed")}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Side({ entrant, winner }: { entrant: Entrant | null; winner: boolean }) {
  const { t } = useI18n();
  return (
    <div className={winner ? "match-side match-winner" : "match-side"}>
      <span className="match-name">{entrant?.name ?? t("tournament.tbd")}</span>
      {entrant ? <span className="meta"> {entrant.unitName}</span> : null}
      {winner ? <span className="badge badge-good">{t("tournament.winner")}</span> : null}
    </div>
  );
}
