import {
  calendarDateToStored,
  DomainError,
  errorMessages,
  type FieldError,
  maskIdNumber,
  mayManageWorkersAt,
  type PositionCategory,
  positionCategoryLabels,
  type SkillGrade,
  skillGradeLabels,
  validateWorkerInput,
  type WorkerFields,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { workerAuditValues } from "../workers/worker-audit-values.ts";
import { workerOrganization } from "../workers/worker-organization.ts";
import { readTable, type Table, type TableCell } from "./roster-table.ts";

/** A roster import's columns: the worker field, and the Chinese headers accepted for it. */
export const rosterColumns = [
  { field: "name", header: "姓名", aliases: ["职工姓名"] },
  { field: "idNumber", header: "身份证号", aliases: ["身份证号码", "公民身份号码", "身份证"] },
  { field: "phone", header: "手机号", aliases: ["手机号码", "手机", "联系电话"] },
  { field: "organizationCode", header: "单位代码", aliases: ["所属单位代码", "工会代码"] },
  { field: "organizationName", header: "所属单位", aliases: ["单位", "单位名称", "所属工会", "基层工会"] },
  { field: "trade", header: "工种", aliases: [] },
  { field: "skillGrade", header: "技能等级", aliases: ["职业技能等级"] },
  { field: "positionCategory", header: "岗位类别", aliases: [] },
  { field: "migrantWorker", header: "农民工", aliases: ["是否农民工"] },
  { field: "memberCardNumber", header: "会员卡号", aliases: ["工会会员卡号"] },
] as const;

type ColumnField = (typeof rosterColumns)[number]["field"];

/** Rows one import takes at most. */
export const maxImportRows = 5000;

/** One problem in the file: the row as Excel numbers it (0 for the header row), the column, a code and a Chinese message. */
export interface ImportProblem {
  row: number;
  field: string;
  column: string;
  code: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when every row is valid (and, unless a dry run, every worker was written). */
  ok: boolean;
  rowCount: number;
  /** Workers written: every row, or none. */
  created: number;
  errors: ImportProblem[];
  /** The valid rows as they would be (or were) written; ID numbers masked. */
  workers: { row: number; id: number | null; name: string; idNumber: string; organizationCode: string }[];
}

const headerOf = Object.fromEntries(rosterColumns.map((column) => [column.field, column.header])) as Record<
  ColumnField,
  string
>;

const normalizeHeader = (header: string) => header.replace(/[\s*＊]|（[^）]*）|\([^)]*\)/g, "");

/** 技能等级 as written: the full label ("五级/初级工") or either half ("五级", "初级工"). */
const skillGradeByText = new Map<string, SkillGrade>();
for (const [grade, label] of Object.entries(skillGradeLabels) as [SkillGrade, string][]) {
  skillGradeByText.set(label, grade);
  for (const part of label.split("/")) skillGradeByText.set(part, grade);
  skillGradeByText.set(grade, grade);
}
const positionByText = new Map<string, PositionCategory>();
for (const [category, label] of Object.entries(positionCategoryLabels) as [PositionCategory, string][]) {
  positionByText.set(label, category);
  positionByText.set(category, category);
}

/** Looks like Excel's display of a long number: 2.10702E+17, 2.107E17. */
const scientific = /^\d+(\.\d+)?[eE]\+?\d+$/;

/**
 * Imports a worker roster (名册导入). Every row is checked with the same rules as enrolling one
 * worker (validateWorkerInput, the unit's scope and kind via workerOrganization), plus duplicates
 * within the file and against the roster. All rows valid → every worker is written in one
 * transaction, each with its own WORKER_CREATE audit entry (the same history a worker enrolled by
 * hand has, so a worker's record shows where it came from); any invalid row → nothing is written.
 * A dry run checks and reports without writing.
 */
