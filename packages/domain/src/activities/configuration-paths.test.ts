import { describe, expect, it } from "vitest";
import { bracketIndexes, fieldErrorsAt, reasonsAt } from "./configuration-paths.ts";

describe("configuration paths", () => {
  it("writes list indexes in brackets", () => {
    expect(bracketIndexes("capacities.0.capacity")).toBe("capacities[0].capacity");
    expect(bracketIndexes("limits.12")).toBe("limits[12]");
    expect(bracketIndexes("rounds[1].weight")).toBe("rounds[1].weight");
    expect(bracketIndexes("a.b1.c")).toBe("a.b1.c");
  });

  it("re-roots a block's errors under the configuration's field", () => {
    const errors = [
      { field: "limits[0].percent", code: "A", message: "甲" },
      { field: "limits", code: "B", message: "乙" },
      { field: "limitsOther", code: "C", message: "丙" },
      { field: "", code: "D", message: "丁" },
    ];
    expect(fieldErrorsAt("compositionLimits", errors, "limits").map((error) => error.field)).toEqual([
      "compositionLimits[0].percent",
      "compositionLimits",
      "compositionLimits.limitsOther",
      "compositionLimits",
    ]);
    expect(
      fieldErrorsAt("categories", [{ field: "capacities.3.capacity", code: "E", message: "戊" }], "capacities"),
    ).toEqual([{ field: "categories[3].capacity", code: "E", message: "戊" }]);
    expect(fieldErrorsAt("quota", [{ field: "total", code: "F", message: "己" }])).toEqual([
      { field: "quota.total", code: "F", message: "己" },
    ]);
  });

  it("gives reasons the path of the part they are about", () => {
    expect(reasonsAt("awards", [{ code: "G", message: "庚" }])).toEqual([
      { field: "awards", code: "G", message: "庚" },
    ]);
  });
});
