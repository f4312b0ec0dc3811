import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from "@mui/material";
import { useId, useState } from "react";
import { useNotify } from "react-admin";

/**
 * Asks for a required reason (unlock, excuse, recusal, voiding votes) and runs `action` with it; an
 * empty reason is refused under the box, and the API's refusal is shown as a notification. Texts
 * arrive translated; `name` is the reason box's form name.
 */
export const ReasonDialog = ({
  title,
  text,
  reasonLabel,
  reasonRequired,
  cancelLabel,
  confirmLabel,
  action,
  onClose,
  name = "reason",
  confirmColor = "primary",
}: {
  title: string;
  text: string;
  reasonLabel: string;
  reasonRequired: string;
  cancelLabel: string;
  confirmLabel: string;
  action: (reason: string) => Promise<void>;
  onClose: (done: boolean) => void;
  name?: string;
  confirmColor?: "primary" | "error" | "warning";
}) => {
  const notify = useNotify();
  const titleId = useId();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (reason.trim() === "") {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await action(reason.trim());
      onClose(true);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: "error" });
      setBusy(false);
    }
  };

  return (
    <Dialog open fullWidth maxWidth="sm" aria-labelledby={titleId} onClose={() => (busy ? undefined : onClose(false))}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {text}
        </Typography>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          name={name}
          label={reasonLabel}
          required
          value={reason}
          disabled={busy}
          error={missing}
          helperText={missing ? reasonRequired : " "}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim() !== "") setMissing(false);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void confirm();
            }
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button disabled={busy} onClick={() => onClose(false)}>
          {cancelLabel}
        </Button>
        <Button variant="contained" color={confirmColor} disabled={busy} onClick={confirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
