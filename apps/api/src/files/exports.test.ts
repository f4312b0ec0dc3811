import { testProviders } from "@jinzhou/db/testing";
import { activityEntryChannelLabels, maskIdNumber, maskPhone } from "@jinzhou/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { getFile } from "../test/files-fixtures.ts";
import { createOpenActivity, createWorkers } from "../test/registration-fixtures.ts";
import { insertRegistration } from "../test/registration-rows.ts";

async function open(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as plain values, without exceljs' leading empty slot. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => value ?? "")));
  return rows;
}

describe.each(testProviders())("Excel exports over HTTP (%s)", (provider) => {
  let api: ApiHarness;
  let activityId: number;
  let workers: { name: string; idNumber: string; phone: string; organization: string; gender: string }[];
  let registrationIds: number[];

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const unit = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, include: { organization: true } });
    const inside = await prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION", path: { startsWith: unit.organization.path } },
    });
    const outside = await prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION", NOT: { path: { startsWith: unit.organization.path } } },
    });
    const insideWorkers = await createWorkers(api, {
      count: 2,
      organizationId: inside.id,
      prefix: "导出甲",
      firstSequence: 500,
    });
    const outsideWorkers = await createWorkers(api, {
      count: 1,
      organizationId: outside.id,
      prefix: "导出乙",
      firstSequence: 510,
    });
    const activity = await createOpenActivity(prisma, { code: "EXP-1", capacity: 2 });
    activityId = activity.id;
    const categoryId = activity.categories[0]?.id as number;
    const order = [insideWorkers[0], outsideWorkers[0], insideWorkers[1]].map((worker) => worker?.workerId as number);
    const states = ["CONFIRMED", "CONFIRMED", "WAITLISTED"] as const;
    registrationIds = [];
    for (const [index, workerId] of order.entries()) {
      const registration = await insertRegistration(prisma, {
        activityId,
        categoryId,
        workerIds: [workerId],
        state: states[index] as (typeof states)[number],
        // 01:30, 02:30, 03:30 UTC are 09:30, 10:30, 11:30 China time.
        registeredAt: new Date(`2099-04-01T0${index + 1}:30:00Z`),
      });
      registrationIds.push(registration.id);
    }
    const rows = await prisma.worker.findMany({ where: { id: { in: order } }, include: { organization: true } });
    workers = order.map((workerId) => {
      const worker = rows.find((row) => row.id === workerId);
      if (!worker) throw new Error("worker missing");
      return {
        name: worker.name,
        idNumber: worker.idNumber,
        phone: worker.phone,
        organization: worker.organization.name,
        gender: worker.gender === "MALE" ? "男" : "女",
      };
    });
    // Results as the results helper writes them: the first two share first place on the city track,
    // and the first also tops the 古塔区 county track.
    const common = { activityId, categoryId, explanation: "按总分排名", computedAt: new Date() };
    await prisma.result.createMany({
      data: [
        {
          ...common,
          registrationId: registrationIds[0] as number,
          trackKey: "CITY",
          trackName: "市级",
          total: "1079/12",
          totalText: "89.92",
          place: 1,
          sharedPlace: true,
          awardTierKey: "FIRST",
          awardTierName: "一等奖",
          titles: ["状元"],
          advancesToProvincial: true,
        },
        {
          ...common,
          registrationId: registrationIds[1] as number,
          trackKey: "CITY",
          trackName: "市级",
          total: "1079/12",
          totalText: "89.92",
          place: 1,
          sharedPlace: true,
          awardTierKey: "FIRST",
          awardTierName: "一等奖",
          titles: [],
          advancesToProvincial: true,
        },
        {
          ...common,
          registrationId: registrationIds[0] as number,
          trackKey: "COUNTY-JZ-GT",
          trackName: "县(市)区级（古塔区）",
          total: "1079/12",
          totalText: "89.92",
          place: 1,
          sharedPlace: false,
          awardTierKey: "FIRST",
          awardTierName: "一等奖",
          titles: [],
          advancesToProvincial: false,
        },
      ],
    });
  });
  afterAll(() => api?.close());

  const registrationRow = (index: number, serial: number, full: boolean, state: string) => {
    const worker = workers[index] as (typeof workers)[number];
    return [
      serial,
      registrationIds[index],
      "A 组",
      worker.name,
      worker.name,
      worker.gender,
      full ? worker.idNumber : maskIdNumber(worker.idNumber),
      full ? worker.phone : maskPhone(worker.phone),
      worker.organization,
      "钳工",
      "",
      "一线职工",
      "",
      activityEntryChannelLabels.SELF_REGISTRATION,
      state,
      `2099-04-01 ${String(9 + index).padStart(2, "0")}:30`,
    ];
  };

  it("the organizer's registration list: Chinese headers, China time, ID numbers as masked text", async () => {
    const answer = await getFile(
      api,
      `/files/activities/${activityId}/registrations.xlsx`,
      await api.tokenFor("organizer"),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(answer.headers.get("content-disposition")).toMatch(/^attachment; /);
    const sheet = (await open(answer.bytes)).getWorksheet("报名名单");
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual([
      "序号",
      "报名编号",
      "组别",
      "参赛者",
      "姓名",
      "性别",
      "身份证号",
      "手机号",
      "所属单位",
      "工种",
      "技能等级",
      "岗位类别",
      "队长",
      "报名方式",
      "状态",
      "报名时间",
    ]);
    expect(rows.slice(1)).toEqual([
      registrationRow(0, 1, false, "已确认"),
      registrationRow(1, 2, false, "已确认"),
      registrationRow(2, 3, false, "候补第 1 位"),
    ]);
    // The ID number is a text cell, never a number.
    expect(sheet?.getCell("G2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell("G2").value).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });

  it("the admin sees full ID numbers; a unit admin gets only their subtree's rows, in full", async () => {
    const admin = rowsOf(
      (
        await open(
          (
            await getFile(api, `/files/activities/${activityId}/registrations.xlsx`, await api.tokenFor("admin"))
          ).bytes,
        )
      ).getWorksheet("报名名单"),
    );
    expect(admin.slice(1)).toEqual([
      registrationRow(0, 1, true, "已确认"),
      registrationRow(1, 2, true, "已确认"),
      registrationRow(2, 3, true, "候补第 1 位"),
    ]);
    const unitFile = await getFile(
      api,
      `/files/activities/${activityId}/registrations.xlsx`,
      await api.tokenFor("unit"),
    );
    const unit = rowsOf((await open(unitFile.bytes)).getWorksheet("报名名单"));
    expect(unit.slice(1)).toEqual([registrationRow(0, 1, true, "已确认"), registrationRow(2, 2, true, "候补第 1 位")]);
    const admin2 = await getFile(
      api,
      `/files/activities/${activityId}/registrations.xlsx`,
      await api.tokenFor("admin"),
    );
    expect((await open(admin2.bytes)).getWorksheet("报名名单")?.getCell("G2").type).toBe(ExcelJS.ValueType.String);
  });

  it("results: one sheet per category with place, 并列, total, award, titles and 推荐省赛; masked for the organizer", async () => {
    const answer = await getFile(api, `/files/activities/${activityId}/results.xlsx`, await api.tokenFor("organizer"));
    expect(answer.status).toBe(200);
    const workbook = await open(answer.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["A 组"]);
    const [first, second] = workers as [(typeof workers)[number], (typeof workers)[number]];
    expect(rowsOf(workbook.getWorksheet("A 组"))).toEqual([
      ["赛道", "名次", "并列", "参赛者", "身份证号", "所属单位", "总分", "奖项", "称号", "推荐省赛", "说明"],
      [
        "市级",
        1,
        "并列",
        first.name,
        maskIdNumber(first.idNumber),
        first.organization,
        "89.92",
        "一等奖",
        "状元",
        "是",
        "按总分排名",
      ],
      [
        "市级",
        1,
        "并列",
        second.name,
        maskIdNumber(second.idNumber),
        second.organization,
        "89.92",
        "一等奖",
        "",
        "是",
        "按总分排名",
      ],
      [
        "县(市)区级（古塔区）",
        1,
        "",
        first.name,
        maskIdNumber(first.idNumber),
        first.organization,
        "89.92",
        "一等奖",
        "",
        "",
        "按总分排名",
      ],
    ]);
    expect(workbook.getWorksheet("A 组")?.getCell("E2").type).toBe(ExcelJS.ValueType.String);

    // The unit admin's copy holds their subtree's entry only, with the full number.
    const unit = await open(
      (await getFile(api, `/files/activities/${activityId}/results.xlsx`, await api.tokenFor("unit"))).bytes,
    );
    expect(rowsOf(unit.getWorksheet("A 组")).map((row) => row[4])).toEqual([
      "身份证号",
      first.idNumber,
      first.idNumber,
    ]);
  });

  it("judges, workers and the public are refused; an unknown activity is not found", async () => {
    for (const username of ["judge", "worker"]) {
      const refused = await getFile(api, `/files/activities/${activityId}/results.xlsx`, await api.tokenFor(username));
      expect([username, refused.status, JSON.parse(refused.bytes.toString()).error.code]).toEqual([
        username,
        403,
        "FORBIDDEN",
      ]);
    }
    // An organizer of another department may not export this one.
    const culture = await getFile(
      api,
      `/files/activities/${activityId}/registrations.xlsx`,
      await api.tokenFor("culture"),
    );
    expect(culture.status).toBe(403);
    expect((await getFile(api, `/files/activities/${activityId}/registrations.xlsx`)).status).toBe(401);
    expect(
      (await getFile(api, "/files/activities/999999/registrations.xlsx", await api.tokenFor("admin"))).status,
    ).toBe(404);
  });
});
