import {
  activityEntryChannelLabels,
  genderLabels,
  maskIdNumber,
  maskPhone,
  positionCategoryLabels,
  registrationStateText,
  skillGradeLabels,
  waitingListPositions,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { exportScope } from "./export-scope.ts";
import { addSheet, chinaDateTime, newWorkbook, workbookBytes } from "./xlsx.ts";

export const registrationColumns = [
  { header: "序号", width: 6 },
  { header: "报名编号", width: 9 },
  { header: "组别", width: 14 },
  { header: "参赛者", width: 18 },
  { header: "姓名", width: 10 },
  { header: "性别", width: 6 },
  { header: "身份证号", width: 21, text: true },
  { header: "手机号", width: 14, text: true },
  { header: "所属单位", width: 24 },
  { header: "工种", width: 12 },
  { header: "技能等级", width: 14 },
  { header: "岗位类别", width: 12 },
  { header: "队长", width: 6 },
  { header: "报名方式", width: 12 },
  { header: "状态", width: 26 },
  { header: "报名时间", width: 17, text: true },
];

/**
 * 报名名单 as an Excel workbook: one row per worker an entry names (a team has one row per member),
 * ordered by category and registration time. Times in China time; ID and phone numbers as text,
 * masked for roles that may not see them.
 */
export async function exportRegistrations(context: Context, activityId: number) {
  const { activity, where, seesFull } = await exportScope(context, activityId);
  const registrations = await context.prisma.registration.findMany({
    where,
    orderBy: [{ category: { sortOrder: "asc" } }, { categoryId: "asc" }, { registeredAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      categoryId: true,
      state: true,
      name: true,
      channel: true,
      registeredAt: true,
      returnReason: true,
      rejectionReason: true,
      category: { select: { name: true } },
      organization: { select: { name: true } },
      members: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          isLeader: true,
          worker: {
            select: {
              id: true,
              name: true,
              gender: true,
              idNumber: true,
              phone: true,
              trade: true,
              skillGrade: true,
              positionCategory: true,
              organization: { select: { name: true, path: true } },
            },
          },
        },
      },
    },
  });
  const waiting = waitingListPositions(registrations.filter((registration) => registration.state === "WAITLISTED"));
  const workbook = newWorkbook();
  const sheet = addSheet(workbook, "报名名单", registrationColumns);
  let serial = 0;
  for (const registration of registrations) {
    const state = registrationStateText(registration.state, {
      waitingPosition: waiting.get(registration.id) ?? null,
      returnReason: registration.returnReason,
      rejectionReason: registration.rejectionReason,
    });
    const members = registration.members.length > 0 ? registration.members : [null];
    for (const member of members) {
      const worker = member?.worker;
      const full = worker ? seesFull(worker) : false;
      serial++;
      sheet.addRow([
        serial,
        registration.id,
        registration.category.name,
        registration.name ?? worker?.name ?? "",
        worker?.name ?? "",
        worker ? genderLabels[worker.gender] : "",
        worker ? (full ? worker.idNumber : maskIdNumber(worker.idNumber)) : "",
        worker ? (full ? worker.phone : maskPhone(worker.phone)) : "",
        worker?.organization.name ?? registration.organization.name,
        worker?.trade ?? "",
        worker?.skillGrade ? skillGradeLabels[worker.skillGrade] : "",
        worker ? positionCategoryLabels[worker.positionCategory] : "",
        member?.isLeader ? "是" : "",
        activityEntryChannelLabels[registration.channel],
        state,
        chinaDateTime(registration.registeredAt),
      ]);
    }
  }
  return { fileName: `${activity.name}-报名名单.xlsx`, bytes: await workbookBytes(workbook) };
}
