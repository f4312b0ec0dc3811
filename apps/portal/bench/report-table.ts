// A plain-text table for a terminal, aligned even with Chinese text (two columns per character).

export interface Column {
  heading: string;
  /** Numbers read best right-aligned. */
  align?: "left" | "right";
}

/** Characters a terminal draws two columns wide (CJK, Hangul, full-width forms). */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += wide.test(character) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** The heading, a rule, and one line per row; every cell padded to its column's widest. */
export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.heading), ...rows.map((row) => displayWidth(row[index] ?? ""))),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, index) => pad(cells[index] ?? "", widths[index] ?? 0, column.align ?? "left"))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((column) => column.heading)),
    widths.map((width) => "─".repeat(width)).join("  "),
    ...rows.map(line),
  ].join("\n");
}

/** Bytes as kilobytes with one decimal ("12.3"). */
export function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Milliseconds rounded, or "—" when there is no figure. */
export function milliseconds(value: number | null): string {
  return value === null ? "—" : Math.round(value).toString();
}
