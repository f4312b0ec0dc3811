import type { FieldError, Reason, Validated } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal, scoreDecimalText } from "./score-decimal.ts";

/**
 * Exam rounds (考试成绩, e.g. 理论成绩): one imported score per entry, from 0 to the round's maximum
 * (100 by default). A list arrives from a form or an Excel sheet; every row is checked and every
 * bad row reported by its number, so that the organizer fixes the sheet in one pass. A list with
 * any bad row is refused whole.
 */

export interface ExamScoreRow {
  /** The entry (registration) the score belongs to, as given (a number, or text from a sheet); null when none. */
  registrationId: number | string | null;
  /** The score as typed or read from the sheet. */
  score: string | number | null | undefined;
}

export interface ExamScoreEntry {
  registrationId: number;
  /** The entrant as people know it, for messages. */
  name: string;
}

export interface ExamScore {
  registrationId: number;
  score: Fraction;
  /** Exact decimal text, as stored: "86.5". */
  text: string;
}

export interface ExamScoreContext {
  /** The round's maximum possible result as decimal text, e.g. "100". */
  maxResult: string;
  /** The entries that may receive a score: the round's accepted entries. */
  entries: readonly ExamScoreEntry[];
  /**
   * How rows are numbered in messages: 1 for a list (the first row is 第 1 行), 2 for a sheet
   * whose first line is a header.
   */
  firstRowNumber?: number;
}

/**
 * Checks every row; field errors are `rows[i].registrationId` or `rows[i].score` (i from 0) with a
 * message that starts with the row's number, e.g. "第 3 行：分数 120 超过满分 100".
 */
export function validateExamScoreRows(
  rows: readonly ExamScoreRow[],
  context: ExamScoreContext,
): Validated<ExamScore[]> {
  const maximum = parseScoreDecimal(context.maxResult);
  if (maximum === null) throw new RangeError(`invalid round maximum ${context.maxResult}`);
  const firstRowNumber = context.firstRowNumber ?? 1;
  if (rows.length === 0) {
    return { ok: false, errors: [{ field: "rows", code: "EXAM_ROWS_EMPTY", message: "没有要导入的成绩" }] };
  }
  const entries = new Map(context.entries.map((entry) => [entry.registrationId, entry]));
  const seenAt = new Map<number, number>();
  const errors: FieldError[] = [];
  const scores: ExamScore[] = [];
  rows.forEach((row, index) => {
    const line = `第 ${index + firstRowNumber} 行`;
    const at = (name: string) => `rows[${index}].${name}`;
    const before = errors.length;
    const id = registrationIdOf(row.registrationId);
    const entry = id === null ? undefined : entries.get(id);
    if (id === null) {
      const given = row.registrationId === null ? "" : String(row.registrationId).trim();
      errors.push(
        given === ""
          ? { field: at("registrationId"), code: "EXAM_ENTRY_MISSING", message: `${line}：缺少报名编号` }
          : {
              field: at("registrationId"),
              code: "EXAM_ENTRY_INVALID",
              message: `${line}：报名编号「${given}」不是有效的编号`,
            },
      );
    } else if (entry === undefined) {
      errors.push({
        field: at("registrationId"),
        code: "EXAM_ENTRY_UNKNOWN",
        message: `${line}：报名编号 ${id} 不是本轮的参赛对象`,
      });
    } else {
      const earlier = seenAt.get(id);
      if (earlier !== undefined) {
        errors.push({
          field: at("registrationId"),
          code: "EXAM_ENTRY_DUPLICATE",
          message: `${line}：「${entry.name}」的成绩与第 ${earlier + firstRowNumber} 行重复`,
        });
      } else {
        seenAt.set(id, index);
      }
    }
    const raw = row.score;
    const who = entry ? `「${entry.name}」的` : "";
    let score: Fraction | null = null;
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
      errors.push({ field: at("score"), code: "EXAM_SCORE_MISSING", message: `${line}：缺少${who}成绩` });
    } else {
      score = parseScoreDecimal(raw);
      if (score === null) {
        errors.push({
          field: at("score"),
          code: "EXAM_SCORE_NOT_A_NUMBER",
          message: `${line}：${who}成绩「${raw}」不是有效的数字`,
        });
      } else if (score.compare(Fraction.zero) < 0) {
        errors.push({ field: at("score"), code: "EXAM_SCORE_BELOW_ZERO", message: `${line}：${who}成绩不能低于 0` });
      } else if (score.compare(maximum) > 0) {
        errors.push({
          field: at("score"),
          code: "EXAM_SCORE_ABOVE_MAX",
          message: `${line}：${who}成绩 ${String(raw).trim()} 超过满分 ${context.maxResult}`,
        });
      }
    }
    if (errors.length === before && score !== null && id !== null) {
      scores.push({ registrationId: id, score, text: scoreDecimalText(score) });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: scores };
}

/** A positive whole number, as a number or as digits; null otherwise. */
function registrationIdOf(value: number | string | null): number | null {
  if (value === null) return null;
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** An exam round closes once every entry has its score; otherwise each entry without one is named. */
export function examRoundClosingBlockers(
  entries: readonly ExamScoreEntry[],
  scoredRegistrationIds: ReadonlySet<number>,
): Reason[] {
  if (entries.length === 0) return [{ code: "ROUND_WITHOUT_ENTRIES", message: "本轮没有参赛对象" }];
  return [...entries]
    .sort((a, b) => a.registrationId - b.registrationId)
    .filter((entry) => !scoredRegistrationIds.has(entry.registrationId))
    .map((entry) => ({ code: "EXAM_SCORE_NOT_IMPORTED", message: `「${entry.name}」还没有导入成绩` }));
}
