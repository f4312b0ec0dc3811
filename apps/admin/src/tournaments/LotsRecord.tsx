import { Box, Card, CardContent, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { lotsView } from "./lotsDisplay.ts";
import type { TournamentDraw } from "./tournamentApi.ts";

/**
 * Every lot of the draw as the API records it: the lot number and where it came from, the raw
 * results (drawn order, seeding sections, knockout lines) and the record of each step in Chinese,
 * plus the lots drawn later to separate entrants level in a group.
 */
export const LotsRecord = ({ draw }: { draw: TournamentDraw }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.draw.${key}`, options);
  const lots = lotsView(draw);
  const groupLots = draw.groupTables.flatMap((table) => table.lots);
  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-label={t("lotsTitle")}>
      <CardContent>
        <Typography variant="h6">{t("lotsTitle")}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t("lotsHeader", { lotNumber: draw.lotNumber, source: draw.lotSource, name: draw.drawnByName })}
        </Typography>
        <Box component="dl" sx={{ m: 0, mt: 1, "& dt": { fontWeight: 600, mt: 1 }, "& dd": { ml: 0 } }}>
          {lots.unseededOrder.length > 0 ? (
            <>
              <dt>{t("unseededOrder")}</dt>
              <dd data-testid="lots-unseeded">{lots.unseededOrder.join(" → ")}</dd>
            </>
          ) : null}
          {lots.seedSections.length > 0 ? (
            <>
              <dt>{t("seedSections")}</dt>
              <dd>{lots.seedSections.map((band) => band.join("、")).join("；")}</dd>
            </>
          ) : null}
          {lots.lineOrder.length > 0 ? (
            <>
              <dt>{t("lineOrder")}</dt>
              <dd>{lots.lineOrder.map((line) => t("line", { line })).join(" → ")}</dd>
            </>
          ) : null}
        </Box>
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {t("recordTitle")}
        </Typography>
        <Box component="ol" sx={{ pl: 3, my: 0 }} data-testid="draw-record">
          {draw.record.map((line, index) => (
            // The record is a list of sentences in order; the same sentence may repeat.
            // biome-ignore lint/suspicious/noArrayIndexKey: order is the identity here
            <li key={index}>
              <Typography variant="body2">{line}</Typography>
            </li>
          ))}
        </Box>
        {groupLots.length > 0 ? (
          <>
            <Typography variant="subtitle1" sx={{ mt: 2 }}>
              {t("groupLotsTitle")}
            </Typography>
            {groupLots.map((lot) => (
              <Typography key={`${lot.group}-${lot.lotNumber}-${lot.drawnAt}`} variant="body2">
                {t("groupLots", {
                  group: lot.group,
                  lotNumber: lot.lotNumber,
                  order: lot.order.map((entrant) => entrant.name).join(" → "),
                })}
              </Typography>
            ))}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
