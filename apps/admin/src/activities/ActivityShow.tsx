import { Box, Card, CardContent, Divider, Typography } from "@mui/material";
import {
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { JudgingLinkButton } from "../judging/JudgingLinkButton.tsx";
import { ResultsLinkButton } from "../results/ResultsLinkButton.tsx";
import { TournamentDeskLink } from "../tournaments/TournamentDeskLink.tsx";
import { VotingLink } from "../voting/VotingLink.tsx";
import { ActivityStateChip, CompletedByField, KindField } from "./ActivityList.tsx";
import { ActivityStanding } from "./ActivityStanding.tsx";
import { ConfigurationView } from "./ConfigurationView.tsx";
import { LifecycleButtons } from "./LifecycleButtons.tsx";

const ShowActions = () => {
  const { canAccess } = useCanAccess({ resource: "Activity", action: "edit" });
  const record = useRecordContext<{ state: string }>();
  // Only a draft's basics, dates and configuration change.
  return (
    <TopToolbar>
      <JudgingLinkButton />
      <ResultsLinkButton />
      <TournamentDeskLink />
      <VotingLink />
      {canAccess && record?.state === "DRAFT" ? <EditButton /> : null}
    </TopToolbar>
  );
};

const Lifecycle = () => {
  const { canAccess } = useCanAccess({ resource: "Activity", action: "transition" });
  const translate = useTranslate();
  if (!canAccess) return null;
  return (
    <Box>
      <Typography variant="h6">{translate("resources.Activity.lifecycle.title")}</Typography>
      <LifecycleButtons />
    </Box>
  );
};

export const ActivityShow = () => (
  <Show actions={<ShowActions />}>
    <Card variant="outlined" sx={{ border: 0 }}>
      <CardContent>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 3, mb: 2 }}>
          <Labeled source="code">
            <TextField source="code" />
          </Labeled>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
          <Labeled source="kind">
            <KindField source="kind" />
          </Labeled>
          <Labeled source="year">
            <NumberField source="year" options={{ useGrouping: false }} />
          </Labeled>
          <Labeled source="departmentId">
            <ReferenceField source="departmentId" reference="Department" link={false} />
          </Labeled>
          <Labeled source="state">
            <ActivityStateChip source="state" />
          </Labeled>
        </Box>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 3, mb: 2 }}>
          <Labeled source="completedBy">
            <CompletedByField source="completedBy" />
          </Labeled>
          <Labeled source="deadlinePhrase">
            <TextField source="deadlinePhrase" />
          </Labeled>
        </Box>
        <ActivityStanding />
        <Lifecycle />
        <Divider sx={{ my: 2 }} />
        <ConfigurationView />
      </CardContent>
    </Card>
  </Show>
);
