import { Box, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useListContext, useTranslate } from "react-admin";
import { useGraphqlQuery } from "../dataProvider/useGraphqlQuery.ts";
import { placesShare } from "./composition.ts";
import type { ListComposition, QuotaUse } from "./nominationApi.ts";

const quotaUseQuery = `query QuotaUse($a: ID!) {
  allQuotas(filter: { activityId: $a }, perPage: 200, sortField: "id", sortOrder: "ASC") {
    id organizationId organizationName allocatedPlaces extraPlaces allowedPlaces usedPlaces remainingPlaces
  }
  nominationComposition(activityId: $a) {
    organizationId organizationName quotaId listSize allHold acceptable
    limits { limitKey name description bound count listSize shareText requiredCount holds coveredByOverride overrideReason remedy }
  }
}`;

/**
 * Above the nominations list, once an activity is chosen in the filter: every quota holder's
 * places (allocated + extra, used, left) and whether its list meets the composition limits.
 */
export const QuotaUsePanel = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const activityId = (filterValues?.activityId as string | undefined) ?? null;
  const { data } = useGraphqlQuery<{ allQuotas: QuotaUse[]; nominationComposition: ListComposition[] }>(
    quotaUseQuery,
    activityId ? { a: activityId } : null,
  );
  if (!activityId) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
        {translate("resources.Nomination.use.pickActivity")}
      </Typography>
    );
  }
  if (!data) return null;
  const whole = data.nominationComposition.find((list) => list.quotaId === null);
  const byQuota = new Map(data.nominationComposition.map((list) => [list.quotaId, list]));
  const totals = data.allQuotas.reduce(
    (sum, quota) => ({ allowed: sum.allowed + quota.allowedPlaces, used: sum.used + quota.usedPlaces }),
    { allowed: 0, used: 0 },
  );
  return (
    <Box sx={{ px: 2, py: 1 }}>
      <Typography variant="subtitle1" component="h2">
        {translate("resources.Nomination.use.title", { used: totals.used, allowed: totals.allowed })}
      </Typography>
      {whole ? (
        <Typography variant="body2" color={whole.acceptable ? "success.main" : "error"}>
          {translate(
            whole.acceptable ? "resources.Nomination.use.wholeHolds" : "resources.Nomination.use.wholeBreached",
            {
              limits: whole.limits
                .filter((limit) => !limit.holds && !limit.coveredByOverride)
                .map((limit) => limit.name)
                .join("、"),
            },
          )}
        </Typography>
      ) : null}
      {data.allQuotas.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("resources.Nomination.use.none")}
        </Typography>
      ) : (
        <Box sx={{ overflowX: "auto", maxHeight: 320, overflowY: "auto" }}>
          <Table size="small" stickyHeader aria-label={translate("resources.Nomination.use.label")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.Nomination.use.organization")}</TableCell>
                <TableCell>{translate("resources.Nomination.use.places")}</TableCell>
                <TableCell sx={{ minWidth: 120 }}>{translate("resources.Nomination.use.used")}</TableCell>
                <TableCell>{translate("resources.Nomination.use.composition")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.allQuotas.map((quota) => {
                const list = byQuota.get(quota.id);
                return (
                  <TableRow key={quota.id}>
                    <TableCell>{quota.organizationName}</TableCell>
                    <TableCell sx={{ whiteSpace: "nowrap" }}>
                      {quota.extraPlaces > 0
                        ? translate("resources.Nomination.use.placesWithExtra", {
                            allocated: quota.allocatedPlaces,
                            extra: quota.extraPlaces,
                          })
                        : quota.allowedPlaces}
                    </TableCell>
                    <TableCell>
                      {translate("resources.Nomination.use.usedOf", {
                        used: quota.usedPlaces,
                        left: quota.remainingPlaces,
                      })}
                      <LinearProgress
                        variant="determinate"
                        value={placesShare(quota.usedPlaces, quota.allowedPlaces)}
                        sx={{ mt: 0.5 }}
                      />
                    </TableCell>
                    <TableCell>
                      {list && list.listSize > 0 ? (
                        <Chip
                          size="small"
                          color={list.acceptable ? "success" : "error"}
                          label={translate(
                            list.acceptable ? "resources.Nomination.use.holds" : "resources.Nomination.use.breached",
                          )}
                        />
                      ) : (
                        "—"
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
