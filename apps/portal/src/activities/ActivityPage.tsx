import type { PortalActivity, PortalCategory } from "../api/portal-activity.ts";
import { Link } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { daysUntil, formatDay } from "../i18n/format.ts";
import { useI18n, useT } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading, Notice, StatusBadge } from "../ui/Feedback.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import { entrantText, placesText } from "./category-text.ts";
import { type CategoryAction, categoryAction, takesEntriesNow } from "./entry-option.ts";
import type { MyRegistration } from "./queries.ts";
import { ReasonList } from "./ReasonList.tsx";
import { outcomeOf } from "./registration-outcome.ts";
import { useActivity } from "./use-activity.ts";

/**
 * /activities/:id — one activity for anyone: what it is, its dates, each category with places
 * left and the waiting list; for a signed-in worker whether they may enter each category and, if
 * not, every reason before they fill anything in; their entries; and the ways to take part.
 */
export default function ActivityPage({ params }: PageProps) {
  const t = useT();
  const id = params.id ?? "";
  const view = useActivity(id);
  const { activity } = view;
  if (view.loading && activity === undefined) {
    return (
      <Page title={t("activities.title")} back="/">
        <Loading lines={4} />
      </Page>
    );
  }
  if (!activity) {
    return (
      <Page title={t("activities.title")} back="/">
        {view.error ? (
          <ErrorNotice error={view.error} onRetry={view.reload} />
        ) : (
          <EmptyState>{t("activities.notFound")}</EmptyState>
        )}
      </Page>
    );
  }
  const options = view.mine?.Activity?.myEntryOptions ?? [];
  const entries = view.mine?.allRegistrations ?? [];
  const here = `/activities/${activity.id}`;
  return (
    <Page title={activity.name} back="/">
      <Facts activity={activity} />
      {view.error ? <ErrorNotice error={view.error} onRetry={view.reload} /> : null}
      {view.mineError ? <ErrorNotice error={view.mineError} onRetry={view.reload} /> : null}
      {!view.signedIn && (activity.selfRegistrationOpen || activity.projectDeclarationOpen) ? (
        <Card className="card-invite">
          <p className="meta">{t("activities.signIn.text")}</p>
          <div className="button-row">
            <Link className="button button-primary" to={`/login?next=${encodeURIComponent(here)}`}>
              {t("activities.signIn")}
            </Link>
            <Link className="button button-secondary" to={`/activate?next=${encodeURIComponent(here)}`}>
              {t("activities.activate")}
            </Link>
          </div>
        </Card>
      ) : null}
      {activity.projectDeclarationOpen || activity.publicRecommendationOpen ? (
        <Card>
          {activity.projectDeclarationOpen ? <p>{t("activities.declareOpen")}</p> : null}
          {activity.publicRecommendationOpen ? <p>{t("activities.recommendOpen")}</p> : null}
          <div className="button-row">
            {activity.projectDeclarationOpen && (!view.signedIn || view.isWorker) ? (
              <Link className="button button-primary" to={`${here}/declare`}>
                {t("activities.action.declare")}
              </Link>
            ) : null}
            {activity.publicRecommendationOpen ? (
              <Link className="button button-secondary" to={`${here}/recommend`}>
                {t("activities.action.recommend")}
              </Link>
            ) : null}
          </div>
        </Card>
      ) : null}
      {activity.categories.length > 0 ? (
        <Section title={t("activities.categories")}>
          {activity.categories.map((category) => {
            const option = options.find((candidate) => candidate.categoryId === category.id);
            const action = categoryAction({
              category,
              option,
              signedIn: view.signedIn,
              isWorker: view.isWorker,
              open: takesEntriesNow(
                activity.state,
                activity.registrationClosesOn ? daysUntil(activity.registrationClosesOn) : null,
              ),
            });
            return (
              <CategoryCard
                key={category.id}
                activity={activity}
                category={category}
                action={action}
                entry={
                  action.kind === "entered" ? entries.find((entry) => entry.id === action.registrationId) : undefined
                }
                optionsFailed={view.mineError !== undefined}
              />
            );
          })}
        </Section>
      ) : null}
      <FollowLinks activity={activity} />
    </Page>
  );
}

