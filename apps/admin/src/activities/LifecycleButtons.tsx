import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

export interface TransitionOption {
  to: string;
  transition: string;
  label: string;
  allowed: boolean;
  reasonRequired: boolean;
  reasons: { code: string; message: string }[];
}

const transitionMutation = `mutation Move($id: ID!, $to: ActivityState!, $reason: String) {
  transitionActivity(id: $id, to: $to, reason: $reason) { id state }
}`;

/** One button per lifecycle step the API offers; a refused step shows every reason under it. */
export const LifecycleButtons = () => {
  const record = useRecordContext<{ id: string; allowedTransitions?: TransitionOption[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState<TransitionOption | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const options = record.allowedTransitions ?? [];

  const move = async (option: TransitionOption, why?: string) => {
    setBusy(true);
    try {
      const data = await requestGraphql<{ transitionActivity: { state: string } }>(transitionMutation, {
        id: record.id,
        to: option.to,
        reason: why || null,
      });
      notify(
        translate("resources.Activity.lifecycle.done", {
          state: translate(`resources.Activity.states.${data.transitionActivity.state}`),
        }),
        { type: "success" },
      );
      setAsking(null);
      setReason("");
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, my: 1 }} data-testid="lifecycle">
      {options.map((option) => (
        <Box key={`${option.transition}-${option.to}`} sx={{ maxWidth: 320 }}>
          <Button
            variant="contained"
            disabled={!option.allowed || busy}
            title={option.reasons.map((r) => r.message).join("；")}
            onClick={() => (option.reasonRequired ? setAsking(option) : move(option))}
          >
            {option.label}
          </Button>
          {option.reasons.map((r) => (
            <Typography key={r.code + r.message} variant="caption" color="error" component="div">
              {r.message}
            </Typography>
          ))}
        </Box>
      ))}
      <Dialog open={asking !== null} onClose={() => setAsking(null)}>
        <DialogTitle>{asking?.label}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            label={translate("resources.Activity.lifecycle.reason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{translate("resources.Activity.lifecycle.cancel")}</Button>
          <Button
            variant="contained"
            disabled={busy || reason.trim() === ""}
            onClick={() => asking && move(asking, reason.trim())}
          >
            {translate("resources.Activity.lifecycle.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
