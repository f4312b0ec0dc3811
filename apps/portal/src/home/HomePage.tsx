import { useSession } from "../account/session.ts";
import { type PortalActivity, placesLeftOf, portalActivityFields } from "../api/portal-activity.ts";
import { useQuery } from "../api/use-query.ts";
import { Link } from "../app/router.tsx";
import { daysUntil, formatDay, formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading, StatusBadge } from "../ui/Feedback.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";

const homeQuery = `query PortalHome { publicActivities { ${portalActivityFields} } }`;

/**
 * The start page everyone lands on from a WeChat link: what is open for registration, what is
 * happening now (live scores, votes, match schedules), and the way to published results.
 */
export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const { data, error, loading, reload } = useQuery<{ publicActivities: PortalActivity[] }>(
    homeQuery,
    {},
    {
      pollSeconds: 60,
    },
  );
  const activities = data?.publicActivities ?? [];
  const open = activities.filter((activity) => activity.state === "REGISTRATION_OPEN");
  const happening = activities.filter(
    (activity) =>
      activity.liveRounds.length + activity.publicVoteRounds.length + activity.tournamentRounds.length > 0 &&
      !activity.resultsPublished,
  );
  const published = activities.filter((activity) => activity.resultsPublished);
  return (
    <Page title={session ? t("home.welcome", { name: session.displayName }) : t("home.title")}>
      {session ? null : (
        <Card className="card-invite">
          <p className="meta">{t("home.guest.text")}</p>
          <div className="button-row">
            <Link className="button button-primary" to="/login">
              {t("app.signIn")}
            </Link>
            <Link className="button button-secondary" to="/activate">
              {t("home.guest.activate")}
            </Link>
          </div>
        </Card>
      )}
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading ? (
        <Loading />
      ) : (
        <>
          <Section title={t("home.open")}>
            {open.length === 0 ? <EmptyState>{t("home.open.none")}</EmptyState> : null}
            {open.map((activity) => (
              <OpenActivityCard key={activity.id} activity={activity} />
            ))}
          </Section>
          <Section title={t("home.now")}>
            {happening.length === 0 ? <EmptyState>{t("home.now.none")}</EmptyState> : null}
            {happening.map((activity) => (
              <HappeningCard key={activity.id} activity={activity} />
            ))}
          </Section>
          <Section title={t("home.published")}>
            <Card>
              <Link className="card-link" to="/results">
                {t("home.published.link", { count: published.length })} ›
              </Link>
            </Card>
          </Section>
        </>
      )}
    </Page>
  );
}

function OpenActivityCard({ activity }: { activity: PortalActivity }) {
  const { t, locale } = useI18n();
  const placesLeft = placesLeftOf(activity);
  const closesOn = activity.registrationClosesOn;
  const days = closesOn ? daysUntil(closesOn) : null;
  return (
    <Card>
      <Link className="card-link" to={`/activities/${activity.id}`}>
        <h3>{activity.name}</h3>
        <p className="meta">
          {activity.departmentName} · {activity.kindLabel}
        </p>
        {closesOn ? (
          <p className="meta">
            {t("home.closesOn", { date: formatDay(closesOn, locale) })}
            {days === 0 ? ` · ${t("home.closesToday")}` : null}
            {days !== null && days > 0 ? ` · ${t("home.closesInDays", { days })}` : null}
          </p>
        ) : null}
        <div className="row">
          {placesLeft === null ? (
            <StatusBadge tone="neutral">{t("home.unlimited")}</StatusBadge>
          ) : placesLeft > 0 ? (
            <StatusBadge tone="good">{t("home.placesLeft", { count: placesLeft })}</StatusBadge>
          ) : (
            <StatusBadge tone="warn">{t("home.full")}</StatusBadge>
          )}
          <span className="meta">
            {activity.selfRegistrationOpen
              ? t("home.selfRegistration")
              : activity.publicRecommendationOpen
                ? t("home.recommend")
                : activity.projectDeclarationOpen
                  ? t("home.declare")
                  : t("home.unitOnly")}
          </span>
        </div>
      </Link>
    </Card>
  );
}

function HappeningCard({ activity }: { activity: PortalActivity }) {
  const { t, locale } = useI18n();
  return (
    <Card>
      <h3>{activity.name}</h3>
      <p className="meta">
        {activity.departmentName} · {activity.stateLabel}
      </p>
      <ul className="list-plain">
        {activity.liveRounds.map((round) => (
          <li key={`live-${round.id}`}>
            <Link to={`/live/${round.id}`}>{t("home.live", { round: round.name })} ›</Link>
          </li>
        ))}
        {activity.publicVoteRounds.map((round) => (
          <li key={`vote-${round.id}`}>
            <Link to={`/vote/${round.id}`}>{t("home.vote", { round: round.name })} ›</Link>
            <p className="meta">
              {round.isOpen
                ? t("home.voteOpen")
                : round.opensAt && Date.parse(round.opensAt) > Date.now()
                  ? t("home.voteSoon", { time: formatDayTime(round.opensAt, locale) })
                  : t("home.voteClosed")}
            </p>
          </li>
        ))}
        {activity.tournamentRounds.map((round) => (
          <li key={`tournament-${round.id}`}>
            <Link to={`/tournaments/${round.id}`}>{t("home.tournament", { round: round.name })} ›</Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
