import SportsTennis from "@mui/icons-material/SportsTennis";
import { Alert, Box, Button, Card, CardActions, CardContent, LinearProgress, Typography } from "@mui/material";
import { Title, useBasename, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { refusalText } from "./apiErrors.ts";
import { loadTournamentActivities } from "./tournamentApi.ts";

/** The tournament activities the user can see (the API scopes them), each opening its desk. */
export const TournamentListPage = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.TournamentDesk.${key}`, options);
  const loaded = useLoaded(loadTournamentActivities, "tournaments");
  return (
    <Box sx={{ mt: 1, mb: 4 }}>
      <Title title={t("list.title")} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {t("list.title")}
      </Typography>
      {loaded.error ? <Alert severity="error">{refusalText(loaded.error)}</Alert> : null}
      {!loaded.data && !loaded.error ? <LinearProgress /> : null}
      {loaded.data && loaded.data.length === 0 ? (
        <Box sx={{ textAlign: "center", mt: 6 }}>
          <SportsTennis sx={{ fontSize: 72, color: "text.disabled" }} />
          <Typography sx={{ mt: 1 }}>{t("list.empty")}</Typography>
        </Box>
      ) : null}
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: "repeat(auto-fill, minmax(280px, 1fr))" }}>
        {(loaded.data ?? []).map((activity) => (
          <Card key={activity.id} variant="outlined">
            <CardContent>
              <Typography variant="h6">{activity.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {t("list.year", { year: activity.year })} · {t(`states.${activity.state}`)}
              </Typography>
            </CardContent>
            <CardActions>
              <Button component={Link} to={`${basename}/tournaments/${activity.id}`} startIcon={<SportsTennis />}>
                {t("list.open")}
              </Button>
            </CardActions>
          </Card>
        ))}
      </Box>
    </Box>
  );
};
