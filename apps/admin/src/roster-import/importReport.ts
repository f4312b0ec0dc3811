/**
 * The roster import's answer (POST /files/workers/import, apps/api/src/files/import-workers.ts),
 * read into what the page shows: a checked file (every row valid, or every bad row by number), or a
 * refusal of the whole file (unreadable, too large, not allowed) with the API's Chinese message.
 */

export interface RowError {
  /** The row number as Excel shows it (row 1 holds the headers). */
  row: number;
  field: string;
  /** The column's header, e.g. 身份证号; empty when the problem is the whole row. */
  column: string;
  code: string;
  message: string;
}

export interface ImportedWorker {
  row: number;
  id?: number | string | null;
  name: string;
  /** Masked: 210798********0113. */
  idNumber: string;
  organizationCode: string;
}

export interface ImportReport {
  dryRun: boolean;
  ok: boolean;
  rowCount: number;
  created: number;
  errors: RowError[];
  workers: ImportedWorker[];
  /** Present when some row is invalid: 名册中有 3 处错误，未导入任何职工… */
  message: string | null;
}

export type ImportAnswer =
  | { kind: "report"; report: ImportReport }
  | { kind: "refused"; code: string; message: string };

/** An i18n key: the page translates it (the API's own messages are Chinese already). */
const fallbackMessage = "resources.RosterImport.errors.failed";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Reads the HTTP answer (status and JSON body text) of an import or a dry run. */
export function readImportAnswer(status: number, bodyText: string): ImportAnswer {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return { kind: "refused", code: `HTTP_${status}`, message: fallbackMessage };
  }
  if (!isRecord(body)) return { kind: "refused", code: `HTTP_${status}`, message: fallbackMessage };
  const error = isRecord(body.error) ? body.error : null;
  if (Array.isArray(body.errors) && typeof body.ok === "boolean" && (status === 200 || status === 422)) {
    return {
      kind: "report",
      report: {
        dryRun: body.dryRun === true,
        ok: body.ok,
        rowCount: Number(body.rowCount ?? 0),
        created: Number(body.created ?? 0),
        errors: (body.errors as RowError[]).slice().sort((a, b) => a.row - b.row),
        workers: Array.isArray(body.workers) ? (body.workers as ImportedWorker[]) : [],
        message: typeof error?.message === "string" ? error.message : null,
      },
    };
  }
  return {
    kind: "refused",
    code: typeof error?.code === "string" ? error.code : `HTTP_${status}`,
    message: typeof error?.message === "string" ? error.message : fallbackMessage,
  };
}

/** Rows with at least one error, for the summary (名册共 N 行，其中 M 行有误). */
export function rowsWithErrors(errors: readonly RowError[]): number {
  return new Set(errors.map((error) => error.row)).size;
}

const acceptedExtensions = [".xlsx", ".csv"];

/** Whether the page sends this file at all (a legacy .xls is refused by the API with its reason). */
export function isRosterFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}
