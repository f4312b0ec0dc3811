import ArrowBack from "@mui/icons-material/ArrowBack";
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Tab, Tabs, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useCreatePath, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { refusalText } from "./apiErrors.ts";
import { EventDesk } from "./EventDesk.tsx";
import { FormatSummary } from "./FormatSummary.tsx";
import { loadTournamentActivity } from "./tournamentApi.ts";

/** The organizer's desk for one tournament activity: one tab per event (男单, 女单 …). */
export const TournamentDeskPage = () => {
  const { activityId = "" } = useParams();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const loaded = useLoaded(() => loadTournamentActivity(activityId), `activity-${activityId}`);
  const [eventIndex, setEventIndex] = useState(0);

  const back = (
    <Button
      component={Link}
      to={createPath({ resource: "Activity", id: activityId, type: "show" })}
      startIcon={<ArrowBack />}
      size="small"
    >
      {translate("resources.TournamentDesk.back")}
    </Button>
  );
  if (loaded.error) {
    return (
      <Box sx={{ p: 2 }}>
        {back}
        <Alert severity="error">{refusalText(loaded.error)}</Alert>
      </Box>
    );
  }
  if (!loaded.data) return <LinearProgress aria-label={translate("resources.TournamentDesk.loading")} />;
  const { activity, roundId } = loaded.data;
  const events = [...activity.categories].sort((one, other) => one.sortOrder - other.sortOrder);
  const event = events[Math.min(eventIndex, events.length - 1)];
  const problem =
    activity.kind !== "TOURNAMENT"
      ? "notTournament"
      : roundId === null
        ? "noRound"
        : events.length === 0
          ? "noEvents"
          : null;

  return (
    <Box sx={{ mt: 1, mb: 4, minWidth: 0 }}>
      <Title title={translate("resources.TournamentDesk.title", { name: activity.name })} />
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1, mb: 1 }}>
        {back}
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {activity.name}
        </Typography>
        <Chip
          label={translate("resources.TournamentDesk.state", {
            state: translate(`resources.TournamentDesk.states.${activity.state}`),
          })}
          data-state={activity.state}
        />
      </Box>
      <FormatSummary format={activity.configuration?.tournament ?? null} />
      {problem ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate(`resources.TournamentDesk.${problem}`)}
        </Alert>
      ) : (
        <Card variant="outlined" sx={{ mt: 2 }}>
          <Tabs
            value={Math.min(eventIndex, events.length - 1)}
            onChange={(_, value: number) => setEventIndex(value)}
            variant="scrollable"
            allowScrollButtonsMobile
            aria-label={translate("resources.TournamentDesk.name")}
          >
            {events.map((each) => (
              <Tab key={each.id} label={each.name} />
            ))}
          </Tabs>
          <CardContent sx={{ minWidth: 0 }}>
            {event && roundId ? (
              <EventDesk
                key={event.id}
                roundId={roundId}
                categoryId={event.id}
                activityState={activity.state}
                format={activity.configuration?.tournament ?? null}
              />
            ) : null}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
