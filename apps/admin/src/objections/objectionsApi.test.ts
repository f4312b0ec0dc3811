import { describe, expect, it } from "vitest";
import { awaitsReReview } from "./objectionsApi.ts";

describe("objections awaiting a re-review", () => {
  it("are the upheld ones sent to re-review and not yet recorded as done", () => {
    expect(awaitsReReview({ status: "UPHELD", upheldAction: "RE_REVIEW", reReviewCompletedAt: null })).toBe(true);
    expect(
      awaitsReReview({ status: "UPHELD", upheldAction: "RE_REVIEW", reReviewCompletedAt: "2015-10-10T02:00:00Z" }),
    ).toBe(false);
    expect(awaitsReReview({ status: "UPHELD", upheldAction: "WITHDRAW", reReviewCompletedAt: null })).toBe(false);
    expect(awaitsReReview({ status: "DISMISSED", upheldAction: null, reReviewCompletedAt: null })).toBe(false);
    expect(awaitsReReview({ status: "OPEN", upheldAction: null, reReviewCompletedAt: null })).toBe(false);
  });
});
