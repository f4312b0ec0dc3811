import { validateExamScoreRows } from "@jinzhou/domain";

/** An accepted entry of an exam round, with its imported score if any. */
export interface ExamEntry {
  registrationId: string;
  name: string;
  categoryName: string;
  /** The imported score as displayed (two decimals), or null before any import. */
  current: string | null;
}

/** The rows to import: the entries whose box holds something, in the table's order. */
export function examRows(entries: readonly ExamEntry[], values: Readonly<Record<string, string>>) {
  return entries
    .filter((entry) => (values[entry.registrationId] ?? "").trim() !== "")
    .map((entry) => ({ registrationId: entry.registrationId, score: (values[entry.registrationId] ?? "").trim() }));
}

/**
 * Checks the rows to import with the domain's rule (0 to the round's maximum), before sending: the
 * problems by registration id, in the API's words (第 N 行 counts the rows being imported).
 */
export function checkExamRows(
  entries: readonly ExamEntry[],
  values: Readonly<Record<string, string>>,
  maxResult: string,
): Record<string, string> {
  const rows = examRows(entries, values);
  if (rows.length === 0) return {};
  const result = validateExamScoreRows(rows, {
    maxResult,
    entries: entries.map((entry) => ({ registrationId: Number(entry.registrationId), name: entry.name })),
  });
  if (result.ok) return {};
  return problemsByEntry(rows, result.errors);
}

/** Field errors `rows[i].score` (the domain's and the API's) mapped to the rows' registration ids. */
export function problemsByEntry(
  rows: readonly { registrationId: string }[],
  errors: readonly { field: string; message: string }[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const error of errors) {
    const match = /^rows\[(\d+)\]/.exec(error.field);
    const row = match ? rows[Number(match[1])] : undefined;
    if (!row) continue;
    problems[row.registrationId] = problems[row.registrationId]
      ? `${problems[row.registrationId]}；${error.message}`
      : error.message;
  }
  return problems;
}

/** An entry's name: a team's or project's name, else its members' names. */
export function entryName(registration: { name: string | null; members: { name: string }[] }): string {
  return registration.name ?? registration.members.map((member) => member.name).join("、");
}
