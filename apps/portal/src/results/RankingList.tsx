import { useI18n } from "../i18n/i18n.tsx";
import { StatusBadge } from "../ui/Feedback.tsx";
import { placeLabel, type ResultRow, roundLabel, roundScoresOf } from "./results-model.ts";

/**
 * One category's ranking on one award track as cards that fit a phone: 名次, name, unit, 总分 with
 * two decimals, each round's score where the activity has several, and the awards. Names and units
 * only, as the API gives them to the public.
 */
export function RankingList({ results }: { results: ResultRow[] }) {
  const { t } = useI18n();
  return (
    <ol className="list-plain ranking" aria-label={t("results.ranking")}>
      {results.map((result) => {
        const total = result.totalText;
        const rounds = roundScoresOf(result.details);
        return (
          <li key={result.id} className="ranking-entry" data-entrant={result.entrantName}>
            <div className={result.place === null ? "ranking-place ranking-unranked" : "ranking-place"}>
              {placeLabel(result, t)}
            </div>
            <div className="ranking-body">
              <div className="row">
                <strong className="ranking-name">{result.entrantName}</strong>
                {total !== null ? (
                  <span className="ranking-total">
                    <span className="meta">{t("results.total")} </span>
                    {total}
                  </span>
                ) : null}
              </div>
              <p className="meta">{result.organizationName}</p>
              {rounds.length > 1 ? (
                <p className="meta ranking-rounds">
                  {rounds.map((round, index) => (
                    <span key={round.roundKey}>
                      {roundLabel(round.roundKey, index, t)} {round.text}
                    </span>
                  ))}
                </p>
              ) : null}
              {result.award.names.length > 0 || result.award.advancesToProvincial ? (
                <div className="ranking-awards">
                  {result.award.names.map((name) => (
                    <StatusBadge key={name} tone="good">
                      {name}
                    </StatusBadge>
                  ))}
                  {result.award.advancesToProvincial ? (
                    <StatusBadge tone="neutral">{t("results.provincial")}</StatusBadge>
                  ) : null}
                </div>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
