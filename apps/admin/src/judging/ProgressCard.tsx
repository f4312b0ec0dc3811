import { Box, Card, CardContent, LinearProgress, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { JudgeProgress } from "./judgingApi.ts";
import { progressPercent, roundProgress } from "./judgingView.ts";

/** Each judge's sheets submitted (or excused) of those assigned, as a bar with the counts. */
export const ProgressCard = ({ progress }: { progress: JudgeProgress[] }) => {
  const translate = useTranslate();
  const total = roundProgress(progress);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("resources.Judging.progress.title")}
        </Typography>
        {progress.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("resources.Judging.progress.empty")}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate("resources.Judging.progress.round", { done: total.done, total: total.assigned })}
            </Typography>
            <Box
              component="ul"
              aria-label={translate("resources.Judging.progress.title")}
              sx={{
                listStyle: "none",
                p: 0,
                m: 0,
                display: "grid",
                gap: 1.5,
                gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" },
              }}
            >
              {progress.map((judge) => {
                const percent = progressPercent(judge);
                const count = translate("resources.Judging.progress.count", {
                  done: judge.submitted,
                  total: judge.assigned,
                });
                return (
                  <Box component="li" key={judge.judgeUserId} data-judge={judge.judgeName}>
                    <Box sx={{ display: "flex", justifyContent: "space-between", gap: 1 }}>
                      <Typography variant="body2" noWrap title={judge.judgeName}>
                        {translate("resources.Judging.progress.judge", { name: judge.judgeName })}
                      </Typography>
                      <Typography variant="body2" sx={{ fontVariantNumeric: "tabular-nums", fontWeight: 600 }}>
                        {count}
                      </Typography>
                    </Box>
                    <LinearProgress
                      variant="determinate"
                      value={percent}
                      color={percent === 100 ? "success" : "primary"}
                      aria-label={`${judge.judgeName} ${count}`}
                      sx={{ height: 8, borderRadius: 4 }}
                    />
                    <Typography variant="caption" color="text.secondary">
                      {translate("resources.Judging.progress.detail", {
                        submitted: judge.submitted,
                        excused: judge.excused,
                        pending: judge.pending,
                      })}
                    </Typography>
                  </Box>
                );
              })}
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
};
