import { describe, expect, it } from "vitest";
import { auditDiff, displayValue, fieldKey, flattenValue, parseAuditValue } from "./auditDiff.ts";

describe("auditDiff", () => {
  it("marks the fields whose values changed, and keeps the others", () => {
    const rows = auditDiff(
      JSON.stringify({ name: "国庆节", date: "2017-10-01", kind: "HOLIDAY" }),
      JSON.stringify({ name: "国庆节、中秋节", date: "2017-10-04", kind: "HOLIDAY" }),
    );
    expect(rows.map((row) => [row.field, row.changed])).toEqual([
      ["name", true],
      ["date", true],
      ["kind", false],
    ]);
    expect(rows[0]).toMatchObject({ before: "国庆节", after: "国庆节、中秋节" });
  });

  it("shows a creation as fields only after and a deletion as fields only before", () => {
    expect(auditDiff(null, JSON.stringify({ name: "A" }))).toEqual([
      { field: "name", before: undefined, after: "A", inBefore: false, inAfter: true, changed: true },
    ]);
    expect(auditDiff(JSON.stringify({ name: "A" }), null)[0]).toMatchObject({
      inBefore: true,
      inAfter: false,
      changed: true,
    });
  });

  it("opens nested objects and arrays of objects, and keeps masked numbers as they come", () => {
    const rows = auditDiff(
      JSON.stringify({ idNumber: "210702********1234", schedule: { completedBy: "2015-04-30" }, list: [{ a: 1 }] }),
      JSON.stringify({ idNumber: "210702********1234", schedule: { completedBy: "2015-05-31" }, list: [{ a: 2 }] }),
    );
    expect(rows.map((row) => [row.field, row.changed])).toEqual([
      ["idNumber", false],
      ["schedule.completedBy", true],
      ["list[0].a", true],
    ]);
    expect(rows[0]?.after).toBe("210702********1234");
  });

  it("treats a field that appears on one side only as changed", () => {
    const rows = auditDiff(JSON.stringify({ a: 1 }), JSON.stringify({ a: 1, b: null }));
    expect(rows.map((row) => [row.field, row.changed])).toEqual([
      ["a", false],
      ["b", true],
    ]);
  });
});

describe("flattenValue and parseAuditValue", () => {
  it("keeps lists of plain values and empty objects as one leaf, and text that is not JSON as text", () => {
    expect([...flattenValue({ numbers: ["A1", "A2"], empty: {} })]).toEqual([
      ["numbers", ["A1", "A2"]],
      ["empty", {}],
    ]);
    expect([...flattenValue("plain")]).toEqual([["", "plain"]]);
    expect(parseAuditValue("not json")).toBe("not json");
    expect(parseAuditValue("")).toBeUndefined();
    expect(parseAuditValue(null)).toBeUndefined();
  });
});

describe("displayValue and fieldKey", () => {
  it("writes values readably", () => {
    expect(displayValue(null)).toBe("—");
    expect(displayValue(undefined)).toBe("—");
    expect(displayValue("")).toBe("“”");
    expect(displayValue(["A1", "A2"])).toBe("A1、A2");
    expect(displayValue([])).toBe("[]");
    expect(displayValue(true)).toBe("是");
    expect(displayValue(80.5)).toBe("80.5");
    expect(displayValue({ x: 1 })).toBe('{"x":1}');
  });

  it("finds the key to label a path with", () => {
    expect(fieldKey("schedule.completedBy")).toBe("completedBy");
    expect(fieldKey("assignments[0]")).toBe("assignments");
    expect(fieldKey("name")).toBe("name");
  });
});
