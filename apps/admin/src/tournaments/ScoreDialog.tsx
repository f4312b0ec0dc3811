import { defaultTournamentFormat, gamesToWinMatch, type TournamentFormat } from "@jinzhou/domain";
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { isStaleVersion, refusalText } from "./apiErrors.ts";
import { checkScoreSheet, type GameInput, type SheetProblem, sheetFromGames } from "./scoreSheet.ts";
import { type MatchRow, recordMatchScore } from "./tournamentApi.ts";

export interface ScoreDialogProps {
  match: MatchRow;
  format: TournamentFormat | null;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}

/**
 * Score entry game by game. Each game is checked as it is typed by the domain's own game-score
 * rule (the same the API applies), the match as a whole under the games; the version read with the
 * match goes with the score, so a score entered meanwhile by someone else is not overwritten.
 */
export const ScoreDialog = ({ match, format, onClose, onSaved, onReload }: ScoreDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.score.${key}`, options);
  const rules = format ?? defaultTournamentFormat;
  const [sheet, setSheet] = useState<GameInput[]>(sheetFromGames(match.games, rules.bestOfGames));
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const check = checkScoreSheet(sheet, rules);
  const correcting = match.games !== null;
  const nameA = match.entrantA?.name ?? "";
  const nameB = match.entrantB?.name ?? "";
  const text = (problem: SheetProblem) => problem.message ?? t(`codes.${problem.code}`);

  const edit = (index: number, side: keyof GameInput, value: string) => {
    setSheet(sheet.map((row, at) => (at === index ? { ...row, [side]: value } : row)));
    setRefusal(null);
  };

  const submit = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await recordMatchScore(match.id, check.games, match.version, correcting ? reason.trim() : null);
      notify(t("saved", { slot: `${match.stageName} ${match.slot}` }), { type: "success" });
      onSaved();
    } catch (error) {
      if (isStaleVersion(error)) setStale(true);
      else setRefusal(refusalText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t("title", { slot: `${match.stageName} ${match.slot}` })}</DialogTitle>
      <DialogContent>
        <Typography variant="subtitle1">{t("sides", { a: nameA, b: nameB })}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t("rules", {
            points: rules.pointsToWinGame,
            cap: rules.gamePointCap,
            bestOf: rules.bestOfGames,
            needed: gamesToWinMatch(rules),
          })}
        </Typography>
        {sheet.map((row, index) => {
          const problems = check.rows[index] ?? [];
          const number = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a game is its position in the match
            <Box key={index} sx={{ mb: 1.5 }} data-testid={`game-${number}`}>
              <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
                <Typography sx={{ minWidth: 56 }}>{t("game", { number })}</Typography>
                <TextField
                  size="small"
                  label={t("sideA", { name: nameA })}
                  value={row.a}
                  error={problems.length > 0}
                  onChange={(event) => edit(index, "a", event.target.value)}
                  slotProps={{
                    htmlInput: {
                      inputMode: "numeric",
                      "aria-label": `${t("game", { number })} ${t("sideA", { name: nameA })}`,
                    },
                  }}
                  sx={{ width: 150 }}
                />
                <Typography>:</Typography>
                <TextField
                  size="small"
                  label={t("sideB", { name: nameB })}
                  value={row.b}
                  error={problems.length > 0}
                  onChange={(event) => edit(index, "b", event.target.value)}
                  slotProps={{
                    htmlInput: {
                      inputMode: "numeric",
                      "aria-label": `${t("game", { number })} ${t("sideB", { name: nameB })}`,
                    },
                  }}
                  sx={{ width: 150 }}
                />
              </Box>
              {problems.map((problem) => (
                <Typography key={problem.code} variant="caption" color="error" component="div" role="alert">
                  {text(problem)}
                </Typography>
              ))}
            </Box>
          );
        })}
        {check.match.map((problem) => (
          <Alert key={problem.code} severity="warning" sx={{ mb: 1 }}>
            {text(problem)}
          </Alert>
        ))}
        {correcting ? (
          <TextField
            fullWidth
            multiline
            required
            label={t("reason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            sx={{ mt: 1 }}
          />
        ) : null}
        {refusal ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {refusal}
          </Alert>
        ) : null}
        {stale ? (
          <Alert
            severity="error"
            sx={{ mt: 1 }}
            action={
              <Button color="inherit" onClick={onReload}>
                {t("reload")}
              </Button>
            }
          >
            {t("stale")}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("cancel")}</Button>
        <Button
          variant="contained"
          disabled={busy || stale || !check.ready || (correcting && reason.trim() === "")}
          onClick={submit}
        >
          {t("submit")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
