import LockReset from "@mui/icons-material/LockReset";
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { resetPasswordError } from "./userForm.ts";

const resetMutation = /* GraphQL */ `
  mutation ResetUserPassword($id: ID!, $password: String!, $reason: String) {
    resetUserPassword(id: $id, password: $password, reason: $reason) { id locked }
  }
`;

const t = (key: string) => `resources.User.reset.${key}`;

/** 重置密码: a dialog that states the password rule, asks twice, and takes an optional reason. */
export const ResetPasswordButton = () => {
  const record = useRecordContext<{ id: string; displayName: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const problem = resetPasswordError(password, again);
  const close = () => {
    setOpen(false);
    setPassword("");
    setAgain("");
    setReason("");
    setTried(false);
  };
  const submit = async () => {
    setTried(true);
    if (problem) return;
    setBusy(true);
    try {
      await requestGraphql(resetMutation, { id: record.id, password, reason: reason.trim() || null });
      notify(translate(t("done"), { name: record.displayName }), { type: "success" });
      close();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" startIcon={<LockReset />} onClick={() => setOpen(true)}>
        {translate(t("button"))}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate(t("title"), { name: record.displayName })}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate(t("rules"))}
          </Alert>
          <TextField
            type="password"
            label={translate(t("password"))}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="new-password"
            fullWidth
            margin="dense"
            error={tried && problem === "resources.User.validation.passwordWeak"}
          />
          <TextField
            type="password"
            label={translate(t("confirm"))}
            value={again}
            onChange={(event) => setAgain(event.target.value)}
            autoComplete="new-password"
            fullWidth
            margin="dense"
            error={tried && problem === "resources.User.validation.passwordMismatch"}
          />
          <TextField
            label={translate(t("reason"))}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            fullWidth
            margin="dense"
          />
          {tried && problem ? (
            <Alert severity="error" sx={{ mt: 1 }}>
              {translate(problem)}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate(t("cancel"))}</Button>
          <Button variant="contained" onClick={submit} disabled={busy}>
            {translate(t("submit"))}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
