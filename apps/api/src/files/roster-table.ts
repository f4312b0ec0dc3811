import { DomainError } from "@jinzhou/domain";
import ExcelJS from "exceljs";

/** One cell as read: its text, and whether Excel stored it as a number (an ID number is then mangled). */
export interface TableCell {
  text: string;
  numeric: boolean;
}

export interface TableRow {
  /** The row number people see in Excel (the header is row 1). */
  rowNumber: number;
  cells: TableCell[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

const emptyCell: TableCell = { text: "", numeric: false };

/**
 * Reads a roster: an .xlsx workbook (its first sheet), or a CSV file in UTF-8 (with or without
 * BOM) or GB18030, which is what Excel for Chinese Windows writes. Row 1 holds the headers; empty
 * rows are skipped. A legacy .xls or anything unreadable is refused with IMPORT_FILE_UNREADABLE.
 */
export async function readTable(bytes: Buffer): Promise<Table> {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readWorkbook(bytes);
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new DomainError("IMPORT_FILE_UNREADABLE", [], "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入");
  }
  return tableOf(parseCsv(decodeText(bytes)).map((cells) => cells.map((text) => ({ text, numeric: false }))));
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GB18030. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180 CSV: commas, double quotes around fields that contain commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += character;
    } else if (character === '"' && field === "") quoted = true;
    else if (character === ",") {
      row.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && text[index + 1] === "\n") index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += character;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readWorkbook(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("IMPORT_FILE_UNREADABLE");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError("IMPORT_FILE_UNREADABLE", [], "工作簿中没有工作表");
  const lines: TableCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    lines[rowNumber - 1] = Array.from(cells, (cell) => cell ?? emptyCell);
  });
  return tableOf(Array.from(lines, (line) => line ?? []));
}

function cellOf(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return emptyCell;
  if (typeof value === "number") return { text: numberText(value), numeric: true };
  if (typeof value === "string") return { text: value, numeric: false };
  if (typeof value === "boolean") return { text: value ? "是" : "否", numeric: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false };
  if (typeof value === "object") {
    if ("richText" in value) return { text: value.richText.map((part) => part.text).join(""), numeric: false };
    if ("result" in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value) return { text: String(value.text), numeric: false };
  }
  return { text: String(value), numeric: false };
}

/** How Excel shows a large number in a General cell: 2.10702E+17. */
function numberText(value: number): string {
  if (Math.abs(value) < 1e11) return String(value);
  const [mantissa, exponent] = value.toExponential(5).split("e");
  return `${String(Number(mantissa)).toUpperCase()}E+${Number(exponent)}`;
}

function tableOf(lines: TableCell[][]): Table {
  const [header = [], ...rest] = lines;
  const rows: TableRow[] = [];
  rest.forEach((cells, index) => {
    if (cells.some((cell) => cell.text.trim() !== "")) rows.push({ rowNumber: index + 2, cells });
  });
  return { headers: header.map((cell) => cell.text), rows };
}
