import { useT } from "../i18n/i18n.tsx";
import { type BracketMatch, bracketLayout, type KnockoutRound, winningSide } from "./tournament-data.ts";

/**
 * The knockout as stacked rounds side by side; on a phone the bracket box scrolls sideways by
 * itself and the page does not.
 */
export function BracketView({ rounds, mine }: { rounds: KnockoutRound[]; mine: Set<string> }) {
  const layout = bracketLayout(rounds);
  return (
    <div className="bracket-scroll" data-testid="bracket">
      <div
        className="bracket"
        style={{
          gridTemplateColumns: `repeat(${layout.columns.length}, minmax(148px, 1fr))`,
          gridTemplateRows: `auto repeat(${layout.rows}, minmax(34px, auto))`,
        }}
      >
        {layout.columns.map((column, columnIndex) => (
          <div key={column.round} className="bracket-round-name" style={{ gridColumn: columnIndex + 1, gridRow: 1 }}>
            {column.name}
          </div>
        ))}
        {layout.columns.flatMap((column, columnIndex) =>
          column.cells.map((cell) => (
            <div
              key={cell.match.id}
              className="bracket-cell"
              style={{ gridColumn: columnIndex + 1, gridRow: `${cell.rowStart + 1} / span ${cell.rowSpan}` }}
            >
              <BracketBox match={cell.match} mine={mine.has(cell.match.id)} />
            </div>
          )),
        )}
      </div>
    </div>
  );
}

function BracketBox({ match, mine }: { match: BracketMatch; mine: boolean }) {
  const t = useT();
  const won = winningSide(match);
  const side = (name: string | undefined, isWinner: boolean) => (
    <div className={isWinner ? "bracket-side bracket-winner" : "bracket-side"}>{name ?? t("tournament.tbd")}</div>
  );
  return (
    <div className={mine ? "bracket-match bracket-mine" : "bracket-match"}>
      {side(match.entrantA?.name ?? (match.bye && !match.entrantA ? t("tournament.bye") : undefined), won === "A")}
      {side(match.entrantB?.name ?? (match.bye && !match.entrantB ? t("tournament.bye") : undefined), won === "B")}
      {match.scoreText ? <div className="bracket-score">{match.scoreText}</div> : null}
    </div>
  );
}
