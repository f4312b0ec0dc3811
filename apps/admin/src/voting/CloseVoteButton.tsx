import HowToVote from "@mui/icons-material/HowToVote";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { closePublicVote } from "./votingApi.ts";

/** 结束投票并计票, after a confirmation: no more ballots, and each candidate's public score is written. */
export const CloseVoteButton = ({ roundId, onClosed }: { roundId: string; onClosed: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [running, setRunning] = useState(false);
  const t = (key: string) => translate(`resources.PublicVote.close.${key}`);

  const close = async () => {
    setRunning(true);
    try {
      await closePublicVote(roundId);
      notify(t("done"), { type: "success" });
      setAsking(false);
      onClosed();
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <Button variant="contained" color="secondary" startIcon={<HowToVote />} onClick={() => setAsking(true)}>
        {t("button")}
      </Button>
      <Dialog open={asking} onClose={() => (running ? undefined : setAsking(false))}>
        <DialogTitle>{t("title")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t("text")}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button disabled={running} onClick={() => setAsking(false)}>
            {t("cancel")}
          </Button>
          <Button variant="contained" color="secondary" disabled={running} onClick={close}>
            {t("confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