export async function importWorkers(
  context: Context,
  file: { bytes: Buffer; fileName: string },
  dryRun: boolean,
): Promise<ImportReport> {
  const actor = requireActor(context);
  if (actor.role !== "ADMIN" && actor.role !== "UNIT_ADMIN") throw new DomainError("FORBIDDEN");
  const table = await readTable(file.bytes);
  const columns = locateColumns(table);
  if (table.rows.length === 0) {
    throw new DomainError("IMPORT_FILE_UNREADABLE", [], "名册中没有职工数据（第 1 行为表头，从第 2 行起每行一名职工）");
  }
  if (table.rows.length > maxImportRows) {
    throw new DomainError("IMPORT_FILE_UNREADABLE", [], `一次最多导入 ${maxImportRows} 名职工，请分批导入`);
  }

  const errors: ImportProblem[] = [];
  const problem = (row: number, field: ColumnField | string, code: string, message: string) =>
    errors.push({ row, field, column: headerOf[field as ColumnField] ?? field, code, message });

  const organizations = await resolveOrganizations(context, table, columns);
  const valid: { row: number; fields: WorkerFields; organizationId: number; organizationCode: string }[] = [];
  const seenIds = new Map<string, number>();
  const seenCards = new Map<string, number>();

  for (const { rowNumber, cells } of table.rows) {
    const cell = (field: ColumnField): TableCell => {
      const index = columns[field];
      return index === undefined ? { text: "", numeric: false } : (cells[index] ?? { text: "", numeric: false });
    };
    const text = (field: ColumnField) => cell(field).text.trim();
    const rowErrors: FieldError[] = [];

    const idCell = cell("idNumber");
    const mangled = idCell.numeric || scientific.test(idCell.text.trim());
    if (mangled) {
      rowErrors.push({
        field: "idNumber",
        code: "ID_NUMBER_AS_NUMBER",
        message: `身份证号被 Excel 当成数字保存（显示为 ${idCell.text.trim()}），超过 15 位的数字已被改动、无法还原；请把“身份证号”列设置为文本格式后重新录入`,
      });
    }
    const skillText = text("skillGrade");
    const positionText = text("positionCategory");
    const migrantText = text("migrantWorker");
    if (migrantText !== "" && !["是", "否"].includes(migrantText)) {
      rowErrors.push({ field: "migrantWorker", code: "UNKNOWN_VALUE", message: "“农民工”一栏请填写“是”或“否”" });
    }
    const validated = validateWorkerInput(
      {
        name: text("name"),
        // A mangled number is reported above; validating it again would only add a second message.
        idNumber: mangled ? "" : text("idNumber"),
        phone: text("phone"),
        trade: text("trade"),
        skillGrade: skillText === "" ? null : ((skillGradeByText.get(skillText) ?? skillText) as SkillGrade),
        positionCategory: (positionByText.get(positionText) ?? positionText) as PositionCategory,
        migrantWorker: migrantText === "是",
        memberCardNumber: text("memberCardNumber") || null,
      },
      context.today,
    );
    if (!validated.ok) rowErrors.push(...validated.errors.filter((error) => !(mangled && error.field === "idNumber")));

    const organizationKey = text("organizationCode") || text("organizationName");
    const organizationField: ColumnField = text("organizationCode") ? "organizationCode" : "organizationName";
    const organization = organizationKey ? organizations.get(`${organizationField}:${organizationKey}`) : undefined;
    if (!organizationKey) {
      rowErrors.push({ field: "organizationCode", code: "REQUIRED", message: "请填写单位代码或所属单位" });
    } else if (!organization || organization.errors.length > 0) {
      for (const error of organization?.errors ?? []) rowErrors.push({ ...error, field: organizationField });
    }

    if (validated.ok && !mangled) {
      const earlier = seenIds.get(validated.value.idNumber);
      if (earlier !== undefined) {
        rowErrors.push({ field: "idNumber", code: "DUPLICATE_IN_FILE", message: `与第 ${earlier} 行的身份证号重复` });
      } else seenIds.set(validated.value.idNumber, rowNumber);
      const card = validated.value.memberCardNumber;
      if (card !== null) {
        const cardRow = seenCards.get(card);
        if (cardRow !== undefined) {
          rowErrors.push({
            field: "memberCardNumber",
            code: "DUPLICATE_IN_FILE",
            message: `与第 ${cardRow} 行的会员卡号重复`,
          });
        } else seenCards.set(card, rowNumber);
      }
    }
    for (const error of rowErrors) problem(rowNumber, error.field, error.code, error.message);
    if (rowErrors.length === 0 && validated.ok && organization?.id) {
      valid.push({
        row: rowNumber,
        fields: validated.value,
        organizationId: organization.id,
        organizationCode: organization.code,
      });
    }
  }

  // Already on the roster: one query for the whole file.
  const taken = await context.prisma.worker.findMany({
    where: {
      OR: [
        { idNumber: { in: valid.map((entry) => entry.fields.idNumber) } },
        {
          memberCardNumber: {
            in: valid.flatMap((entry) => (entry.fields.memberCardNumber ? [entry.fields.memberCardNumber] : [])),
          },
        },
      ],
    },
    select: { idNumber: true, memberCardNumber: true },
  });
  const takenIds = new Set(taken.map((worker) => worker.idNumber));
  const takenCards = new Set(taken.flatMap((worker) => (worker.memberCardNumber ? [worker.memberCardNumber] : [])));
  for (const entry of valid) {
    if (takenIds.has(entry.fields.idNumber)) {
      problem(entry.row, "idNumber", "WORKER_ID_NUMBER_TAKEN", errorMessages.WORKER_ID_NUMBER_TAKEN);
    }
    if (entry.fields.memberCardNumber && takenCards.has(entry.fields.memberCardNumber)) {
      problem(entry.row, "memberCardNumber", "WORKER_MEMBER_CARD_TAKEN", errorMessages.WORKER_MEMBER_CARD_TAKEN);
    }
  }
  errors.sort((a, b) => a.row - b.row);

  const preview = (ids: (number | null)[]) =>
    valid.map((entry, index) => ({
      row: entry.row,
      id: ids[index] ?? null,
      name: entry.fields.name,
      idNumber: maskIdNumber(entry.fields.idNumber),
      organizationCode: entry.organizationCode,
    }));
  const report = { dryRun, rowCount: table.rows.length };
  if (errors.length > 0) return { ...report, ok: false, created: 0, errors, workers: [] };
  if (dryRun) return { ...report, ok: true, created: 0, errors, workers: preview([]) };

  try {
    const ids = await context.prisma.$transaction(
      async (tx) => {
        const created: number[] = [];
        for (const entry of valid) {
          const { birthDate, ...fields } = entry.fields;
          const worker = await tx.worker.create({
            data: { ...fields, birthDate: calendarDateToStored(birthDate), organizationId: entry.organizationId },
          });
          await recordAuditEntry(tx, actor, {
            action: "WORKER_CREATE",
            entityType: "Worker",
            entityId: worker.id,
            after: workerAuditValues(worker),
            reason: `名册导入：${file.fileName || "未命名文件"} 第 ${entry.row} 行`,
          });
          created.push(worker.id);
        }
        return created;
      },
      { maxWait: 60_000, timeout: 120_000 },
    );
    return { ...report, ok: true, created: ids.length, errors, workers: preview(ids) };
  } catch (error) {
    // Someone enrolled the same person meanwhile: nothing was written; the next try reports the row.
    rethrowUniqueViolation(error, { idNumber: "WORKER_ID_NUMBER_TAKEN", memberCardNumber: "WORKER_MEMBER_CARD_TAKEN" });
  }
}

