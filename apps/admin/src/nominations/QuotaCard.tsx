import { Box, Card, CardContent, LinearProgress, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { placesShare } from "./composition.ts";
import { LimitTable } from "./LimitTable.tsx";
import type { ListComposition, QuotaUse } from "./nominationApi.ts";

/** One quota holder's places (名额, used, left) and its nominated list's composition. */
export const QuotaCard = ({ composition, quota }: { composition: ListComposition; quota: QuotaUse | undefined }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="quota-card">
      <CardContent>
        <Typography variant="subtitle1" component="h2">
          {composition.organizationName}
        </Typography>
        {quota ? (
          <Box sx={{ my: 1 }}>
            <Typography variant="body2" data-testid="quota-places">
              {translate("resources.Nomination.quota.places", {
                allowed: quota.allowedPlaces,
                used: quota.usedPlaces,
                left: quota.remainingPlaces,
              })}
              {quota.extraPlaces > 0 ? translate("resources.Nomination.quota.extra", { count: quota.extraPlaces }) : ""}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={placesShare(quota.usedPlaces, quota.allowedPlaces)}
              color={quota.remainingPlaces === 0 ? "warning" : "primary"}
              aria-label={translate("resources.Nomination.quota.label")}
              sx={{ mt: 0.5, height: 8, borderRadius: 1 }}
            />
          </Box>
        ) : null}
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {translate("resources.Nomination.composition.title", { size: composition.listSize })}
        </Typography>
        <Box sx={{ overflowX: "auto" }}>
          <LimitTable
            limits={composition.limits}
            label={translate("resources.Nomination.composition.label", { name: composition.organizationName })}
          />
        </Box>
      </CardContent>
    </Card>
  );
};
