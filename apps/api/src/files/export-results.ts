import { maskIdNumber } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { exportScope } from "./export-scope.ts";
import { addSheet, newWorkbook, sheetName, workbookBytes } from "./xlsx.ts";

export const resultColumns = [
  { header: "赛道", width: 20 },
  { header: "名次", width: 6 },
  { header: "并列", width: 6 },
  { header: "参赛者", width: 18 },
  { header: "身份证号", width: 21, text: true },
  { header: "所属单位", width: 24 },
  { header: "总分", width: 10, text: true },
  { header: "奖项", width: 10 },
  { header: "称号", width: 14 },
  { header: "推荐省赛", width: 9 },
  { header: "说明", width: 40 },
];

/**
 * 成绩 as an Excel workbook, one sheet per category (组别), each listing every award track's rows in
 * order of place (unranked entries last). 总分 is the two-decimal text as published; ID numbers are
 * text, masked for roles that may not see them (a team's row lists no ID number).
 */
export async function exportResults(context: Context, activityId: number) {
  const { activity, where, seesFull } = await exportScope(context, activityId);
  const [categories, results] = await Promise.all([
    context.prisma.category.findMany({
      where: { activityId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    context.prisma.result.findMany({
      where: { activityId, registration: where },
      orderBy: [{ trackKey: "asc" }, { place: "asc" }, { registrationId: "asc" }],
      select: {
        categoryId: true,
        trackKey: true,
        trackName: true,
        place: true,
        sharedPlace: true,
        totalText: true,
        awardTierName: true,
        titles: true,
        advancesToProvincial: true,
        explanation: true,
        registration: {
          select: {
            name: true,
            organization: { select: { name: true } },
            members: {
              orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
              select: {
                worker: { select: { id: true, name: true, idNumber: true, organization: { select: { path: true } } } },
              },
            },
          },
        },
      },
    }),
  ]);
  // The city-level track first, then county tracks; within a track by place, unranked last.
  const trackOrder = (key: string) => (key === "CITY" ? "" : key);
  results.sort(
    (a, b) =>
      trackOrder(a.trackKey).localeCompare(trackOrder(b.trackKey)) ||
      (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER),
  );
  const workbook = newWorkbook();
  const names = new Set<string>();
  for (const category of categories) {
    const sheet = addSheet(workbook, sheetName(category.name, names), resultColumns);
    for (const result of results.filter((row) => row.categoryId === category.id)) {
      const members = result.registration.members.map((member) => member.worker);
      const single = members.length === 1 ? members[0] : undefined;
      const titles = Array.isArray(result.titles) ? (result.titles as unknown[]).map(String) : [];
      sheet.addRow([
        result.trackName,
        result.place ?? "",
        result.sharedPlace ? "并列" : "",
        result.registration.name ?? members.map((worker) => worker.name).join("、"),
        single ? (seesFull(single) ? single.idNumber : maskIdNumber(single.idNumber)) : "",
        result.registration.organization.name,
        result.totalText ?? "",
        result.awardTierName ?? "",
        titles.join("、"),
        result.advancesToProvincial ? "是" : "",
        result.explanation,
      ]);
    }
  }
  if (categories.length === 0) addSheet(workbook, "成绩", resultColumns);
  return { fileName: `${activity.name}-成绩.xlsx`, bytes: await workbookBytes(workbook) };
}
