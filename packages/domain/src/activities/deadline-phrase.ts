import { calendarDateOf, lastDayOfMonth } from "../calendar-days.ts";
import type { CalendarDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";

/**
 * Turns the task table's 完成时限 ("四月末前", "六月上旬", "十一前" …) into the last day by which
 * the task is due in a given year. The readings, all inclusive ("前" in the plan means "by", as in
 * 四月末前, which cannot mean "before the 30th"):
 * - 全年, 年内, 年底(前), 年末(前), 年终(前) → 31 December (a year-long task is due by the year's end);
 * - N月末(前), N月底(前) → the last day of month N;
 * - N月上旬(前) → the 10th, N月中旬(前) → the 20th, N月下旬(前) → the last day of month N
 *   (a 旬 is days 1–10, 11–20, 21–end);
 * - N月D日(前) → that day;
 * - 五一前 → 30 April, 七一前 → 30 June, 十一前 / 国庆前 / 国庆节前 → 30 September (the day before the
 *   holiday; "十一" in the plan is National Day, never November, which the plan writes 十一月);
 * Months and days may be written in Chinese numerals (四, 十二, 二十一) or digits (4, 12, 21).
 * Anything else (e.g. "与省大赛时间对接", or a bare "六月前" that could mean May or June) is refused:
 * the organizer enters the date.
 */
export type DeadlinePhraseReading = { ok: true; date: CalendarDate } | { ok: false; reasons: Reason[] };

const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 in Chinese numerals (四, 十, 十二, 二十, 三十一) or ASCII digits; null otherwise. */
function numberFrom(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return null;
  const [, tensDigit, ten, units] = match;
  if (ten === undefined) return tensDigit !== undefined && units === undefined ? (digits[tensDigit] ?? null) : null;
  return (
    (tensDigit === undefined ? 1 : (digits[tensDigit] ?? 0)) * 10 + (units === undefined ? 0 : (digits[units] ?? 0))
  );
}

const yearEndPhrases = new Set(["全年", "年内", "年底", "年末", "年终"]);

/** Holidays the plan dates tasks by, as month and day of the last day before them. */
const dayBeforeHoliday: Record<string, readonly [number, number]> = {
  五一: [4, 30],
  七一: [6, 30],
  十一: [9, 30],
  国庆: [9, 30],
  国庆节: [9, 30],
};

export function deadlineFromPhrase(phrase: string, year: number): DeadlinePhraseReading {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`not a year: ${year}`);
  const text = phrase.replace(/\s+/g, "");
  const hasBefore = /(以前|之前|前)$/.test(text);
  const core = text.replace(/(以前|之前|前)$/, "");

  if (yearEndPhrases.has(core)) return { ok: true, date: calendarDateOf(year, 12, 31) };

  const holiday = dayBeforeHoliday[core];
  // "五一" alone could be the holiday itself; only "五一前" is a deadline.
  if (holiday && hasBefore) return { ok: true, date: calendarDateOf(year, holiday[0], holiday[1]) };

  const inMonth = /^(.+?)月(末|底|上旬|中旬|下旬|(.+?)日)$/.exec(core);
  if (inMonth) {
    const month = numberFrom(inMonth[1] ?? "");
    if (month !== null && month >= 1 && month <= 12) {
      const last = lastDayOfMonth(year, month);
      const part = inMonth[2];
      if (part === "上旬") return { ok: true, date: calendarDateOf(year, month, 10) };
      if (part === "中旬") return { ok: true, date: calendarDateOf(year, month, 20) };
      if (part === "末" || part === "底" || part === "下旬")
        return { ok: true, date: calendarDateOf(year, month, last) };
      const day = numberFrom(inMonth[3] ?? "");
      if (day !== null && day >= 1 && day <= last) return { ok: true, date: calendarDateOf(year, month, day) };
    }
  }
  return {
    ok: false,
    reasons: [
      {
        code: "DEADLINE_PHRASE_UNKNOWN",
        message: `无法把完成时限“${phrase.trim()}”换算为日期，请直接填写具体日期`,
      },
    ],
  };
}
