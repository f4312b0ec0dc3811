import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { voidVotes } from "./votingApi.ts";

/** Voids the chosen votes with a reason; the API refuses all of them if any cannot be voided. */
export const VoidDialog = ({
  roundId,
  voteIds,
  onClose,
}: {
  roundId: string;
  voteIds: string[];
  onClose: (changed: boolean) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [running, setRunning] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.PublicVote.void.${key}`, options);

  const submit = async () => {
    if (reason.trim() === "") {
      setMissing(true);
      return;
    }
    setRunning(true);
    try {
      const { voidVotes: voided } = await voidVotes(roundId, voteIds, reason.trim());
      notify(t("done", { count: voided.length }), { type: "success" });
      onClose(true);
    } catch (error) {
      notify((error as Error).message, { type: "error" });
      setRunning(false);
    }
  };

  return (
    <Dialog open fullWidth maxWidth="sm" onClose={() => (running ? undefined : onClose(false))}>
      <DialogTitle>{t("title")}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t("count", { count: voteIds.length })}
        </Typography>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          name="voidReason"
          label={t("reason")}
          required
          value={reason}
          disabled={running}
          error={missing}
          helperText={missing ? t("reasonRequired") : " "}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim() !== "") setMissing(false);
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button disabled={running} onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>
        <Button variant="contained" color="error" disabled={running} onClick={submit}>
          {t("confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
