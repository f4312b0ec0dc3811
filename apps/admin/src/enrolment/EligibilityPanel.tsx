import CheckCircle from "@mui/icons-material/CheckCircle";
import ErrorOutline from "@mui/icons-material/ErrorOutline";
import { Alert, Box, LinearProgress, List, ListItem, ListItemIcon, ListItemText, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { EnrolmentCheck } from "./enrolmentApi.ts";

/**
 * The API's answer to "can we enrol these workers?" before anything is sent: the activity's
 * reasons, then each worker with a tick or every reason they cannot enter, in red.
 */
export const EligibilityPanel = ({
  check,
  loading,
  error,
}: {
  check: EnrolmentCheck | undefined;
  loading: boolean;
  error: Error | null;
}) => {
  const translate = useTranslate();
  return (
    <Box aria-label={translate("resources.Enrolment.check.title")} role="region" sx={{ my: 1 }}>
      <Typography variant="subtitle2">{translate("resources.Enrolment.check.title")}</Typography>
      {loading ? <LinearProgress aria-label={translate("resources.Enrolment.check.checking")} /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {check?.reasons.map((reason) => (
        <Alert key={reason.code + reason.message} severity="error" sx={{ mt: 1 }}>
          {reason.message}
        </Alert>
      ))}
      {check ? (
        <List dense disablePadding>
          {check.workers.map((worker) => (
            <ListItem key={worker.workerId} disableGutters data-eligible={worker.eligible}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                {worker.eligible ? <CheckCircle color="success" /> : <ErrorOutline color="error" />}
              </ListItemIcon>
              <ListItemText
                primary={`${worker.workerName} · ${worker.organizationName}`}
                secondary={
                  worker.eligible
                    ? translate("resources.Enrolment.check.eligible")
                    : worker.reasons.map((reason) => reason.message).join("；")
                }
                slotProps={{ secondary: { color: worker.eligible ? "success.main" : "error" } }}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
    </Box>
  );
};
