import { useT } from "../i18n/i18n.tsx";
import type { GroupTable } from "./tournament-data.ts";

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** Each group's table: place, played, won, lost, game and point difference; wide tables scroll inside their box. */
export function GroupTables({ tables }: { tables: GroupTable[] }) {
  const t = useT();
  return (
    <>
      {tables.map((table) => (
        <div key={table.group} className="card group-table">
          <h3>{t("tournament.group", { group: table.group })}</h3>
          {!table.complete && table.note ? <p className="meta">{table.note}</p> : null}
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th className="number">{t("tournament.col.place")}</th>
                  <th>{t("tournament.col.entrant")}</th>
                  <th className="number">{t("tournament.col.played")}</th>
                  <th className="number">{t("tournament.col.won")}</th>
                  <th className="number">{t("tournament.col.lost")}</th>
                  <th className="number">{t("tournament.col.games")}</th>
                  <th className="number">{t("tournament.col.points")}</th>
                </tr>
              </thead>
              <tbody>
                {[...table.standings]
                  .sort((x, y) => x.place - y.place)
                  .map((row) => (
                    <tr key={row.entrant?.registrationId ?? row.place} title={row.explanation}>
                      <td className="number">{row.place}</td>
                      <td>
                        {row.entrant?.name}
                        <div className="meta">{row.entrant?.unitName}</div>
                      </td>
                      <td className="number">{row.played}</td>
                      <td className="number">{row.won}</td>
                      <td className="number">{row.lost}</td>
                      <td className="number">
                        {signed(row.gameDifference)}
                        <div className="meta">
                          {row.gamesWon}:{row.gamesLost}
                        </div>
                      </td>
                      <td className="number">{signed(row.pointDifference)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </>
  );
}
