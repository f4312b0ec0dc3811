import type { PageProps } from "../app/routes.ts";
import { formatClock } from "../i18n/format.ts";
import { useT } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading } from "../ui/Feedback.tsx";
import { Page } from "../ui/Page.tsx";
import { entriesByCategory, type ScoreboardEntry } from "./scoreboard.ts";
import { type LiveConnection, useLiveScoreboard } from "./use-live-scoreboard.ts";

/**
 * The live scoreboard of a round being judged, for a phone held at arm's length and for the big
 * screen at the venue: pushed over the WebSocket as judges submit, polled where no socket gets through.
 */
export default function ScoreboardPage({ params }: PageProps) {
  const t = useT();
  const roundId = params.roundId ?? "";
  const { board, error, connection, changed, reload } = useLiveScoreboard(roundId);
  return (
    <Page title={board ? board.roundName : t("live.title")} back="/">
      <div className="scoreboard">
        {board ? (
          <header className="scoreboard-head">
            <p className="scoreboard-activity">{board.activityName}</p>
            <p className="meta">{t("live.method", { method: board.aggregationMethod })}</p>
            <div className="scoreboard-status">
              <ConnectionBadge connection={connection} />
              <span className="meta" data-testid="scoreboard-updated">
                {t("live.updatedAt", { time: formatClock(board.computedAt) })}
              </span>
            </div>
            {connection === "polling" ? <p className="scoreboard-polling">{t("live.polling.note")}</p> : null}
            {board.activityState !== "JUDGING" ? <p className="meta">{t("live.finished")}</p> : null}
          </header>
        ) : null}
        {error && !board ? <ErrorNotice error={error} onRetry={reload} /> : null}
        {!board && !error ? <Loading lines={5} /> : null}
        {board && board.entries.length === 0 ? <EmptyState>{t("live.empty")}</EmptyState> : null}
        {board
          ? entriesByCategory(board).map((group, _index, groups) => (
              <section key={group.categoryName} className="scoreboard-category" aria-label={group.categoryName}>
                {groups.length > 1 ? <h2>{group.categoryName}</h2> : null}
                <ol className="scoreboard-list">
                  {group.entries.map((entry) => (
                    <EntryRow
                      key={entry.registrationId}
                      entry={entry}
                      tied={
                        entry.place !== null && group.entries.filter((other) => other.place === entry.place).length > 1
                      }
                      justUpdated={changed.has(entry.registrationId)}
                    />
                  ))}
                </ol>
              </section>
            ))
          : null}
      </div>
    </Page>
  );
}

function ConnectionBadge({ connection }: { connection: LiveConnection }) {
  const t = useT();
  return (
    <span className={`live-badge live-badge-${connection}`} data-testid="live-connection" role="status">
      <span className="live-dot" aria-hidden="true" />
      {t(`live.connection.${connection}`)}
    </span>
  );
}

function EntryRow({ entry, tied, justUpdated }: { entry: ScoreboardEntry; tied: boolean; justUpdated: boolean }) {
  const t = useT();
  return (
    <li
      className={justUpdated ? "scoreboard-row scoreboard-row-updated" : "scoreboard-row"}
      data-testid={`scoreboard-row-${entry.registrationId}`}
    >
      <span className="scoreboard-place" title={entry.placeLabel ?? undefined}>
        {entry.place ?? t("live.unranked")}
      </span>
      <div className="scoreboard-who">
        <span className="scoreboard-name">{entry.name}</span>
        <span className="scoreboard-unit">{entry.unitName}</span>
        <span
          className="scoreboard-judges"
          title={t("live.judgesLabel", { submitted: entry.judgesSubmitted, assigned: entry.judgesAssigned })}
        >
          {t("live.judges", { submitted: entry.judgesSubmitted, assigned: entry.judgesAssigned })}
          {tied && entry.placeLabel ? ` · ${entry.placeLabel}` : null}
          {justUpdated ? <span className="scoreboard-fresh">{t("live.justUpdated")}</span> : null}
        </span>
      </div>
      <span className={entry.score === null ? "scoreboard-score scoreboard-score-none" : "scoreboard-score"}>
        {entry.score ?? t("live.noScore")}
      </span>
    </li>
  );
}
