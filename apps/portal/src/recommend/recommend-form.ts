// The public recommendation (公众推荐) form's rules, checked on the phone as the recommender types;
// the API checks the same again (recommendCandidate, docs/api/voting.md §5).
import { isMobilePhone } from "@jinzhou/domain";
import type { MessageKey } from "../i18n/dictionary.ts";

export const recommendLimits = { candidateName: 30, story: 2000, recommenderName: 30 } as const;

export interface RecommendDraft {
  categoryKey: string;
  candidateName: string;
  organizationId: string;
  story: string;
  recommenderName: string;
  recommenderPhone: string;
}

export type RecommendField = keyof RecommendDraft;
export type RecommendProblems = Partial<Record<RecommendField, MessageKey>>;

export const emptyRecommendation: RecommendDraft = {
  categoryKey: "",
  candidateName: "",
  organizationId: "",
  story: "",
  recommenderName: "",
  recommenderPhone: "",
};

/** The phone as sent: digits only (people type 139 0416 1234 or 139-0416-1234). */
export function phoneDigits(typed: string): string {
  return typed.replace(/[\s-]/g, "");
}

/** Every problem of the draft, by field; `needsCategory` when the activity has several to choose from. */
export function recommendProblems(draft: RecommendDraft, needsCategory: boolean): RecommendProblems {
  const problems: RecommendProblems = {};
  if (needsCategory && draft.categoryKey === "") problems.categoryKey = "recommend.categoryRequired";
  const candidate = draft.candidateName.trim();
  if (candidate === "") problems.candidateName = "recommend.candidateRequired";
  else if (candidate.length > recommendLimits.candidateName) problems.candidateName = "recommend.candidateTooLong";
  if (draft.organizationId === "") problems.organizationId = "recommend.unitRequired";
  const story = draft.story.trim();
  if (story === "") problems.story = "recommend.storyRequired";
  else if (story.length > recommendLimits.story) problems.story = "recommend.storyTooLong";
  const recommender = draft.recommenderName.trim();
  if (recommender === "") problems.recommenderName = "recommend.recommenderRequired";
  else if (recommender.length > recommendLimits.recommenderName) {
    problems.recommenderName = "recommend.recommenderTooLong";
  }
  const phone = phoneDigits(draft.recommenderPhone);
  if (phone === "") problems.recommenderPhone = "recommend.phoneRequired";
  else if (!isMobilePhone(phone)) problems.recommenderPhone = "recommend.phoneFormat";
  return problems;
}

/** The phone's problem while it is typed: nothing until 11 digits (or the field is left), except stray characters. */
export function phoneProblemWhileTyping(typed: string, leftField: boolean): MessageKey | undefined {
  const digits = phoneDigits(typed);
  if (digits === "") return undefined;
  if (/\D/.test(digits) || digits.length > 11) return "recommend.phoneFormat";
  if (digits.length < 11 && !leftField) return undefined;
  return isMobilePhone(digits) ? undefined : "recommend.phoneFormat";
}

/**
 * Why an activity takes no recommendation now, when it does not (publicRecommendationOpen false):
 * its deadline has passed, it is not in its recommendation period (a 最美劳动者 search before or
 * after it), or it does not take recommendations from the public at all.
 */
export function refusalOf(
  activity: { state: string; kind: string; registrationClosesOn: string | null },
  today: string,
): "recommend.closed" | "recommend.notOpen" | "recommend.notAccepted" {
  if (
    activity.state === "REGISTRATION_OPEN" &&
    activity.registrationClosesOn &&
    activity.registrationClosesOn < today
  ) {
    return "recommend.closed";
  }
  // The public portal does not see an activity's entry channels; the search for 最美劳动者 is the kind that takes them.
  return activity.kind === "MOST_BEAUTIFUL_WORKER" ? "recommend.notOpen" : "recommend.notAccepted";
}
