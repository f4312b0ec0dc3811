import { type GameScore, type MatchScoreRules, validateGameScore, validateMatchScore } from "@jinzhou/domain";

/** What the organizer typed for one game: side A's and side B's points, as text. */
export interface GameInput {
  a: string;
  b: string;
}

/**
 * A problem with the sheet. `message` is the domain's own Chinese text (the same the API would
 * answer); null means a problem of the typing itself, shown by its code's translation.
 */
export interface SheetProblem {
  code: string;
  message: string | null;
}

export interface ScoreSheetCheck {
  /** The games entered, in order (rows left blank at the end are not games). */
  games: GameScore[];
  /** The problems of each row, by row index. */
  rows: SheetProblem[][];
  /** The problems of the match as a whole (undecided, a game after it was decided). */
  match: SheetProblem[];
  /** True when the sheet can be sent: games entered and no problem anywhere. */
  ready: boolean;
}

/** As many empty rows as the match can have games (3 for best of three). */
export function emptySheet(bestOfGames: number): GameInput[] {
  return Array.from({ length: bestOfGames }, () => ({ a: "", b: "" }));
}

/** A recorded score as rows to correct, padded with empty rows to best of N. */
export function sheetFromGames(games: readonly GameScore[] | null, bestOfGames: number): GameInput[] {
  const rows = (games ?? []).map((game) => ({ a: String(game.a), b: String(game.b) }));
  while (rows.length < bestOfGames) rows.push({ a: "", b: "" });
  return rows;
}

const blank = (text: string) => text.trim() === "";

/**
 * Checks the sheet as it is typed, with the domain's game-score and match-score rules (a game to
 * 21 with a 2-point lead, capped at 30; best of three): every row's problem under that row, the
 * match's under the sheet.
 */
export function checkScoreSheet(sheet: readonly GameInput[], rules: MatchScoreRules): ScoreSheetCheck {
  let last = sheet.length - 1;
  while (last >= 0 && blank(sheet[last]?.a ?? "") && blank(sheet[last]?.b ?? "")) last--;
  const rows: SheetProblem[][] = sheet.map(() => []);
  const games: GameScore[] = [];
  let typingOk = true;
  for (let index = 0; index <= last; index++) {
    const row = sheet[index] as GameInput;
    const problems = rows[index] as SheetProblem[];
    if (blank(row.a) && blank(row.b)) {
      problems.push({ code: "GAME_INPUT_GAP", message: null });
    } else if (blank(row.a) || blank(row.b)) {
      problems.push({ code: "GAME_INPUT_INCOMPLETE", message: null });
    } else if (!/^\d+$/.test(row.a.trim()) || !/^\d+$/.test(row.b.trim())) {
      problems.push({ code: "GAME_INPUT_NOT_NUMBER", message: null });
    } else {
      const game = { a: Number(row.a.trim()), b: Number(row.b.trim()) };
      games.push(game);
      for (const reason of validateGameScore(game, rules)) problems.push(reason);
      continue;
    }
    typingOk = false;
  }
  const match: SheetProblem[] = [];
  if (typingOk && games.length > 0) {
    const outcome = validateMatchScore(games, rules);
    // Each game's own problem is already under its row; the match's are listed once.
    if (!outcome.ok) match.push(...outcome.reasons.filter((reason) => reason.code.startsWith("MATCH_SCORE_")));
  }
  const ready = typingOk && games.length > 0 && match.length === 0 && rows.every((problems) => problems.length === 0);
  return { games, rows, match, ready };
}
