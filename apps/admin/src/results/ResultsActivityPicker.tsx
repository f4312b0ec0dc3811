import { Alert, Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from "@mui/material";
import { Loading, Title, useBasename, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useGraphqlData } from "./useGraphqlData.ts";

interface PickedActivity {
  id: string;
  name: string;
  code: string;
  year: number;
  state: string;
}

const pick = "id name code year state";

// The activities whose results can be worked on: being judged, on public notice, final.
const deskActivitiesQuery = `query DeskActivities {
  judging: allActivities(filter: { state: JUDGING }, sortField: "id", sortOrder: "DESC", perPage: 100) { ${pick} }
  notice: allActivities(filter: { state: PUBLIC_NOTICE }, sortField: "id", sortOrder: "DESC", perPage: 100) { ${pick} }
  final: allActivities(filter: { state: FINAL }, sortField: "id", sortOrder: "DESC", perPage: 100) { ${pick} }
}`;

/** 成绩与证书 (menu): the activities whose results can be worked on, each opening its results desk. */
export const ResultsActivityPicker = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const { data, error } = useGraphqlData<Record<"judging" | "notice" | "final", PickedActivity[]>>(
    deskActivitiesQuery,
    {},
  );
  const activities = data ? [...data.judging, ...data.notice, ...data.final] : [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("resources.Result.name")} />
      <CardContent>
        <Typography variant="h6" component="h1">
          {translate("resources.Result.picker.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("resources.Result.picker.hint")}
        </Typography>
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        {!data && !error ? <Loading /> : null}
        {data && activities.length === 0 ? (
          <Typography color="text.secondary">{translate("resources.Result.picker.empty")}</Typography>
        ) : null}
        {activities.length > 0 ? (
          <List aria-label={translate("resources.Result.picker.title")}>
            {activities.map((activity) => (
              <ListItemButton key={activity.id} component={Link} to={`${basename}/activities/${activity.id}/results`}>
                <ListItemText primary={activity.name} secondary={`${activity.code} · ${activity.year}`} />
                <Chip size="small" label={translate(`resources.Activity.states.${activity.state}`)} />
              </ListItemButton>
            ))}
          </List>
        ) : null}
      </CardContent>
    </Card>
  );
};
