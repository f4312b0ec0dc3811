import AssignmentTurnedIn from "@mui/icons-material/AssignmentTurnedIn";
import RateReview from "@mui/icons-material/RateReview";
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  CardHeader,
  LinearProgress,
  Typography,
} from "@mui/material";
import { Link, useBasename, useCreatePath, useGetIdentity, useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { fetchJudgeWork, fetchUnitWork } from "./dashboardApi.ts";

const t = (key: string) => `resources.Dashboard.${key}`;

/** The judge's path to their sheets (the judging pages' "我的评分"). */
export const judgeScoringPath = "my-scoring";

/** A judge's home: how many score sheets wait for them, and the way to them. */
export const JudgeHome = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const { data, error, loading } = useLoaded(fetchJudgeWork, "judge");
  return (
    <Card sx={{ maxWidth: 640 }}>
      <CardHeader
        avatar={<RateReview color="primary" />}
        title={translate(t("judge.title"))}
        slotProps={{ title: { component: "h2", variant: "h6" } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {loading && !data ? <LinearProgress /> : null}
        {error ? <Alert severity="error">{translate(t("loadFailed"), { message: error.message })}</Alert> : null}
        {data ? (
          data.draft + data.unlocked === 0 ? (
            <Typography color="text.secondary">{translate(t("judge.none"))}</Typography>
          ) : (
            <>
              <Typography variant="h5" component="p" data-testid="judge-pending">
                {translate(t("judge.pending"), { count: data.draft + data.unlocked })}
              </Typography>
              {data.unlocked > 0 ? (
                <Typography color="warning.dark">{translate(t("judge.unlocked"), { count: data.unlocked })}</Typography>
              ) : null}
            </>
          )
        ) : null}
      </CardContent>
      <CardActions>
        <Button component={Link} to={`${basename}/${judgeScoringPath}`} variant="contained">
          {translate(t("judge.open"))}
        </Button>
      </CardActions>
    </Card>
  );
};

/** A unit admin's to-do: their subtree's entries awaiting review, with a link to each list. */
export const UnitWork = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, error, loading } = useLoaded(fetchUnitWork, "unit");
  const listOf = (state: string) =>
    `${createPath({ resource: "Registration", type: "list" })}?filter=${encodeURIComponent(JSON.stringify({ state }))}`;
  return (
    <Card>
      <CardHeader
        avatar={<AssignmentTurnedIn color="primary" />}
        title={translate(t("unit.title"))}
        slotProps={{ title: { component: "h2", variant: "h6" } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {loading && !data ? <LinearProgress /> : null}
        {error ? <Alert severity="error">{translate(t("loadFailed"), { message: error.message })}</Alert> : null}
        {data ? (
          data.pendingUnit + data.pendingCounty === 0 ? (
            <Typography color="text.secondary">{translate(t("unit.none"))}</Typography>
          ) : (
            <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center" }} data-testid="unit-pending">
              {data.pendingUnit > 0 ? (
                <Button component={Link} to={listOf("PENDING_UNIT")} variant="contained">
                  {translate(t("unit.pendingUnit"), { count: data.pendingUnit })}
                </Button>
              ) : null}
              {data.pendingCounty > 0 ? (
                <Button component={Link} to={listOf("PENDING_COUNTY")} variant="outlined">
                  {translate(t("unit.pendingCounty"), { count: data.pendingCounty })}
                </Button>
              ) : null}
            </Box>
          )
        ) : null}
      </CardContent>
    </Card>
  );
};

/** A worker's home: a short welcome; their own pages are on the phone. */
export const WorkerWelcome = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ maxWidth: 640 }}>
      <CardHeader
        title={translate(t("worker.title"), { name: identity?.fullName ?? "" })}
        slotProps={{ title: { component: "h2", variant: "h6" } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Typography>{translate(t("worker.body"))}</Typography>
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {translate(t("worker.hint"))}
        </Typography>
      </CardContent>
    </Card>
  );
};
