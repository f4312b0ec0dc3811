import { useState } from "react";
import { useQuery } from "../api/use-query.ts";
import { Link } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { chinaToday } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading, StatusBadge } from "../ui/Feedback.tsx";
import { Page, Section } from "../ui/Page.tsx";
import { NoticeBox } from "./NoticeBox.tsx";
import { ObjectionForm } from "./ObjectionForm.tsx";
import { RankingList } from "./RankingList.tsx";
import {
  categoriesOf,
  entriesOnNotice,
  noticeStage,
  type PublicNotice,
  type PublishedActivity,
  publicNoticeFields,
  publishedActivityFields,
  type ResultRow,
  rankingOf,
  resultFields,
} from "./results-model.ts";

const resultsQuery = `query PublicResults($id: ID!) {
  publishedActivities { ${publishedActivityFields} }
  publicNotice(activityId: $id) { ${publicNoticeFields} }
  allResults(filter: { activityId: $id }, sortField: "place", sortOrder: "ASC", page: 0, perPage: 1000) { ${resultFields} }
}`;

interface ResultsData {
  publishedActivities: PublishedActivity[];
  publicNotice: PublicNotice | null;
  allResults: ResultRow[];
}

/** /results/:activityId — the ranking per category and award track, the public notice, objections. */
export default function ResultsPage({ params }: PageProps) {
  const { t } = useI18n();
  const activityId = params.activityId ?? "";
  const { data, error, loading, reload } = useQuery<ResultsData>(resultsQuery, { id: activityId });
  const [objecting, setObjecting] = useState(false);
  const activity = data?.publishedActivities.find((candidate) => candidate.id === activityId);
  const results = data?.allResults ?? [];
  const stage = noticeStage(activity, data?.publicNotice, chinaToday());

  const openForm = () => {
    setObjecting(true);
    window.requestAnimationFrame(() => document.getElementById("objection")?.scrollIntoView({ block: "start" }));
  };
  const closeForm = () => {
    setObjecting(false);
    reload();
  };

  return (
    <Page title={activity?.name ?? t("results.page.title")} back="/results">
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading ? <Loading /> : null}
      {data && !activity ? (
        <EmptyState action={<Link to="/results">{t("results.page.backToList")} ›</Link>}>
          {t("results.page.unavailable")}
        </EmptyState>
      ) : null}
      {activity ? (
        <>
          <div className="row">
            <p className="meta">{activity.departmentName}</p>
            <StatusBadge tone={activity.state === "FINAL" ? "good" : "warn"}>
              {activity.state === "FINAL" ? t("results.state.final") : t("results.state.notice")}
            </StatusBadge>
          </div>
          <NoticeBox
            notice={data?.publicNotice ?? null}
            stage={stage}
            onObject={objecting || results.length === 0 ? undefined : openForm}
          />
          {results.length === 0 ? (
            <EmptyState>{t("results.page.noResults")}</EmptyState>
          ) : (
            <Rankings results={results} />
          )}
          {objecting && stage === "OPEN" ? (
            <Section id="objection">
              <ObjectionForm activityId={activity.id} entries={entriesOnNotice(results)} onClose={closeForm} />
            </Section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

/** The category switcher (and the award-track switcher where a category is ranked on several) above the list. */
function Rankings({ results }: { results: ResultRow[] }) {
  const { t } = useI18n();
  const categories = categoriesOf(results);
  const [categoryId, setCategoryId] = useState<string>();
  const [trackKey, setTrackKey] = useState<string>();
  const category = categories.find((candidate) => candidate.id === categoryId) ?? categories[0];
  if (!category) return null;
  const track = category.tracks.find((candidate) => candidate.key === trackKey) ?? category.tracks[0];
  if (!track) return null;
  return (
    <Section title={t("results.ranking")}>
      {categories.length > 1 ? (
        <Switcher
          label={t("results.category")}
          options={categories.map((option) => ({ key: option.id, name: option.name }))}
          selected={category.id}
          onSelect={setCategoryId}
        />
      ) : (
        <p className="meta">{t("results.categoryValue", { name: category.name })}</p>
      )}
      {category.tracks.length > 1 ? (
        <Switcher
          label={t("results.track")}
          options={category.tracks.map((option) => ({ key: option.key, name: option.name }))}
          selected={track.key}
          onSelect={setTrackKey}
        />
      ) : null}
      <RankingList results={rankingOf(results, category.id, track.key)} />
    </Section>
  );
}

function Switcher({
  label,
  options,
  selected,
  onSelect,
}: {
  label: string;
  options: { key: string; name: string }[];
  selected: string;
  onSelect(key: string): void;
}) {
  return (
    <fieldset className="switcher">
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <button
          key={option.key}
          type="button"
          className={option.key === selected ? "switcher-option switcher-selected" : "switcher-option"}
          aria-pressed={option.key === selected}
          onClick={() => onSelect(option.key)}
        >
          {option.name}
        </button>
      ))}
    </fieldset>
  );
}
