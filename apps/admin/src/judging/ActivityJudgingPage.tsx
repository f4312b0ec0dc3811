import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import { Alert, Box, Button, Card, CardContent, LinearProgress, Tab, Tabs, Typography } from "@mui/material";
import { Title, useBasename, useTranslate } from "react-admin";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { fetchActivity, fetchRounds } from "./judgingApi.ts";
import { deskRound, isDeskRound } from "./judgingView.ts";
import { RoundDesk } from "./RoundDesk.tsx";

/** One activity's judging: a tab per round scored by a panel, each with its desk. */
export const ActivityJudgingPage = () => {
  const { activityId = "" } = useParams();
  const translate = useTranslate();
  const basename = useBasename();
  const loaded = useLoaded(async () => {
    const [activity, rounds] = await Promise.all([fetchActivity(activityId), fetchRounds({ activityId })]);
    return { activity, rounds: rounds.filter((round) => isDeskRound(round.kind)) };
  }, `activity-judging-${activityId}`);
  // The chosen round is kept in the address (?round=…), so a reload or a link opens the same tab.
  const [search, setSearch] = useSearchParams();
  const { data, error } = loaded;
  const round = data ? deskRound(data.rounds, search.get("round")) : undefined;

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title
        title={
          data
            ? `${translate("resources.Judging.title")} · ${data.activity.name}`
            : translate("resources.Judging.title")
        }
      />
      <Button component={Link} to={`${basename}/judging`} startIcon={<ArrowBackIcon />} size="small">
        {translate("resources.Judging.back")}
      </Button>
      {loaded.loading && !data ? <LinearProgress sx={{ mt: 1 }} /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data ? (
        <Card sx={{ mt: 1 }}>
          <CardContent>
            <Typography variant="h6" component="h1">
              {data.activity.name}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {data.activity.code} · {translate(`resources.Activity.states.${data.activity.state}`)}
            </Typography>
            {data.rounds.length === 0 ? (
              <Alert severity="info" sx={{ mt: 2 }}>
                {translate("resources.Judging.rounds.none")}
              </Alert>
            ) : (
              <Tabs
                value={round?.id ?? false}
                onChange={(_event, value: string) => setSearch({ round: value }, { replace: true })}
                aria-label={translate("resources.Judging.rounds.label")}
                variant="scrollable"
                sx={{ mt: 1 }}
              >
                {data.rounds.map((candidate) => (
                  <Tab key={candidate.id} value={candidate.id} label={`${candidate.name}（${candidate.kindLabel}）`} />
                ))}
              </Tabs>
            )}
          </CardContent>
        </Card>
      ) : null}
      {data && round ? (
        <RoundDesk key={round.id} round={round} categories={data.activity.categories} onRoundClosed={loaded.reload} />
      ) : null}
    </Box>
  );
};
