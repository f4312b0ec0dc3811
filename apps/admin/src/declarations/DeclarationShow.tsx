import ArrowBack from "@mui/icons-material/ArrowBack";
import { Alert, Box, Button, Typography } from "@mui/material";
import {
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useBasename,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Link, useParams } from "react-router-dom";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { ApprovalHistory, Attachments, Members } from "../registrations/RegistrationShow.tsx";
import { ReviewButtons } from "../registrations/ReviewButtons.tsx";
import { StateChip } from "../registrations/StateChip.tsx";

interface DeclarationRecord {
  id: string;
  name: string | null;
  projectSummary: string | null;
  state: string;
  attachments: { id: string }[];
}

/** The nested attachments are a resource of their own: without these fields the data provider would fetch only their ids. */
export const registrationShowFields = [
  "id",
  "activityId",
  "state",
  "stateLabel",
  "version",
  "name",
  "projectSummary",
  "organizationId",
  "registeredAt",
  { members: ["workerId", "name", "isLeader"] },
  { approvals: ["id", "level", "action", "reason", "actorName", "createdAt"] },
  { attachments: ["id", "kind", "kindLabel", "fileName", "contentType", "size", "downloadUrl"] },
];

const twoColumns = { display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 4, rowGap: 1 };

const Actions = () => {
  const translate = useTranslate();
  const basename = useBasename();
  return (
    <TopToolbar sx={{ justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}>
      <Button component={Link} to={`${basename}/declarations`} startIcon={<ArrowBack />}>
        {translate("resources.Declaration.back")}
      </Button>
      <ReviewButtons />
    </TopToolbar>
  );
};

const Summary = () => {
  const record = useRecordContext<DeclarationRecord>();
  return (
    <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
      {record?.projectSummary ?? "—"}
    </Typography>
  );
};

/** Said before anyone presses 同意: the API refuses to approve a declaration without documents. */
const MissingDocuments = () => {
  const record = useRecordContext<DeclarationRecord>();
  const translate = useTranslate();
  if (!record || record.attachments.length > 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      {translate("resources.Declaration.noDocuments")}
    </Alert>
  );
};

/** One declared project: title, authors, summary and documents (downloaded with the token), reviewed here. */
export const DeclarationShow = () => {
  const { id } = useParams<{ id: string }>();
  return (
    <Show
      resource="Registration"
      id={id}
      actions={<Actions />}
      title="resources.Declaration.name"
      queryOptions={{ meta: { sparseFields: registrationShowFields } }}
    >
      <SimpleShowLayout>
        <Typography variant="h5" component="h2">
          <TextField source="name" variant="h5" />
        </Typography>
        <Box sx={twoColumns}>
          <Labeled label="resources.Declaration.fields.state">
            <StateChip />
          </Labeled>
          <Labeled label="resources.Declaration.fields.registeredAt">
            <ChinaTimeField source="registeredAt" />
          </Labeled>
          <Labeled label="resources.Declaration.fields.organizationId">
            <ReferenceField source="organizationId" reference="Organization" link={false}>
              <TextField source="pathName" />
            </ReferenceField>
          </Labeled>
          <Labeled label="resources.Declaration.fields.authors">
            <Members />
          </Labeled>
        </Box>
        <Labeled label="resources.Declaration.fields.summary" fullWidth>
          <Summary />
        </Labeled>
        <Labeled label="resources.Declaration.fields.documents" fullWidth>
          <Box>
            <MissingDocuments />
            <Attachments />
          </Box>
        </Labeled>
        <Labeled label="resources.Declaration.fields.approvals" fullWidth>
          <ApprovalHistory />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};
