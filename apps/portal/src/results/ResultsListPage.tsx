import { useMemo } from "react";
import { useQuery } from "../api/use-query.ts";
import { Link } from "../app/router.tsx";
import { chinaToday, formatDay } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading, StatusBadge } from "../ui/Feedback.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import { groupByYear, type PublishedActivity, publishedActivityFields } from "./results-model.ts";

const listQuery = `query PublishedResults { publishedActivities { ${publishedActivityFields} } }`;

/** One query for the end dates of every notice still running: n0: publicNotice(activityId: $a0) … */
function noticesQuery(ids: readonly string[]): string {
  const parameters = ids.map((_, index) => `$a${index}: ID!`).join(", ");
  const fields = ids
    .map((_, index) => `n${index}: publicNotice(activityId: $a${index}) { activityId current endDate }`)
    .join("\n");
  return `query NoticeEnds(${parameters}) { ${fields} }`;
}

type NoticeEnds = Record<string, { activityId: string; current: boolean; endDate: string } | null>;

/** /results: every activity whose results the public may read, by year, newest first. */
export default function ResultsListPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery<{ publishedActivities: PublishedActivity[] }>(listQuery);
  const activities = data?.publishedActivities ?? [];
  const inNotice = activities.filter((activity) => activity.state === "PUBLIC_NOTICE").map((activity) => activity.id);
  const notices = useQuery<NoticeEnds>(
    noticesQuery(inNotice),
    Object.fromEntries(inNotice.map((id, index) => [`a${index}`, id])),
    { skip: inNotice.length === 0 },
  );
  const endDates = useMemo(() => {
    const ends = new Map<string, string>();
    for (const notice of Object.values(notices.data ?? {})) {
      if (notice?.current) ends.set(notice.activityId, notice.endDate);
    }
    return ends;
  }, [notices.data]);
  const years = groupByYear(activities);

  return (
    <Page title={t("results.list.title")}>
      <p className="meta">{t("results.list.intro")}</p>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading ? <Loading /> : null}
      {!loading && !error && activities.length === 0 ? <EmptyState>{t("results.list.none")}</EmptyState> : null}
      {years.map(({ year, activities: ofYear }) => (
        <Section key={year} title={t("results.list.year", { year })}>
          {ofYear.map((activity) => (
            <PublishedActivityCard key={activity.id} activity={activity} endDate={endDates.get(activity.id)} />
          ))}
        </Section>
      ))}
    </Page>
  );
}

function PublishedActivityCard({ activity, endDate }: { activity: PublishedActivity; endDate: string | undefined }) {
  const { t, locale } = useI18n();
  const inNotice = activity.state === "PUBLIC_NOTICE";
  return (
    <Card>
      <Link className="card-link" to={`/results/${activity.id}`} data-activity={activity.code}>
        <h3>{activity.name}</h3>
        <p className="meta">{activity.departmentName}</p>
        <div className="row">
          <StatusBadge tone={inNotice ? "warn" : "good"}>
            {inNotice ? t("results.state.notice") : t("results.state.final")}
          </StatusBadge>
          {inNotice && endDate ? (
            <span className="meta">
              {endDate < chinaToday()
                ? t("results.list.noticeEnded")
                : t("results.list.noticeEnds", { date: formatDay(endDate, locale) })}
            </span>
          ) : null}
        </div>
      </Link>
    </Card>
  );
}
