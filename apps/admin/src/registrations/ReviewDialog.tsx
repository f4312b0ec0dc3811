import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { HttpError, useNotify, useRefresh, useTranslate } from "react-admin";
import {
  entrantName,
  type ReviewAction,
  type ReviewableRegistration,
  reasonRequired,
  reviewRegistration,
} from "./reviewRegistration.ts";

const titles: Record<ReviewAction, string> = { APPROVE: "titleApprove", RETURN: "titleReturn", REJECT: "titleReject" };

/**
 * What the dialog reviews and how; registrations by default. Other records (an indicator report)
 * pass their own decision, name and texts (`<messages>.titleApprove`, `.reason`, … as under
 * `resources.Registration.review`).
 */
export interface ReviewOptions<T extends { id: string }> {
  review?: (item: T, action: ReviewAction, reason: string) => Promise<{ stateLabel: string }>;
  nameOf?: (item: T) => string;
  messages?: string;
}

interface Outcome {
  id: string;
  name: string;
  ok: boolean;
  text: string;
}

/**
 * Asks for the reason (return, reject: required) or an optional comment (approve), then reviews
 * each registration in turn, one request per registration, showing progress and, for several
 * or for a refusal, which succeeded and which the API refused with its Chinese message.
 */
export const ReviewDialog = <T extends { id: string } = ReviewableRegistration>({
  action,
  registrations,
  onClose,
  review = reviewRegistration as unknown as NonNullable<ReviewOptions<T>["review"]>,
  nameOf = entrantName as unknown as NonNullable<ReviewOptions<T>["nameOf"]>,
  messages = "resources.Registration.review",
}: {
  action: ReviewAction;
  registrations: T[];
  onClose: (changed: boolean) => void;
} & ReviewOptions<T>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const finished = !running && outcomes.length > 0;
  const required = reasonRequired(action);

  const messageOf = (error: unknown) => {
    const message = error instanceof HttpError || error instanceof Error ? error.message : String(error);
    return translate(message, { _: message });
  };

  const submit = async () => {
    if (required && reason.trim() === "") {
      setMissingReason(true);
      return;
    }
    setRunning(true);
    const results: Outcome[] = [];
    for (const registration of registrations) {
      const name = nameOf(registration);
      try {
        const reviewed = await review(registration, action, reason);
        results.push({ id: registration.id, name, ok: true, text: reviewed.stateLabel });
      } catch (error) {
        results.push({ id: registration.id, name, ok: false, text: messageOf(error) });
      }
      setOutcomes([...results]);
    }
    setRunning(false);
    const only = results[0];
    if (registrations.length === 1 && only?.ok) {
      notify(`${messages}.done`, { type: "success", messageArgs: { state: only.text } });
      close(true);
    }
  };

  // The list refreshes only once the summary is closed: refreshing under it would drop the
  // reviewed rows from a filtered list, and with them the bulk toolbar that holds this dialog.
  const close = (changed: boolean) => {
    if (changed) refresh();
    onClose(changed);
  };

  const succeeded = outcomes.filter((outcome) => outcome.ok);
  const refused = outcomes.filter((outcome) => !outcome.ok);

  return (
    <Dialog open fullWidth maxWidth="sm" onClose={() => (running ? undefined : close(outcomes.length > 0))}>
      <DialogTitle>{translate(`${messages}.${titles[action]}`)}</DialogTitle>
      <DialogContent>
        {registrations.length > 1 ? (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate(`${messages}.count`, { count: registrations.length })}
          </Typography>
        ) : (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {registrations[0] ? nameOf(registrations[0]) : null}
          </Typography>
        )}
        {finished ? null : (
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            name="reason"
            label={translate(`${messages}.${required ? "reason" : "comment"}`)}
            value={reason}
            disabled={running}
            required={required}
            error={missingReason}
            helperText={missingReason ? translate(`${messages}.reasonRequired`) : " "}
            onChange={(event) => {
              setReason(event.target.value);
              if (event.target.value.trim() !== "") setMissingReason(false);
            }}
          />
        )}
        {running ? (
          <Box sx={{ mt: 1 }} role="status">
            <LinearProgress variant="determinate" value={(100 * outcomes.length) / registrations.length} />
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {translate(`${messages}.progress`, {
                done: outcomes.length,
                total: registrations.length,
              })}
            </Typography>
          </Box>
        ) : null}
        {finished ? (
          <Box data-testid="review-summary">
            {succeeded.length > 0 ? (
              <Alert severity="success" sx={{ mb: 1 }}>
                {translate(`${messages}.succeeded`, { count: succeeded.length })}
                <List dense disablePadding>
                  {succeeded.map((outcome) => (
                    <ListItem key={outcome.id} disableGutters>
                      <ListItemText primary={`${outcome.name}：${outcome.text}`} />
                    </ListItem>
                  ))}
                </List>
              </Alert>
            ) : null}
            {refused.length > 0 ? (
              <Alert severity="error">
                {translate(`${messages}.refused`, { count: refused.length })}
                <List dense disablePadding>
                  {refused.map((outcome) => (
                    <ListItem key={outcome.id} disableGutters>
                      <ListItemText primary={`${outcome.name}：${outcome.text}`} />
                    </ListItem>
                  ))}
                </List>
              </Alert>
            ) : null}
          </Box>
        ) : null}
      </DialogContent>
      <DialogActions>
        {finished ? (
          <Button onClick={() => close(true)}>{translate(`${messages}.close`)}</Button>
        ) : (
          <>
            <Button disabled={running} onClick={() => close(false)}>
              {translate(`${messages}.cancel`)}
            </Button>
            <Button
              variant="contained"
              color={action === "APPROVE" ? "primary" : "error"}
              disabled={running}
              onClick={submit}
            >
              {translate(`${messages}.confirm`)}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
