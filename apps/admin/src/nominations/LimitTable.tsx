import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { standingOf } from "./composition.ts";
import type { LimitStatus } from "./nominationApi.ts";

const standingColors = { HOLDS: "success", OVERRIDDEN: "warning", BREACHED: "error" } as const;

/**
 * The composition limits of one nominated list, live: each requirement, the list's count and
 * exact share, what this list size requires, and whether it holds (broken ones in red, with the
 * API's advice on how to mend them).
 */
export const LimitTable = ({ limits, label }: { limits: LimitStatus[]; label: string }) => {
  const translate = useTranslate();
  if (limits.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("resources.Nomination.composition.none")}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("resources.Nomination.composition.limit")}</TableCell>
          <TableCell>{translate("resources.Nomination.composition.now")}</TableCell>
          <TableCell>{translate("resources.Nomination.composition.required")}</TableCell>
          <TableCell>{translate("resources.Nomination.composition.standing")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {limits.map((limit) => {
          const standing = standingOf(limit);
          return (
            <TableRow key={limit.limitKey} data-limit={limit.limitKey} data-standing={standing}>
              <TableCell>{limit.description}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>
                {translate("resources.Nomination.composition.count", {
                  count: limit.count,
                  size: limit.listSize,
                  share: limit.shareText,
                })}
              </TableCell>
              <TableCell>
                {translate(`resources.Nomination.composition.bound.${limit.bound}`, { count: limit.requiredCount })}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={standingColors[standing]}
                  label={translate(`resources.Nomination.composition.standings.${standing}`)}
                />
                {standing === "BREACHED" && limit.remedy ? (
                  <Typography variant="caption" color="error" component="div">
                    {limit.remedy}
                  </Typography>
                ) : null}
                {standing === "OVERRIDDEN" && limit.overrideReason ? (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {limit.overrideReason}
                  </Typography>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
