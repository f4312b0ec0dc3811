import { describe, expect, it } from "vitest";
import { changedKeys, indicatorLabel, indicatorNames } from "./indicatorValues.ts";
import { awaitsReportReview, reportName } from "./reviewIndicatorReport.ts";

describe("indicator values", () => {
  it("names indicators after the activity's criteria, falling back to the code", () => {
    const names = indicatorNames([
      { criteria: [{ key: "safety", name: "安全生产" }] },
      {
        criteria: [
          { key: "safety", name: "别名" },
          { key: "energy", name: "节能减排" },
        ],
      },
      { criteria: null },
    ]);
    expect(indicatorLabel("safety", names)).toBe("安全生产");
    expect(indicatorLabel("energy", names)).toBe("节能减排");
    expect(indicatorLabel("custom", names)).toBe("custom");
  });

  it("marks the values that changed since the previous version, by exact text", () => {
    const previous = [
      { key: "energy", value: "12.125" },
      { key: "safety", value: "98.5" },
    ];
    const current = [
      { key: "energy", value: "12.125" },
      { key: "safety", value: "98.50" },
      { key: "skills", value: "3" },
    ];
    expect([...changedKeys(previous, current)].sort()).toEqual(["safety", "skills"]);
    expect(changedKeys(null, current).size).toBe(0);
  });

  it("names a report by its entrant and period, and reviews only pending ones", () => {
    expect(reportName({ period: "2015-Q2", registration: { name: "锦州港机修班" } })).toBe("锦州港机修班 2015-Q2");
    expect(reportName({ period: "2015-Q2", registration: { name: null, members: [{ name: "张三" }] } })).toBe(
      "张三 2015-Q2",
    );
    expect(reportName({ period: "2015-05", registration: null })).toBe("2015-05");
    expect(awaitsReportReview({ reviewState: "PENDING" })).toBe(true);
    expect(awaitsReportReview({ reviewState: "RETURNED" })).toBe(false);
    expect(awaitsReportReview(undefined)).toBe(false);
  });
});