/** Where each known column is; the required ones must be there. */
function locateColumns(table: Table): Partial<Record<ColumnField, number>> {
  const columns: Partial<Record<ColumnField, number>> = {};
  table.headers.forEach((raw, index) => {
    const header = normalizeHeader(raw);
    const column = rosterColumns.find(
      (candidate) => candidate.header === header || (candidate.aliases as readonly string[]).includes(header),
    );
    if (column && columns[column.field] === undefined) columns[column.field] = index;
  });
  const missing: FieldError[] = [];
  for (const field of ["name", "idNumber", "phone", "trade", "positionCategory"] as const) {
    if (columns[field] === undefined) {
      missing.push({ field, code: "COLUMN_MISSING", message: `缺少“${headerOf[field]}”列` });
    }
  }
  if (columns.organizationCode === undefined && columns.organizationName === undefined) {
    missing.push({ field: "organizationCode", code: "COLUMN_MISSING", message: "缺少“单位代码”或“所属单位”列" });
  }
  if (missing.length > 0) {
    throw new DomainError(
      "IMPORT_FILE_UNREADABLE",
      missing,
      `名册表头不完整：${missing.map((problem) => problem.message).join("；")}（请使用导入模板）`,
    );
  }
  return columns;
}

interface ResolvedOrganization {
  id: number | null;
  code: string;
  errors: FieldError[];
}

/**
 * Each distinct unit named in the file, found by code (or by exact name), then checked exactly as
 * enrolling one worker checks it: visible, a grassroots union, inside the actor's subtree.
 */
async function resolveOrganizations(
  context: Context,
  table: Table,
  columns: Partial<Record<ColumnField, number>>,
): Promise<Map<string, ResolvedOrganization>> {
  const actor = requireActor(context);
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const { cells } of table.rows) {
    const code = columns.organizationCode === undefined ? "" : (cells[columns.organizationCode]?.text.trim() ?? "");
    const name = columns.organizationName === undefined ? "" : (cells[columns.organizationName]?.text.trim() ?? "");
    if (code) codes.add(code);
    else if (name) names.add(name);
  }
  const found = await context.prisma.organization.findMany({
    where: { OR: [{ code: { in: [...codes] } }, { name: { in: [...names] } }] },
    select: { id: true, code: true, name: true, path: true },
  });
  const resolved = new Map<string, ResolvedOrganization>();
  const check = async (key: string, matches: typeof found, label: string) => {
    if (matches.length !== 1) {
      resolved.set(key, {
        id: null,
        code: "",
        errors: [
          matches.length === 0
            ? { field: "organizationCode", code: "ORGANIZATION_NOT_FOUND", message: `找不到${label}` }
            : {
                field: "organizationName",
                code: "ORGANIZATION_AMBIGUOUS",
                message: `${label}对应多个工会，请改填单位代码`,
              },
        ],
      });
      return;
    }
    const match = matches[0] as (typeof found)[number];
    const errors: FieldError[] = [];
    let organization: { id: number } | null = null;
    try {
      organization = await workerOrganization(context, actor, match.id, errors);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "FORBIDDEN") throw error;
    }
    if (!organization || !mayManageWorkersAt(actor, match.path)) {
      if (errors.length === 0) {
        errors.push({
          field: "organizationCode",
          code: "ORGANIZATION_OUT_OF_SCOPE",
          message: `“${match.name}”不在您的管理范围内，不能导入该单位的职工`,
        });
      }
    }
    resolved.set(key, { id: errors.length === 0 ? match.id : null, code: match.code, errors });
  };
  for (const code of codes) {
    await check(
      `organizationCode:${code}`,
      found.filter((row) => row.code === code),
      `单位代码“${code}”对应的工会`,
    );
  }
  for (const name of names) {
    await check(
      `organizationName:${name}`,
      found.filter((row) => row.name === name),
      `名为“${name}”的工会`,
    );
  }
  return resolved;
}
