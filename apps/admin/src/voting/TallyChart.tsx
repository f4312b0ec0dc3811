import { Box, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { TallyRow } from "./votingApi.ts";
import { tallyBars } from "./votingRules.ts";

/** Horizontal bars per candidate: valid votes in the theme's colour, voided votes striped after them. */
export const TallyChart = ({ rows }: { rows: TallyRow[] }) => {
  const translate = useTranslate();
  const bars = tallyBars(rows);
  return (
    <Box role="figure" aria-label={translate("resources.PublicVote.tally.chart")}>
      <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
        <Legend color="primary.main" label={translate("resources.PublicVote.tally.valid")} />
        <Legend striped label={translate("resources.PublicVote.tally.voided")} />
      </Stack>
      <Stack spacing={0.75}>
        {bars.map((bar) => (
          <Box
            key={bar.registrationId}
            data-testid={`tally-bar-${bar.registrationId}`}
            sx={{ display: "grid", gridTemplateColumns: { xs: "88px 1fr 64px", sm: "140px 1fr 84px" }, gap: 1 }}
          >
            <Typography
              variant="body2"
              noWrap
              title={bar.name}
              sx={{ textDecoration: bar.disqualified ? "line-through" : "none" }}
            >
              {bar.name}
            </Typography>
            <Box sx={{ display: "flex", height: 20, bgcolor: "action.hover", borderRadius: 0.5, overflow: "hidden" }}>
              <Box sx={{ width: `${bar.validPercent}%`, bgcolor: bar.disqualified ? "grey.500" : "primary.main" }} />
              <Box sx={{ width: `${bar.voidedPercent}%`, ...stripes }} />
            </Box>
            <Typography variant="body2" sx={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
              {translate("resources.PublicVote.tally.votes", { valid: bar.validVotes })}
            </Typography>
          </Box>
        ))}
      </Stack>
    </Box>
  );
};

const stripes = {
  backgroundImage: "repeating-linear-gradient(45deg, #d32f2f 0 4px, #ef9a9a 4px 8px)",
};

const Legend = ({ color, striped, label }: { color?: string; striped?: boolean; label: string }) => (
  <Stack direction="row" spacing={0.5} sx={{ alignItems: "center" }}>
    <Box sx={{ width: 14, height: 14, borderRadius: 0.5, ...(striped ? stripes : { bgcolor: color }) }} />
    <Typography variant="caption">{label}</Typography>
  </Stack>
);