function Facts({ activity }: { activity: PortalActivity }) {
  const { t, locale } = useI18n();
  const closes = activity.registrationClosesOn;
  const days = closes ? daysUntil(closes) : null;
  const open = activity.state === "REGISTRATION_OPEN";
  return (
    <Card>
      <dl className="facts">
        <dt>{t("activities.facts.department")}</dt>
        <dd>{activity.departmentName}</dd>
        <dt>{t("activities.facts.kind")}</dt>
        <dd>{activity.kindLabel}</dd>
        <dt>{t("activities.facts.state")}</dt>
        <dd>
          <StatusBadge tone={open ? "good" : "neutral"}>{activity.stateLabel}</StatusBadge>
        </dd>
        {activity.registrationOpensOn ? (
          <>
            <dt>{t("activities.facts.opensOn")}</dt>
            <dd>{formatDay(activity.registrationOpensOn, locale)}</dd>
          </>
        ) : null}
        {closes ? (
          <>
            <dt>{t("activities.facts.closesOn")}</dt>
            <dd>
              {formatDay(closes, locale)}
              {open && days !== null ? (
                <span className={days <= 3 ? "deadline-near" : "meta"}>
                  {" · "}
                  {days > 0
                    ? t("activities.closesInDays", { days })
                    : days === 0
                      ? t("activities.closesToday")
                      : t("activities.closedAlready")}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {activity.judgingEndsOn ? (
          <>
            <dt>{t("activities.facts.judgingEndsOn")}</dt>
            <dd>{formatDay(activity.judgingEndsOn, locale)}</dd>
          </>
        ) : null}
        {activity.completedBy || activity.deadlinePhrase ? (
          <>
            <dt>{t("activities.facts.completedBy")}</dt>
            <dd>
              {activity.completedBy ? formatDay(activity.completedBy, locale) : null}
              {activity.completedBy && activity.deadlinePhrase ? "（" : null}
              {activity.deadlinePhrase}
              {activity.completedBy && activity.deadlinePhrase ? "）" : null}
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

/** One category of the activity, with what this worker may do in it. */
interface CategoryProps {
  activity: PortalActivity;
  category: PortalCategory;
  action: CategoryAction;
  entry: MyRegistration | undefined;
  optionsFailed: boolean;
}

function CategoryCard(props: CategoryProps) {
  const { category } = props;
  const t = useT();
  const places = placesText(t, category);
  return (
    <Card className="category-card">
      <div className="row">
        <h3>{category.name}</h3>
        <StatusBadge tone={places.tone}>{places.text}</StatusBadge>
      </div>
      <p className="meta">{entrantText(t, category)}</p>
      <CategoryActionView {...props} />
    </Card>
  );
}

function CategoryActionView({ activity, category, action, entry, optionsFailed }: CategoryProps) {
  const t = useT();
  switch (action.kind) {
    case "register":
      return (
        <div className="button-row">
          <Link className="button button-primary" to={`/activities/${activity.id}/register/${category.id}`}>
            {t("activities.action.register")}
          </Link>
        </div>
      );
    case "declare":
      return (
        <div className="button-row">
          <Link className="button button-primary" to={`/activities/${activity.id}/declare`}>
            {t("activities.action.declare")}
          </Link>
        </div>
      );
    case "entered": {
      const outcome = outcomeOf(entry?.state ?? "");
      return (
        <div className="entry-held">
          <p>
            {t("activities.entered")}
            {entry ? <StatusBadge tone={outcome.tone}>{entry.stateLabel}</StatusBadge> : null}
          </p>
          {action.otherReasons.length > 0 ? <ReasonList reasons={action.otherReasons} /> : null}
          <Link className="button button-secondary" to={`/me/registrations/${action.registrationId}`}>
            {t("activities.action.viewEntry")} ›
          </Link>
        </div>
      );
    }
    case "blocked":
      return (
        <div className="reasons" role="note">
          <p className="reasons-title">{t("activities.blocked")}</p>
          <ReasonList reasons={action.reasons} />
        </div>
      );
    case "signIn":
      return null;
    case "notWorker":
      return <Notice>{t("activities.notWorker")}</Notice>;
    case "unitOnly":
      return <p className="meta">{t("activities.unitOnly")}</p>;
    case "closed":
      return <p className="meta">{t("activities.closed")}</p>;
    case "unknown":
      return optionsFailed ? <p className="meta">{t("activities.optionsFailed")}</p> : null;
  }
}

function FollowLinks({ activity }: { activity: PortalActivity }) {
  const t = useT();
  const links = [
    ...activity.liveRounds.map((round) => ({
      to: `/live/${round.id}`,
      text: t("activities.follow.live", { round: round.name }),
    })),
    ...activity.publicVoteRounds.map((round) => ({
      to: `/vote/${round.id}`,
      text: t("activities.follow.vote", { round: round.name }),
    })),
    ...activity.tournamentRounds.map((round) => ({
      to: `/tournaments/${round.id}`,
      text: t("activities.follow.tournament", { round: round.name }),
    })),
    ...(activity.resultsPublished ? [{ to: `/results/${activity.id}`, text: t("activities.follow.results") }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <Section title={t("activities.follow")}>
      <Card>
        <ul className="list-plain">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.text} ›</Link>
            </li>
          ))}
        </ul>
      </Card>
    </Section>
  );
}
