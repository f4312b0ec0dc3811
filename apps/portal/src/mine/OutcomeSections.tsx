import { useT } from "../i18n/i18n.tsx";
import { Card, Section } from "../ui/Page.tsx";
import { CertificateCard } from "./CertificateCard.tsx";
import { MatchCard } from "./MatchCard.tsx";
import type { MyCertificate, MyMatch, MyResult } from "./my-queries.ts";
import { ResultLine } from "./ResultLine.tsx";

/** A worker's matches (already in playing order); nothing when there are none. */
export function MatchesSection({ matches, myRegistrationIds }: { matches: MyMatch[]; myRegistrationIds: Set<string> }) {
  const t = useT();
  if (matches.length === 0) return null;
  return (
    <Section title={t("mine.matches")}>
      <Card>
        <ul className="list-plain">
          {matches.map((match) => (
            <MatchCard key={match.id} match={match} myRegistrationIds={myRegistrationIds} />
          ))}
        </ul>
      </Card>
    </Section>
  );
}

/** A worker's results; with `sayNone` an empty list says so, otherwise the section is left out. */
export function ResultsSection({ results, sayNone = false }: { results: MyResult[]; sayNone?: boolean }) {
  const t = useT();
  if (results.length === 0 && !sayNone) return null;
  return (
    <Section title={t("mine.results")}>
      <Card>
        {results.length === 0 ? <p className="meta">{t("mine.results.none")}</p> : null}
        <ul className="list-plain">
          {results.map((result) => (
            <ResultLine key={result.id} result={result} />
          ))}
        </ul>
      </Card>
    </Section>
  );
}

/** A worker's certificates; with `sayNone` an empty list says so, otherwise the section is left out. */
export function CertificatesSection({
  certificates,
  sayNone = false,
}: {
  certificates: MyCertificate[];
  sayNone?: boolean;
}) {
  const t = useT();
  if (certificates.length === 0 && !sayNone) return null;
  return (
    <Section title={t("mine.certificates")}>
      <Card>
        {certificates.length === 0 ? <p className="meta">{t("mine.certificates.none")}</p> : null}
        <ul className="list-plain">
          {certificates.map((certificate) => (
            <CertificateCard key={certificate.id} certificate={certificate} />
          ))}
        </ul>
      </Card>
    </Section>
  );
}
