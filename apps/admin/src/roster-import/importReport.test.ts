import { describe, expect, it } from "vitest";
import { isRosterFileName, readImportAnswer, rowsWithErrors } from "./importReport.ts";

describe("readImportAnswer", () => {
  it("reads a valid dry run with its workers", () => {
    const body = {
      dryRun: true,
      ok: true,
      rowCount: 1,
      created: 0,
      errors: [],
      workers: [{ row: 2, name: "周立新", idNumber: "210798********0113", organizationCode: "JZ-GT-001" }],
    };
    expect(readImportAnswer(200, JSON.stringify(body))).toEqual({
      kind: "report",
      report: { ...body, message: null },
    });
  });

  it("reads the row errors of a 422, sorted by row, with the summary message", () => {
    const body = {
      dryRun: false,
      ok: false,
      rowCount: 5,
      created: 0,
      workers: [],
      errors: [
        {
          row: 5,
          field: "idNumber",
          column: "身份证号",
          code: "DUPLICATE_IN_FILE",
          message: "与第 2 行的身份证号重复",
        },
        { row: 4, field: "phone", column: "手机号", code: "PHONE_FORMAT", message: "手机号应为 11 位数字" },
        { row: 4, field: "name", column: "姓名", code: "REQUIRED", message: "请填写姓名" },
      ],
      error: { code: "VALIDATION_FAILED", message: "名册中有 3 处错误，未导入任何职工，请修改后重新导入" },
    };
    const answer = readImportAnswer(422, JSON.stringify(body));
    expect(answer.kind).toBe("report");
    if (answer.kind !== "report") return;
    expect(answer.report.ok).toBe(false);
    expect(answer.report.errors.map((error) => [error.row, error.code])).toEqual([
      [4, "PHONE_FORMAT"],
      [4, "REQUIRED"],
      [5, "DUPLICATE_IN_FILE"],
    ]);
    expect(answer.report.message).toBe("名册中有 3 处错误，未导入任何职工，请修改后重新导入");
    expect(rowsWithErrors(answer.report.errors)).toBe(2);
  });

  it("reads a refusal of the whole file with the API's message", () => {
    const unreadable = {
      error: { code: "IMPORT_FILE_UNREADABLE", message: "名册表头不完整：缺少“岗位类别”列（请使用导入模板）" },
    };
    expect(readImportAnswer(422, JSON.stringify(unreadable))).toEqual({
      kind: "refused",
      code: "IMPORT_FILE_UNREADABLE",
      message: "名册表头不完整：缺少“岗位类别”列（请使用导入模板）",
    });
    expect(
      readImportAnswer(
        413,
        JSON.stringify({ error: { code: "FILE_TOO_LARGE", message: "文件超过大小上限（10 MB）" } }),
      ),
    ).toMatchObject({ kind: "refused", code: "FILE_TOO_LARGE" });
  });

  it("gives the failure message key when the answer is not JSON", () => {
    expect(readImportAnswer(502, "<html>Bad gateway</html>")).toEqual({
      kind: "refused",
      code: "HTTP_502",
      message: "resources.RosterImport.errors.failed",
    });
  });
});

describe("isRosterFileName", () => {
  it("accepts .xlsx and .csv in any case", () => {
    expect(isRosterFileName("名册.XLSX")).toBe(true);
    expect(isRosterFileName("roster.csv")).toBe(true);
    expect(isRosterFileName("old.xls")).toBe(false);
    expect(isRosterFileName("notes.txt")).toBe(false);
  });
});
