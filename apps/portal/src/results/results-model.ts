// The public results as the API gives them (publishedActivities, publicNotice, allResults) and the
// pure rules the pages apply to them: grouping, ordering, place labels, score texts.
import type { MessageKey } from "../i18n/dictionary.ts";

/** An activity whose results the public may read: in 结果公示 or 已发布. */
export interface PublishedActivity {
  id: string;
  code: string;
  name: string;
  /** PUBLIC_NOTICE (结果公示) or FINAL (已发布). */
  state: string;
  stateLabel: string;
  departmentName: string;
  year: number;
}

export interface PublicNotice {
  id: string;
  current: boolean;
  publishedOn: string;
  firstDay: string;
  endDate: string;
  workingDays: number;
  description: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

export interface ResultAward {
  names: string[];
  advancesToProvincial: boolean;
}

export interface ResultRow {
  id: string;
  registrationId: string;
  entrantName: string;
  organizationName: string;
  categoryId: string;
  categoryName: string;
  trackKey: string;
  trackName: string;
  total: string | null;
  totalText: string | null;
  place: number | null;
  sharedPlace: boolean;
  award: ResultAward;
  details: unknown;
}

export const publishedActivityFields = "id code name state stateLabel departmentName year";
export const publicNoticeFields =
  "id current publishedOn firstDay endDate workingDays description withdrawnAt withdrawalReason";
export const resultFields = `id registrationId entrantName organizationName categoryId categoryName trackKey trackName
  total totalText place sharedPlace award { names advancesToProvincial } details`;

/** Activities by year, newest year first; within a year those still in 公示 come first. */
export function groupByYear(
  activities: readonly PublishedActivity[],
): { year: number; activities: PublishedActivity[] }[] {
  const years = new Map<number, PublishedActivity[]>();
  for (const activity of activities) {
    const list = years.get(activity.year) ?? [];
    list.push(activity);
    years.set(activity.year, list);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({
      year,
      // A stable sort: the API's order (latest change first) stays within each state.
      activities: [...list].sort((a, b) => Number(b.state === "PUBLIC_NOTICE") - Number(a.state === "PUBLIC_NOTICE")),
    }));
}

/** 第 N 名 / 并列第 N 名 / 不参加排名, in the reader's language. */
export function placeLabel(
  result: Pick<ResultRow, "place" | "sharedPlace">,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
): string {
  if (result.place === null) return t("results.unranked");
  return t(result.sharedPlace ? "results.placeShared" : "results.place", { place: result.place });
}

export interface RoundScore {
  roundKey: string;
  text: string;
}

/** Each round's own result (理论成绩, 实操成绩 …) from a result's details, in the activity's round order. */
export function roundScoresOf(details: unknown): RoundScore[] {
  if (typeof details !== "object" || details === null) return [];
  const scores = (details as { roundScores?: unknown }).roundScores;
  if (!Array.isArray(scores)) return [];
  return scores.flatMap((score): RoundScore[] => {
    if (typeof score !== "object" || score === null) return [];
    // The API writes each round's exact result with two decimals (resultText); the page never re-rounds.
    const { roundKey, resultText } = score as { roundKey?: unknown; resultText?: unknown };
    return typeof roundKey === "string" && typeof resultText === "string" ? [{ roundKey, text: resultText }] : [];
  });
}

export interface RankingTrack {
  key: string;
  name: string;
}

export interface RankingCategory {
  id: string;
  name: string;
  /** The award tracks (市级, 县(市)区级（古塔区）…) the category is ranked on; 市级 first. */
  tracks: RankingTrack[];
}

/** The categories the results cover, in the order the API lists them, each with its tracks. */
export function categoriesOf(results: readonly ResultRow[]): RankingCategory[] {
  const categories = new Map<string, RankingCategory>();
  for (const result of results) {
    let category = categories.get(result.categoryId);
    if (!category) {
      category = { id: result.categoryId, name: result.categoryName, tracks: [] };
      categories.set(result.categoryId, category);
    }
    if (!category.tracks.some((track) => track.key === result.trackKey)) {
      category.tracks.push({ key: result.trackKey, name: result.trackName });
    }
  }
  for (const category of categories.values()) {
    category.tracks.sort((a, b) => Number(b.key === "CITY") - Number(a.key === "CITY"));
  }
  return [...categories.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

/** One category's ranking on one track: by place, shared places together, the unranked last. */
export function rankingOf(results: readonly ResultRow[], categoryId: string, trackKey: string): ResultRow[] {
  return results
    .filter((result) => result.categoryId === categoryId && result.trackKey === trackKey)
    .sort((a, b) => {
      if (a.place === null || b.place === null) return Number(a.place === null) - Number(b.place === null);
      return a.place - b.place || a.entrantName.localeCompare(b.entrantName, "zh-CN");
    });
}

export interface NoticeEntry {
  registrationId: string;
  entrantName: string;
  organizationName: string;
  categoryName: string;
}

/** Every entry on the notice once (an entrant ranked on two tracks is one entry), for the objection form. */
export function entriesOnNotice(results: readonly ResultRow[]): NoticeEntry[] {
  const entries = new Map<string, NoticeEntry>();
  for (const result of results) {
    if (entries.has(result.registrationId)) continue;
    entries.set(result.registrationId, {
      registrationId: result.registrationId,
      entrantName: result.entrantName,
      organizationName: result.organizationName,
      categoryName: result.categoryName,
    });
  }
  return [...entries.values()];
}

/**
 * Where the public notice stands today (China time): OPEN while objections are taken (up to and
 * including 公示截止日期), ENDED once that day has passed but the results are not final yet, FINAL
 * once 已发布, NONE when there is no current notice to show (withdrawn for re-review, or unknown).
 */
export type NoticeStage = "OPEN" | "ENDED" | "FINAL" | "NONE";

export function noticeStage(
  activity: Pick<PublishedActivity, "state"> | undefined,
  notice: Pick<PublicNotice, "current" | "endDate"> | null | undefined,
  today: string,
): NoticeStage {
  if (!activity) return "NONE";
  if (activity.state === "FINAL") return "FINAL";
  if (activity.state !== "PUBLIC_NOTICE" || !notice?.current) return "NONE";
  return today > notice.endDate ? "ENDED" : "OPEN";
}

/** Rounds the templates name (理论成绩, 实操成绩 …); an organizer's own round is "第 N 轮". */
const roundLabelKeys: Record<string, MessageKey> = {
  theory: "results.round.theory",
  practical: "results.round.practical",
  jury: "results.round.jury",
  public: "results.round.public",
};

/** What a round's score is called: 理论成绩 for `theory`, 第 2 轮 for an unnamed second round. */
export function roundLabel(
  roundKey: string,
  index: number,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
): string {
  const key = roundLabelKeys[roundKey];
  return key ? t(key) : t("results.round.other", { number: index + 1 });
}
