import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { brokenLimits } from "./composition.ts";
import type { WhatIf } from "./nominationApi.ts";

const effectColors = { HOLDS: "success", REPAIRS: "success", BREAKS: "error", STAYS_BREACHED: "error" } as const;

/**
 * "What if we nominate this candidate?", before anything is saved: why they cannot be nominated
 * at all, the places after, and each limit before → after; the limits that would break are in
 * red, those that would be refused without an override first.
 */
export const WhatIfPanel = ({ whatIf }: { whatIf: WhatIf }) => {
  const translate = useTranslate();
  const broken = brokenLimits(whatIf.changes, whatIf.refusals);
  const blocking = [...whatIf.eligibilityReasons, ...whatIf.quotaReasons];
  return (
    <Box role="region" aria-label={translate("resources.Nomination.whatIf.title")} sx={{ my: 1 }}>
      <Typography variant="subtitle2">
        {translate("resources.Nomination.whatIf.heading", { name: whatIf.workerName })}
      </Typography>
      {whatIf.allowed ? (
        <Alert severity={broken.length > 0 ? "warning" : "success"} sx={{ my: 1 }}>
          {translate(
            broken.length > 0
              ? "resources.Nomination.whatIf.allowedWithWarnings"
              : "resources.Nomination.whatIf.allowed",
          )}
        </Alert>
      ) : (
        <Alert severity="error" sx={{ my: 1 }}>
          {translate("resources.Nomination.whatIf.refused")}
        </Alert>
      )}
      {blocking.map((reason) => (
        <Typography key={reason.code + reason.message} variant="body2" color="error">
          {reason.message}
        </Typography>
      ))}
      {whatIf.allowedPlaces !== null && whatIf.usedPlaces !== null ? (
        <Typography variant="body2" sx={{ my: 1 }}>
          {translate("resources.Nomination.whatIf.places", {
            used: whatIf.usedPlaces + 1,
            allowed: whatIf.allowedPlaces,
            left: Math.max(0, (whatIf.remainingPlaces ?? 0) - 1),
          })}
        </Typography>
      ) : null}
      {whatIf.changes.length > 0 ? (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.Nomination.whatIf.changes")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.Nomination.composition.limit")}</TableCell>
                <TableCell>{translate("resources.Nomination.whatIf.before")}</TableCell>
                <TableCell>{translate("resources.Nomination.whatIf.after")}</TableCell>
                <TableCell>{translate("resources.Nomination.whatIf.effect")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {whatIf.changes.map((change) => {
                const bad = change.effect === "BREAKS" || change.effect === "STAYS_BREACHED";
                const refused = broken.find((limit) => limit.limitKey === change.limitKey)?.refused ?? false;
                return (
                  <TableRow key={change.limitKey} data-limit={change.limitKey} data-effect={change.effect}>
                    <TableCell sx={{ color: bad ? "error.main" : undefined, fontWeight: bad ? 600 : undefined }}>
                      {change.name}
                    </TableCell>
                    <TableCell>{change.before.shareText}</TableCell>
                    <TableCell sx={{ color: bad ? "error.main" : undefined }}>
                      {translate("resources.Nomination.composition.count", {
                        count: change.after.count,
                        size: change.after.listSize,
                        share: change.after.shareText,
                      })}
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={effectColors[change.effect]}
                        variant={bad ? "filled" : "outlined"}
                        label={translate(`resources.Nomination.whatIf.effects.${change.effect}`)}
                      />
                      {refused ? (
                        <Typography variant="caption" color="error" component="div">
                          {translate("resources.Nomination.whatIf.needsOverride")}
                        </Typography>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {whatIf.refusals.map((reason) => (
        <Alert key={reason.message} severity="error" sx={{ mt: 1 }}>
          {reason.message}
        </Alert>
      ))}
      {whatIf.warnings.map((reason) => (
        <Alert key={reason.message} severity="warning" sx={{ mt: 1 }}>
          {reason.message}
        </Alert>
      ))}
    </Box>
  );
};
