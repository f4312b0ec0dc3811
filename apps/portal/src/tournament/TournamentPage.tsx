import { useSession } from "../account/session.ts";
import { useQuery } from "../api/use-query.ts";
import { navigate, useLocation } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { useT } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading } from "../ui/Feedback.tsx";
import { Page, Section } from "../ui/Page.tsx";
import { BracketView } from "./BracketView.tsx";
import { FinalStandings } from "./FinalStandings.tsx";
import { GroupTables } from "./GroupTables.tsx";
import { MatchList } from "./MatchList.tsx";
import {
  activityOfRound,
  drawnEvents,
  drawnEventsQuery,
  drawQuery,
  matchesQuery,
  myMatchesQuery,
  type ScheduledMatch,
  type TournamentActivity,
  type TournamentDraw,
  tournamentActivitiesQuery,
} from "./tournament-data.ts";

/** Everything on the page is read again this often while the page is in view. */
const refreshSeconds = 30;

/**
 * The draw and schedule of a tournament's match round, one event (男单, 混双 …) at a time: group
 * tables, the knockout bracket, the matches with time, court and game scores; a signed-in worker's
 * own matches stand out.
 */
export default function TournamentPage({ params }: PageProps) {
  const t = useT();
  const roundId = params.roundId ?? "";
  const { pathname, search } = useLocation();
  const session = useSession();
  const activities = useQuery<{ publicActivities: TournamentActivity[] }>(tournamentActivitiesQuery);
  const found = activities.data ? activityOfRound(activities.data.publicActivities, roundId) : null;
  const drawn = useQuery<{ allTournamentDraws: { categoryId: string }[] }>(
    drawnEventsQuery,
    { roundId },
    { pollSeconds: refreshSeconds },
  );
  const categories = drawnEvents(
    found?.activity.categories ?? [],
    drawn.data?.allTournamentDraws.map((draw) => draw.categoryId),
  );
  const chosen = categories.find((category) => category.id === search.get("event")) ?? categories[0];
  const categoryId = chosen?.id ?? "";
  const variables = { roundId, categoryId };
  const draw = useQuery<{ tournamentDraw: TournamentDraw | null }>(drawQuery, variables, {
    skip: !categoryId,
    pollSeconds: refreshSeconds,
  });
  const matches = useQuery<{ allMatches: ScheduledMatch[] }>(matchesQuery, variables, {
    skip: !categoryId,
    pollSeconds: refreshSeconds,
  });
  const mine = useQuery<{ myMatches: { id: string }[] }>(
    myMatchesQuery,
    {},
    {
      skip: session?.role !== "WORKER",
      pollSeconds: refreshSeconds,
    },
  );
  const myMatchIds = new Set((mine.data?.myMatches ?? []).map((match) => match.id));

  if (!activities.data) {
    return (
      <Page title={t("tournament.title")} back="/">
        {activities.error ? (
          <ErrorNotice error={activities.error} onRetry={activities.reload} />
        ) : (
          <Loading lines={4} />
        )}
      </Page>
    );
  }
  if (drawn.loading) {
    return (
      <Page title={found?.activity.name ?? t("tournament.title")} back="/">
        <Loading lines={4} />
      </Page>
    );
  }
  if (!found) {
    return (
      <Page title={t("tournament.title")} back="/">
        <EmptyState>{t("tournament.notFound")}</EmptyState>
      </Page>
    );
  }

  const currentDraw = draw.data?.tournamentDraw;
  const eventMatches = matches.data?.allMatches ?? [];
  return (
    <Page title={found.activity.name} back="/">
      <p className="meta">{found.roundName}</p>
      {categories.length > 1 ? (
        <div className="event-switcher" role="tablist" aria-label={t("tournament.events")}>
          {categories.map((category) => (
            <button
              key={category.id}
              type="button"
              role="tab"
              aria-selected={category.id === categoryId}
              className={category.id === categoryId ? "event-tab event-tab-active" : "event-tab"}
              onClick={() => navigate(`${pathname}?event=${encodeURIComponent(category.id)}`, { replace: true })}
            >
              {category.name}
            </button>
          ))}
        </div>
      ) : null}
      {draw.error ? <ErrorNotice error={draw.error} onRetry={draw.reload} /> : null}
      {draw.loading ? <Loading lines={4} /> : null}
      {!draw.loading && !draw.error && !currentDraw ? <EmptyState>{t("tournament.notDrawn")}</EmptyState> : null}
      {currentDraw ? (
        <>
          <FinalStandings standings={currentDraw.standings} />
          {currentDraw.groupTables.length > 0 ? (
            <Section title={t("tournament.groups")}>
              <GroupTables tables={currentDraw.groupTables} />
            </Section>
          ) : null}
          {currentDraw.bracket.rounds.length > 0 ? (
            <Section title={t("tournament.bracket")}>
              <BracketView rounds={currentDraw.bracket.rounds} mine={myMatchIds} />
            </Section>
          ) : null}
          <Section title={t("tournament.matches")}>
            {matches.error ? <ErrorNotice error={matches.error} onRetry={matches.reload} /> : null}
            {eventMatches.length === 0 && !matches.loading ? (
              <EmptyState>{t("tournament.noMatches")}</EmptyState>
            ) : null}
            <MatchList matches={eventMatches} mine={myMatchIds} />
          </Section>
        </>
      ) : null}
      <p className="meta tournament-refresh">{t("tournament.refresh", { seconds: refreshSeconds })}</p>
    </Page>
  );
}
