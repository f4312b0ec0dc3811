import { Link } from "../app/router.tsx";
import { formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { StatusBadge } from "../ui/Feedback.tsx";
import { type MyMatch, sidesOf } from "./my-queries.ts";

/** One of the worker's matches: when, where, against whom, and the score once played. */
export function MatchCard({ match, myRegistrationIds }: { match: MyMatch; myRegistrationIds: ReadonlySet<string> }) {
  const { t, locale } = useI18n();
  const { opponent, outcome } = sidesOf(match, myRegistrationIds);
  return (
    <li className="match">
      <div className="row">
        <strong>
          {match.categoryName} · {match.stageName}
        </strong>
        {outcome ? (
          <StatusBadge tone={outcome === "won" ? "good" : "neutral"}>
            {t(outcome === "won" ? "mine.match.won" : "mine.match.lost")}
          </StatusBadge>
        ) : null}
      </div>
      {match.bye ? (
        <p className="meta">{t("mine.match.bye")}</p>
      ) : (
        <>
          <p className="meta">
            {match.scheduledAt
              ? t("mine.match.time", { time: formatDayTime(match.scheduledAt, locale) })
              : t("mine.match.timeUnknown")}
            {match.court ? ` · ${t("mine.match.court", { court: match.court })}` : null}
          </p>
          <p className="meta">
            {opponent
              ? t("mine.match.vs", { opponent: `${opponent.name}（${opponent.unitName}）` })
              : t("mine.match.opponentUnknown")}
          </p>
          {match.scoreText ? <p className="match-score">{match.scoreText}</p> : null}
        </>
      )}
      <Link to={`/tournaments/${match.roundId}`}>{t("mine.match.bracket")} ›</Link>
    </li>
  );
}
