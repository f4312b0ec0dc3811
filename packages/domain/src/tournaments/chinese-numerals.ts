/**
 * Counts written the way the rankings are read out: "三人同积 2 胜", "两对同积 1 胜". Internal to
 * the tournaments folder; not exported from its index.
 */
const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 0 … 99 in Chinese numerals (十一, 二十, 三十二); larger numbers stay in Arabic digits. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a count: ${value}`);
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return digits[ones] as string;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

/** "两人", "三人", "两对": 2 is 两 before a measure word. */
export function chineseCount(value: number, measureWord: string): string {
  return `${value === 2 ? "两" : chineseNumeral(value)}${measureWord}`;
}

/** +2, 0, -3: a difference always shows its sign so "+2" and "2" are never confused. */
export function signedText(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
