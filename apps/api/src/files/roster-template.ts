import { positionCategoryLabels, skillGradeLabels } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { organizationScopeWhere, requireActor } from "../organizations/organization-scope.ts";
import { rosterColumns } from "./import-workers.ts";
import { addSheet, newWorkbook, workbookBytes } from "./xlsx.ts";

const exampleRow = ["张三", "210702198501011234", "13912345678", "", "", "钳工", "三级/高级工", "一线职工", "否", ""];

/**
 * 职工名册导入模板: the headers the import reads, ID and phone columns formatted as text (so Excel
 * keeps all 18 digits), drop-down lists for the coded columns, a sheet of instructions and the
 * grassroots unions (with their codes) the signed-in user may import into.
 */
export async function rosterTemplate(context: Context): Promise<Buffer> {
  const actor = requireActor(context);
  const workbook = newWorkbook();
  const sheet = addSheet(
    workbook,
    "职工名册",
    rosterColumns.map((column) => ({
      header: column.header,
      width: column.field === "idNumber" ? 22 : column.field === "organizationName" ? 26 : 14,
      text: ["idNumber", "phone", "organizationCode", "memberCardNumber"].includes(column.field),
    })),
  );
  const units = await context.prisma.organization.findMany({
    where: { AND: [organizationScopeWhere(actor), { kind: "GRASSROOTS_UNION" }] },
    orderBy: { code: "asc" },
    select: { code: true, name: true },
    take: 5000,
  });
  const first = units[0];
  sheet.addRow(
    exampleRow.map((value, index) => (index === 3 ? (first?.code ?? "") : index === 4 ? (first?.name ?? "") : value)),
  );
  const lists: Record<string, string[]> = {
    skillGrade: Object.values(skillGradeLabels),
    positionCategory: Object.values(positionCategoryLabels),
    migrantWorker: ["是", "否"],
  };
  rosterColumns.forEach((column, index) => {
    const list = lists[column.field];
    if (!list) return;
    const letter = String.fromCharCode(65 + index);
    for (let row = 2; row <= 1001; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${list.join(",")}"`],
      };
    }
  });

  const notes = addSheet(workbook, "填写说明", [{ header: "说明", width: 100 }]);
  for (const line of [
    "第 1 行为表头，请勿修改；从第 2 行起每行一名职工（示例行请删除或改为真实数据）。",
    "必填：姓名、身份证号、手机号、单位代码（或所属单位）、工种、岗位类别。",
    "身份证号为 18 位，最后一位可以是 X；该列已设为文本格式，请勿改成数字格式，否则 Excel 会丢失后几位。",
    "性别和出生日期按身份证号自动计算，无需填写。",
    `技能等级：${Object.values(skillGradeLabels).join("、")}，可不填。`,
    `岗位类别：${Object.values(positionCategoryLabels).join("、")}。`,
    "农民工：填“是”或“否”，不填视为“否”。",
    "单位代码见“单位代码”工作表；也可只填“所属单位”的完整名称。",
    "也可另存为 CSV（UTF-8 或 GB18030 编码均可）后导入。",
    "任何一行有误时全部不导入，请按返回的行号逐条修改后重新导入；可先“试导入”（dryRun）只检查不写入。",
  ]) {
    notes.addRow([line]);
  }
  const codes = addSheet(workbook, "单位代码", [
    { header: "单位代码", width: 16, text: true },
    { header: "单位名称", width: 36 },
  ]);
  for (const unit of units) codes.addRow([unit.code, unit.name]);
  return workbookBytes(workbook);
}
