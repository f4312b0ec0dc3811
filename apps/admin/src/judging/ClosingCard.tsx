import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from "@mui/material";
import { useId, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { type Blocker, closeRound } from "./judgingApi.ts";
import { refusalText } from "./judgingView.ts";

/** What keeps the round from closing (the API's blockers), and the button to close it, with a confirmation. */
export const ClosingCard = ({
  roundId,
  blockers,
  closed,
  readyText,
  onClosed,
}: {
  roundId: string;
  blockers: { code: string; message: string }[];
  closed: boolean;
  /** What "ready to close" means for this kind of round; the judged rounds' wording by default. */
  readyText?: string;
  onClosed: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (closed) return null;

  const close = async () => {
    setBusy(true);
    try {
      await closeRound(roundId);
      notify(translate("resources.Judging.close.done"), { type: "success" });
      setConfirming(false);
      onClosed();
    } catch (error) {
      notify(refusalText(error), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("resources.Judging.close.title")}
        </Typography>
        {blockers.length === 0 ? (
          <Alert severity="success" sx={{ my: 1 }}>
            {readyText ?? translate("resources.Judging.close.ready")}
          </Alert>
        ) : (
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate("resources.Judging.close.blocked")}
            <List dense disablePadding aria-label={translate("resources.Judging.close.blocked")}>
              {blockers.map((blocker: Blocker) => (
                <ListItem key={`${blocker.code}-${blocker.message}`} disableGutters>
                  <ListItemText primary={blocker.message} />
                </ListItem>
              ))}
            </List>
          </Alert>
        )}
        <Box>
          <Button
            variant="contained"
            color="secondary"
            disabled={blockers.length > 0 || busy}
            onClick={() => setConfirming(true)}
          >
            {translate("resources.Judging.close.button")}
          </Button>
        </Box>
      </CardContent>
      <Dialog open={confirming} aria-labelledby={titleId} onClose={() => (busy ? undefined : setConfirming(false))}>
        <DialogTitle id={titleId}>{translate("resources.Judging.close.confirmTitle")}</DialogTitle>
        <DialogContent>
          <Typography variant="body2">{translate("resources.Judging.close.confirmText")}</Typography>
        </DialogContent>
        <DialogActions>
          <Button disabled={busy} onClick={() => setConfirming(false)}>
            {translate("resources.Judging.dialog.cancel")}
          </Button>
          <Button variant="contained" disabled={busy} onClick={close}>
            {translate("resources.Judging.close.button")}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
