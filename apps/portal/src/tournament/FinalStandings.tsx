import { useT } from "../i18n/i18n.tsx";
import { Section } from "../ui/Page.tsx";
import type { FinalStanding } from "./tournament-data.ts";

/** 冠军, 亚军, 并列第三名 … once decided; nothing while no place is known yet. */
export function FinalStandings({ standings }: { standings: FinalStanding[] }) {
  const t = useT();
  const decided = standings.filter((standing) => standing.place !== null && standing.place <= 3 && standing.entrant);
  if (decided.length === 0) return null;
  return (
    <Section title={t("tournament.standings")}>
      <ol className="list-plain card">
        {decided.map((standing) => (
          <li key={standing.entrant?.registrationId} className="row">
            <strong>
              {standing.sharedPlace
                ? t("tournament.sharedPlace", { place: standing.place ?? "" })
                : t("tournament.place", { place: standing.place ?? "" })}
            </strong>
            <span>
              {standing.entrant?.name} <span className="meta">{standing.entrant?.unitName}</span>
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
