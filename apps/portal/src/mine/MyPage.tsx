import { RequireSignIn } from "../account/RequireSignIn.tsx";
import { signedOut, useSession } from "../account/session.ts";
import { useQuery } from "../api/use-query.ts";
import { Link, navigate } from "../app/router.tsx";
import { formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { EmptyState, ErrorNotice, Loading, StatusBadge } from "../ui/Feedback.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import {
  certificateFields,
  inPlayingOrder,
  type MyCertificate,
  type MyMatch,
  type MyRegistration,
  type MyResult,
  matchFields,
  registrationFields,
  resultFields,
} from "./my-queries.ts";
import { CertificatesSection, MatchesSection, ResultsSection } from "./OutcomeSections.tsx";
import { byLiveThenNewest, toneOfState } from "./registration-state.ts";

const myQuery = `query MyPortal {
  allRegistrations(perPage: 100, sortField: "registeredAt", sortOrder: "DESC") { ${registrationFields} }
  myMatches { ${matchFields} }
  myResults { ${resultFields} }
  myCertificates { ${certificateFields} }
  _myNotificationsMeta { unreadCount }
}`;

interface MyData {
  allRegistrations: MyRegistration[];
  myMatches: MyMatch[];
  myResults: MyResult[];
  myCertificates: MyCertificate[];
  _myNotificationsMeta: { unreadCount: number };
}

/** 我的: the worker's registrations with their states, matches, results, certificates and messages. */
export default function MyPage() {
  return (
    <RequireSignIn>
      <MyOverview />
    </RequireSignIn>
  );
}

function MyOverview() {
  const { t, locale } = useI18n();
  const session = useSession();
  const isWorker = session?.role === "WORKER";
  const { data, error, loading, reload } = useQuery<MyData>(myQuery, {}, { skip: !isWorker, pollSeconds: 60 });
  const signOut = (
    <Button
      variant="text"
      onClick={() => {
        signedOut();
        navigate("/", { replace: true });
      }}
    >
      {t("mine.signOut")}
    </Button>
  );
  if (!isWorker) {
    return (
      <Page title={session?.displayName ?? t("mine.title")} actions={signOut}>
        <p>
          {t("mine.notWorker")} <a href="/admin/">/admin/</a>
        </p>
      </Page>
    );
  }
  const registrations = byLiveThenNewest(data?.allRegistrations ?? []);
  const myRegistrationIds = new Set(registrations.map((registration) => registration.id));
  const unread = data?._myNotificationsMeta.unreadCount ?? 0;
  return (
    <Page title={session.displayName} actions={signOut}>
      <Card>
        <Link className="card-link row" to="/me/messages">
          <span>{unread > 0 ? t("mine.messagesUnread", { count: unread }) : t("mine.messages")}</span>
          <span aria-hidden="true">›</span>
        </Link>
      </Card>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading ? <Loading /> : null}
      {data ? (
        <>
          <Section title={t("mine.registrations")}>
            {registrations.length === 0 ? (
              <EmptyState
                action={
                  <Link className="button button-primary" to="/">
                    {t("mine.registrations.browse")}
                  </Link>
                }
              >
                {t("mine.registrations.none")}
              </EmptyState>
            ) : null}
            {registrations.map((registration) => (
              <Card key={registration.id}>
                <Link className="card-link" to={`/me/registrations/${registration.id}`}>
                  <h3>{registration.activityName}</h3>
                  <p className="meta">
                    {registration.category.name}
                    {registration.name ? ` · ${registration.name}` : null}
                  </p>
                  <div className="row">
                    <StatusBadge tone={toneOfState(registration.state)}>{registration.stateLabel}</StatusBadge>
                    <span className="meta">
                      {t("mine.registeredAt", { time: formatDayTime(registration.registeredAt, locale) })}
                    </span>
                  </div>
                </Link>
              </Card>
            ))}
          </Section>
          <MatchesSection matches={inPlayingOrder(data.myMatches)} myRegistrationIds={myRegistrationIds} />
          <ResultsSection results={data.myResults} sayNone />
          <CertificatesSection certificates={data.myCertificates} sayNone />
        </>
      ) : null}
    </Page>
  );
}
