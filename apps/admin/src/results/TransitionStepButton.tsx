import { Box, Button, Typography } from "@mui/material";
import type { TransitionOption } from "../activities/LifecycleButtons.tsx";

/**
 * One lifecycle step offered by the API (`Activity.allowedTransitions`), as LifecycleButtons shows
 * it: disabled while refused, with every reason under it. The click runs the results desk's own
 * mutation (publish, finalize), which also writes the notice or notifies the entrants.
 */
export const TransitionStepButton = ({
  option,
  busy,
  onClick,
  label,
}: {
  option: TransitionOption;
  busy: boolean;
  onClick: () => void;
  label?: string;
}) => (
  <Box sx={{ maxWidth: 420 }}>
    <Button
      variant="contained"
      disabled={!option.allowed || busy}
      title={option.reasons.map((reason) => reason.message).join("；")}
      onClick={onClick}
    >
      {label ?? option.label}
    </Button>
    {option.reasons.map((reason) => (
      <Typography key={reason.code + reason.message} variant="caption" color="error" component="div">
        {reason.message}
      </Typography>
    ))}
  </Box>
);
