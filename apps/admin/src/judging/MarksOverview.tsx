import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import { Alert, Box, Chip, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { MarksSheet } from "./judgingApi.ts";

/**
 * On a 评价分表 once the judge has submitted: every judge's mark per aspect, the spread, and the
 * aspects to talk over (WorldSkills style: judges show their marks together and resolve a gap).
 */
export const MarksOverview = ({ sheet, maxSpread }: { sheet: MarksSheet; maxSpread: number }) => {
  const translate = useTranslate();
  if (!sheet.othersVisible) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate("resources.ScoringSheet.marks.hidden")}
      </Typography>
    );
  }
  return (
    <Box sx={{ mt: 2 }} component="section" aria-label={translate("resources.ScoringSheet.marks.othersTitle")}>
      <Typography variant="subtitle1" component="h3">
        {translate("resources.ScoringSheet.marks.othersTitle")}
      </Typography>
      {sheet.waitingForJudges.length > 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("resources.ScoringSheet.marks.waiting", { names: sheet.waitingForJudges.join("、") })}
        </Typography>
      ) : null}
      {sheet.aspects.map((aspect) => (
        <Box key={aspect.aspectKey} sx={{ borderBottom: 1, borderColor: "divider", py: 1 }}>
          <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1 }}>
            <Typography variant="body2" fontWeight={600}>
              {aspect.name}
            </Typography>
            {aspect.spread !== null ? (
              <Chip
                size="small"
                color={aspect.needsResolution ? "warning" : "default"}
                label={translate("resources.ScoringSheet.marks.spread", { spread: aspect.spread })}
              />
            ) : null}
            {aspect.meanDisplay ? (
              <Typography variant="caption">
                {translate("resources.ScoringSheet.marks.mean", { mean: aspect.meanDisplay })}
              </Typography>
            ) : null}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {aspect.marks
              .map((mark) => translate("resources.ScoringSheet.marks.mark", { judge: mark.judgeName, mark: mark.mark }))
              .join("；")}
          </Typography>
          {aspect.needsResolution ? (
            <Alert severity="warning" icon={<WarningAmberIcon />} sx={{ mt: 0.5 }}>
              {translate("resources.ScoringSheet.marks.flagged", { spread: maxSpread })}
            </Alert>
          ) : null}
        </Box>
      ))}
    </Box>
  );
};
