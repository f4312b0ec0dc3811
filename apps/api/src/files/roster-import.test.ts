import { testProviders } from "@jinzhou/db/testing";
import { composeIdNumber } from "@jinzhou/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { gb18030Bytes, getFile, postFile } from "../test/files-fixtures.ts";

interface Report {
  dryRun: boolean;
  ok: boolean;
  rowCount: number;
  created: number;
  errors: { row: number; field: string; column: string; code: string; message: string }[];
  workers: { row: number; id: number | null; name: string; idNumber: string; organizationCode: string }[];
  error?: { code: string; message: string };
}

const headers = ["姓名", "身份证号", "手机号", "单位代码", "工种", "技能等级", "岗位类别", "农民工", "会员卡号"];

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名册");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Fictional, valid ID numbers in region 210798 (no demo worker uses it).
const id = (birthDate: string, sequence: number) => composeIdNumber("210798", birthDate, sequence);

describe.each(testProviders())("roster import over HTTP (%s)", (provider) => {
  let api: ApiHarness;
  let insideCode: string;
  let outsideCode: string;
  let adminToken: string;
  let unitToken: string;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const unit = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, include: { organization: true } });
    insideCode = (
      await prisma.organization.findFirstOrThrow({
        where: { kind: "GRASSROOTS_UNION", path: { startsWith: unit.organization.path } },
        orderBy: { code: "asc" },
      })
    ).code;
    outsideCode = (
      await prisma.organization.findFirstOrThrow({
        where: { kind: "GRASSROOTS_UNION", NOT: { path: { startsWith: unit.organization.path } } },
        orderBy: { code: "asc" },
      })
    ).code;
    adminToken = await api.tokenFor("admin");
    unitToken = await api.tokenFor("unit");
  });
  afterAll(() => api?.close());

  const importFile = (bytes: Buffer, name: string, token: string, fields: Record<string, string> = {}) =>
    postFile<Report>(api, "/files/workers/import", { bytes, name }, fields, token);

  it("a good .xlsx: the dry run writes nothing, the import writes every worker with one audit entry each", async () => {
    const prisma = api.server.database.prisma;
    const first = id("1985-03-07", 11);
    const second = id("1992-11-20", 12);
    const file = await xlsx([
      ["周立新", first, "13912340001", insideCode, "钳工", "三级/高级工", "一线职工", "否", ""],
      ["吴红梅", second, "139 1234 0002", insideCode, "电工", "", "专业技术人员", "是", "GH-0002"],
    ]);
    const before = await prisma.worker.count();

    const dry = await importFile(file, "名册.xlsx", adminToken, { dryRun: "true" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, ok: true, rowCount: 2, created: 0, errors: [] });
    expect(dry.body.workers.map((worker) => [worker.row, worker.name, worker.idNumber, worker.id])).toEqual([
      [2, "周立新", `${first.slice(0, 6)}********${first.slice(-4)}`, null],
      [3, "吴红梅", `${second.slice(0, 6)}********${second.slice(-4)}`, null],
    ]);
    expect(await prisma.worker.count()).toBe(before);

    const done = await importFile(file, "名册.xlsx", adminToken);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ dryRun: false, ok: true, rowCount: 2, created: 2, errors: [] });
    expect(await prisma.worker.count()).toBe(before + 2);
    const written = await prisma.worker.findUniqueOrThrow({ where: { idNumber: second } });
    // Gender and birth date come from the ID number; the phone loses its spaces.
    expect(written).toMatchObject({
      name: "吴红梅",
      phone: "13912340002",
      trade: "电工",
      skillGrade: null,
      positionCategory: "TECHNICAL",
      migrantWorker: true,
      memberCardNumber: "GH-0002",
      gender: Number(second[16]) % 2 === 1 ? "MALE" : "FEMALE",
    });
    expect(written.birthDate.toISOString().slice(0, 10)).toBe("1992-11-20");
    const audit = await prisma.auditEntry.findMany({
      where: { action: "WORKER_CREATE", entityId: { in: done.body.workers.map((worker) => worker.id as number) } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => entry.reason)).toEqual(["名册导入：名册.xlsx 第 2 行", "名册导入：名册.xlsx 第 3 行"]);
    // The audit log never holds the full number.
    expect(JSON.stringify(audit)).not.toContain(first);

    // The same file again: every row is already on the roster, nothing is written twice.
    const again = await importFile(file, "名册.xlsx", adminToken);
    expect(again.status).toBe(422);
    expect(again.body.errors.map((error) => [error.row, error.code])).toEqual([
      [2, "WORKER_ID_NUMBER_TAKEN"],
      [3, "WORKER_ID_NUMBER_TAKEN"],
      [3, "WORKER_MEMBER_CARD_TAKEN"],
    ]);
  });

  it("a CSV saved by Chinese Excel in GB18030 is read correctly; a UTF-8 CSV with a BOM too", async () => {
    const prisma = api.server.database.prisma;
    // The table is built by decoding; check it against two codes known by heart: 中 D6D0, 文 CEC4.
    expect(gb18030Bytes("中文")).toEqual(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]));
    const gbId = id("1988-08-08", 21);
    const csv = `姓名,身份证号,手机号,单位代码,工种,岗位类别\r\n赵铁柱,${gbId},13912340003,${insideCode},焊工,一线职工\r\n`;
    const gbBytes = gb18030Bytes(csv);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbBytes)).toThrow();
    const answer = await importFile(gbBytes, "roster.csv", unitToken);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, created: 1 });
    expect(await prisma.worker.findUniqueOrThrow({ where: { idNumber: gbId } })).toMatchObject({
      name: "赵铁柱",
      trade: "焊工",
    });

    const utfId = id("1990-01-15", 22);
    const utf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        `姓名,身份证号,手机号,单位代码,工种,岗位类别\n"钱, 小平",${utfId},13912340004,${insideCode},车工,管理人员\n`,
      ),
    ]);
    const utfAnswer = await importFile(utf, "roster-utf8.csv", unitToken);
    expect(utfAnswer.status).toBe(200);
    expect((await prisma.worker.findUniqueOrThrow({ where: { idNumber: utfId } })).name).toBe("钱, 小平");
  });

  it("a file with bad rows: every problem is reported by row and column, and nothing is written", async () => {
    const prisma = api.server.database.prisma;
    const good = id("1986-05-05", 31);
    const valid = id("1986-05-05", 33);
    const wrongCheckDigit = `${valid.slice(0, 17)}${valid[17] === "0" ? "1" : "0"}`;
    const file = await xlsx([
      ["孙志强", good, "13912340011", insideCode, "钳工", "五级", "一线职工", "否", ""],
      // An ID typed into a General cell: Excel keeps 15 significant digits.
      ["李娜", 210798198605050000, "13912340012", insideCode, "钳工", "", "一线职工", "否", ""],
      ["", wrongCheckDigit, "12345", insideCode, "钳工", "特级", "车间主任", "不是", ""],
      ["孙志强", good, "13912340013", insideCode, "钳工", "", "一线职工", "", ""],
      ["郑强", id("1986-05-06", 32), "13912340014", "NO-SUCH-UNIT", "钳工", "", "一线职工", "", ""],
    ]);
    const before = await prisma.worker.count();
    const answer = await importFile(file, "bad.xlsx", adminToken);
    expect(answer.status).toBe(422);
    expect(answer.body.ok).toBe(false);
    expect(answer.body.created).toBe(0);
    expect(answer.body.error).toEqual({
      code: "VALIDATION_FAILED",
      message: "名册中有 9 处错误，未导入任何职工，请修改后重新导入",
    });
    expect(answer.body.errors.map(({ row, column, code }) => [row, column, code])).toEqual([
      [3, "身份证号", "ID_NUMBER_AS_NUMBER"],
      [4, "农民工", "UNKNOWN_VALUE"],
      [4, "姓名", "REQUIRED"],
      [4, "身份证号", "ID_NUMBER_CHECK_DIGIT"],
      [4, "手机号", "PHONE_FORMAT"],
      [4, "技能等级", "UNKNOWN_VALUE"],
      [4, "岗位类别", "REQUIRED"],
      [5, "身份证号", "DUPLICATE_IN_FILE"],
      [6, "单位代码", "ORGANIZATION_NOT_FOUND"],
    ]);
    const byRow = (row: number) => answer.body.errors.filter((error) => error.row === row);
    expect(byRow(3)).toEqual([
      {
        row: 3,
        field: "idNumber",
        column: "身份证号",
        code: "ID_NUMBER_AS_NUMBER",
        message:
          "身份证号被 Excel 当成数字保存（显示为 2.10798E+17），超过 15 位的数字已被改动、无法还原；请把“身份证号”列设置为文本格式后重新录入",
      },
    ]);
    expect(
      byRow(4)
        .map((error) => error.message)
        .sort(),
    ).toEqual(
      [
        "“农民工”一栏请填写“是”或“否”",
        "请填写姓名",
        "身份证号校验位不正确，请核对是否有输错的数字",
        "手机号应为 11 位数字，以 13–19 开头",
        "请从列表中选择职业技能等级",
        "请选择岗位类别",
      ].sort(),
    );
    expect(byRow(5)).toEqual([
      { row: 5, field: "idNumber", column: "身份证号", code: "DUPLICATE_IN_FILE", message: "与第 2 行的身份证号重复" },
    ]);
    expect(byRow(6)).toEqual([
      {
        row: 6,
        field: "organizationCode",
        column: "单位代码",
        code: "ORGANIZATION_NOT_FOUND",
        message: "找不到单位代码“NO-SUCH-UNIT”对应的工会",
      },
    ]);
    // Rows 2 (valid) and 6 were not written either.
    expect(await prisma.worker.count()).toBe(before);
  });

  it("a unit admin's row for a union outside their subtree is refused; organizers and the public may not import", async () => {
    const prisma = api.server.database.prisma;
    const file = await xlsx([
      ["冯晓东", id("1987-07-07", 41), "13912340021", insideCode, "钳工", "", "一线职工", "", ""],
      ["陈晓燕", id("1987-07-08", 42), "13912340022", outsideCode, "钳工", "", "一线职工", "", ""],
    ]);
    const before = await prisma.worker.count();
    const answer = await importFile(file, "outside.xlsx", unitToken);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      {
        row: 3,
        field: "organizationCode",
        column: "单位代码",
        code: "ORGANIZATION_NOT_FOUND",
        message: "所选工会不存在或不在您的管理范围内",
      },
    ]);
    expect(await prisma.worker.count()).toBe(before);

    const organizer = await importFile(file, "outside.xlsx", await api.tokenFor("organizer"));
    expect(organizer.status).toBe(403);
    expect(organizer.body.error).toEqual({ code: "FORBIDDEN", message: "您没有权限执行此操作" });
    const anonymous = await postFile<Report>(api, "/files/workers/import", { bytes: file, name: "x.xlsx" });
    expect(anonymous.status).toBe(401);
  });

  it("the template has the headers the import reads, text-formatted ID numbers and the unit's own codes", async () => {
    const answer = await getFile(api, "/files/workers/import-template.xlsx", unitToken);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-disposition")).toContain(encodeURIComponent("职工名册导入模板.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("职工名册");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "姓名",
      "身份证号",
      "手机号",
      "单位代码",
      "所属单位",
      "工种",
      "技能等级",
      "岗位类别",
      "农民工",
      "会员卡号",
    ]);
    expect(sheet?.getColumn(2).numFmt).toBe("@");
    const codes = workbook.getWorksheet("单位代码");
    const listed = codes?.getColumn(1).values.slice(2) as string[];
    expect(listed).toContain(insideCode);
    expect(listed).not.toContain(outsideCode);
  });
});
