import ExcelJS from "exceljs";

/** China Standard Time (UTC+8) as people read it: 2015-04-20 09:30. */
export function chinaDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

export interface SheetColumn {
  header: string;
  width: number;
  /** Text columns ("@"): ID numbers, phones, codes never become numbers. */
  text?: boolean;
}

/** A sheet with a bold, frozen header row and the given columns. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, columns: SheetColumn[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.text ? { style: { numFmt: "@" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique within the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 28) || "Sheet";
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${base}(${suffix})`.slice(0, 31);
  taken.add(candidate);
  return candidate;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "锦州市总工会职工活动管理平台";
  workbook.created = new Date();
  return workbook;
}
