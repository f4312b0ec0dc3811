import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { VotesTable } from "./VotesTable.tsx";
import { escalateVotingPenalty, type TallyRow } from "./votingApi.ts";
import { nextPenaltyLevel } from "./votingRules.ts";

/**
 * Escalates a candidate's penalty one step (警告 → 作废违规票 → 取消资格) with a reason; the
 * voiding step needs the votes to void, chosen among the candidate's valid votes.
 */
export const PenaltyDialog = ({
  roundId,
  candidate,
  names,
  onClose,
}: {
  roundId: string;
  candidate: TallyRow;
  names: ReadonlyMap<string, string>;
  onClose: (changed: boolean) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const next = nextPenaltyLevel(candidate.penaltyLevel);
  const [reason, setReason] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<"reason" | "votes" | null>(null);
  const [running, setRunning] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.PublicVote.penalty.${key}`, options);
  const level = (value: string) => translate(`resources.PublicVote.levels.${value}`);

  const submit = async () => {
    if (!next) return;
    if (reason.trim() === "") {
      setProblem("reason");
      return;
    }
    if (next === "VOTES_VOIDED" && selected.size === 0) {
      setProblem("votes");
      return;
    }
    setRunning(true);
    try {
      await escalateVotingPenalty(
        roundId,
        candidate.registrationId,
        next,
        reason.trim(),
        next === "VOTES_VOIDED" ? [...selected] : null,
      );
      notify(t("done", { level: level(next) }), { type: "success" });
      onClose(true);
    } catch (error) {
      notify((error as Error).message, { type: "error" });
      setRunning(false);
    }
  };

  return (
    <Dialog open fullWidth maxWidth="md" onClose={() => (running ? undefined : onClose(false))}>
      <DialogTitle>{t("title", { name: candidate.name })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2">{t("current", { level: level(candidate.penaltyLevel) })}</Typography>
        <Typography variant="body2" sx={{ mb: 1, fontWeight: 700 }}>
          {next ? t("next", { level: level(next) }) : t("top")}
        </Typography>
        {next ? (
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            name="penaltyReason"
            label={t("reason")}
            required
            value={reason}
            disabled={running}
            error={problem === "reason"}
            helperText={problem === "reason" ? t("reasonRequired") : " "}
            onChange={(event) => {
              setReason(event.target.value);
              setProblem(null);
            }}
          />
        ) : null}
        {next === "VOTES_VOIDED" ? (
          <>
            <Typography variant="body2" color={problem === "votes" ? "error" : undefined} sx={{ mb: 1 }}>
              {problem === "votes" ? t("votesRequired") : t("votesHint")}
            </Typography>
            <VotesTable
              filter={{ roundId, registrationId: candidate.registrationId, voided: false }}
              names={names}
              selected={selected}
              onSelect={(ids) => {
                setSelected(ids);
                setProblem(null);
              }}
            />
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button disabled={running} onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>
        <Button variant="contained" color="warning" disabled={running || !next} onClick={submit}>
          {t("confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
