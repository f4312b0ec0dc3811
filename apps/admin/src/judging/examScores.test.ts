import { describe, expect, it } from "vitest";
import { checkExamRows, type ExamEntry, entryName, examRows, problemsByEntry } from "./examScores.ts";

const entries: ExamEntry[] = [
  { registrationId: "601", name: "王建国", categoryName: "焊工", current: null },
  { registrationId: "602", name: "李明", categoryName: "焊工", current: "80.00" },
  { registrationId: "603", name: "赵洪海", categoryName: "车工", current: null },
];

describe("exam score rows", () => {
  it("imports only the filled boxes, in the table's order", () => {
    expect(examRows(entries, { "603": " 90 ", "601": "86.5", "602": "" })).toEqual([
      { registrationId: "601", score: "86.5" },
      { registrationId: "603", score: "90" },
    ]);
  });

  it("accepts scores from 0 to the round's maximum", () => {
    expect(checkExamRows(entries, { "601": "86.5", "602": "0", "603": "100" }, "100")).toEqual({});
    expect(checkExamRows(entries, {}, "100")).toEqual({});
  });

  it("names the entry of each wrong score, in the domain's words", () => {
    const problems = checkExamRows(entries, { "601": "120", "603": "-1" }, "100");
    expect(Object.keys(problems).sort()).toEqual(["601", "603"]);
    expect(problems["601"]).toContain("王建国");
    expect(problems["601"]).toContain("100");
    expect(problems["603"]).toContain("第 2 行");
  });

  it("maps the API's row errors back to the entries", () => {
    const rows = [{ registrationId: "601" }, { registrationId: "602" }];
    expect(
      problemsByEntry(rows, [
        { field: "rows[1].score", message: "第 2 行：「李明」的成绩 120 超过满分 100" },
        { field: "rows", message: "没有要导入的成绩" },
      ]),
    ).toEqual({ "602": "第 2 行：「李明」的成绩 120 超过满分 100" });
  });

  it("names an entry by its name or its members", () => {
    expect(entryName({ name: "焊花队", members: [{ name: "甲" }] })).toBe("焊花队");
    expect(entryName({ name: null, members: [{ name: "王建国" }, { name: "李明" }] })).toBe("王建国、李明");
  });
});
