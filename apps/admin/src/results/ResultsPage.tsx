import { Alert, Box, Button, Card, CardContent, Chip, Divider, Typography } from "@mui/material";
import { useCallback, useMemo, useState } from "react";
import { Loading, Title, useBasename, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { CertificatesSection } from "../certificates/CertificatesSection.tsx";
import { ObjectionsSection } from "../objections/ObjectionsSection.tsx";
import { ExportResultsButton } from "./ExportResultsButton.tsx";
import { NoticeSection } from "./NoticeSection.tsx";
import { OrganizationAwardsSection } from "./OrganizationAwardsSection.tsx";
import { offersOrganizationAward } from "./organizationAwardsApi.ts";
import { RankingSection } from "./RankingSection.tsx";
import { activityQuery, type ResultsActivity } from "./resultsApi.ts";
import { DeskRefresh, useGraphqlData } from "./useGraphqlData.ts";

const Desk = ({ activityId }: { activityId: string }) => {
  const translate = useTranslate();
  const basename = useBasename();
  const { data, error } = useGraphqlData<{ Activity: ResultsActivity | null }>(activityQuery, { id: activityId });
  const activity = data?.Activity;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return <Loading />;
  if (!activity) return <Alert severity="warning">{translate("ra.page.not_found")}</Alert>;
  const rounds = (activity.configuration?.rounds ?? []).map((round) => ({
    key: round.key,
    name: round.name,
    weight: round.weight,
  }));
  return (
    // `contain: inline-size`: the wide tables scroll inside their boxes instead of widening the page.
    <Card sx={{ mt: 2, contain: "inline-size" }}>
      <Title title={translate("resources.Result.title", { name: activity.name })} />
      <CardContent sx={{ display: "flex", flexDirection: "column", gap: 3 }}>
        <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 2 }}>
          <Typography variant="h5" component="h1" sx={{ flex: "1 1 320px" }}>
            {activity.name}
          </Typography>
          <Chip label={translate(`resources.Activity.states.${activity.state}`)} color="primary" variant="outlined" />
          <Button component={Link} to={`${basename}/Activity/${activity.id}/show`}>
            {translate("resources.Activity.name", { smart_count: 1 })}
          </Button>
          <ExportResultsButton activityId={activity.id} code={activity.code} />
        </Box>
        <RankingSection activityId={activity.id} state={activity.state} rounds={rounds} />
        <Divider />
        {offersOrganizationAward(activity.configuration) ? (
          <>
            <OrganizationAwardsSection activityId={activity.id} state={activity.state} />
            <Divider />
          </>
        ) : null}
        <NoticeSection activity={activity} />
        <Divider />
        <ObjectionsSection activityId={activity.id} state={activity.state} />
        <Divider />
        <CertificatesSection activityId={activity.id} state={activity.state} />
      </CardContent>
    </Card>
  );
};

/** 成绩与证书 of one activity (/admin/activities/:id/results): ranking, notice, objections, certificates. */
export const ResultsPage = () => {
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((current) => current + 1), []);
  const refresh = useMemo(() => ({ version, changed }), [version, changed]);
  return (
    <DeskRefresh.Provider value={refresh}>
      <Desk activityId={id} />
    </DeskRefresh.Provider>
  );
};
