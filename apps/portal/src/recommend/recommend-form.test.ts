import { describe, expect, it } from "vitest";
import {
  emptyRecommendation,
  phoneDigits,
  phoneProblemWhileTyping,
  recommendProblems,
  refusalOf,
} from "./recommend-form.ts";

const complete = {
  categoryKey: "",
  candidateName: "刘秀英",
  organizationId: "12",
  story: "环卫工人，二十年如一日清扫城区主干道。",
  recommenderName: "王建国",
  recommenderPhone: "139 0416 1234",
};

describe("recommendProblems", () => {
  it("finds nothing wrong with a complete recommendation", () => {
    expect(recommendProblems(complete, false)).toEqual({});
  });

  it("names every missing part at once, the category only where there is a choice", () => {
    expect(recommendProblems(emptyRecommendation, true)).toEqual({
      categoryKey: "recommend.categoryRequired",
      candidateName: "recommend.candidateRequired",
      organizationId: "recommend.unitRequired",
      story: "recommend.storyRequired",
      recommenderName: "recommend.recommenderRequired",
      recommenderPhone: "recommend.phoneRequired",
    });
    expect(recommendProblems(emptyRecommendation, false).categoryKey).toBeUndefined();
  });

  it("holds the API's limits: names of 30, a story of 2000, a mobile phone", () => {
    expect(
      recommendProblems(
        {
          ...complete,
          candidateName: "刘".repeat(31),
          story: "事".repeat(2001),
          recommenderName: "王".repeat(31),
          recommenderPhone: "0416-1234567",
        },
        false,
      ),
    ).toEqual({
      candidateName: "recommend.candidateTooLong",
      story: "recommend.storyTooLong",
      recommenderName: "recommend.recommenderTooLong",
      recommenderPhone: "recommend.phoneFormat",
    });
    expect(recommendProblems({ ...complete, story: "事".repeat(2000) }, false)).toEqual({});
  });
});

describe("the recommender's phone", () => {
  it("is sent as digits", () => {
    expect(phoneDigits("139-0416 1234")).toBe("13904161234");
  });

  it("is called wrong as typed only once it cannot become right or is complete", () => {
    expect(phoneProblemWhileTyping("1390", false)).toBeUndefined();
    expect(phoneProblemWhileTyping("1390", true)).toBe("recommend.phoneFormat");
    expect(phoneProblemWhileTyping("139041612345", false)).toBe("recommend.phoneFormat");
    expect(phoneProblemWhileTyping("1390a", false)).toBe("recommend.phoneFormat");
    expect(phoneProblemWhileTyping("12904161234", false)).toBe("recommend.phoneFormat");
    expect(phoneProblemWhileTyping("13904161234", false)).toBeUndefined();
  });
});

describe("refusalOf", () => {
  const search = { state: "REGISTRATION_OPEN", kind: "MOST_BEAUTIFUL_WORKER", registrationClosesOn: "2026-11-20" };
  it("says the deadline has passed while the activity is still open past it", () => {
    expect(refusalOf(search, "2026-11-21")).toBe("recommend.closed");
  });

  it("says a search is not in its recommendation period before or after it", () => {
    expect(refusalOf({ ...search, state: "DRAFT" }, "2026-11-01")).toBe("recommend.notOpen");
    expect(refusalOf({ ...search, state: "JUDGING" }, "2026-11-21")).toBe("recommend.notOpen");
  });

  it("says other activities do not take recommendations from the public", () => {
    expect(refusalOf({ ...search, kind: "SKILLS_CONTEST" }, "2026-11-10")).toBe("recommend.notAccepted");
  });
});
