import Download from "@mui/icons-material/Download";
import Star from "@mui/icons-material/Star";
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import {
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { fetchWithToken, saveBlob } from "../dataProvider/fileTransfer.ts";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { useChinaTime } from "../fields/useChinaTime.ts";
import { ReviewButtons } from "./ReviewButtons.tsx";
import { StateChip } from "./StateChip.tsx";

interface Approval {
  id: string;
  level: string | null;
  action: string;
  reason: string | null;
  actorName: string;
  createdAt: string;
}

interface Attachment {
  id: string;
  fileName: string;
  kindLabel: string;
  size: number;
  downloadUrl: string;
}

interface RegistrationRecord {
  id: string;
  name: string | null;
  members: { workerId: string; name: string; isLeader: boolean }[];
  approvals: Approval[];
  attachments: Attachment[];
  category: { name: string };
  citation: string | null;
  projectSummary: string | null;
}

const twoColumns = { display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 4, rowGap: 1 };

export const Members = () => {
  const record = useRecordContext<RegistrationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 1 }}>
      {record.members.map((member) => (
        <Chip
          key={member.workerId}
          label={member.name}
          icon={member.isLeader && record.members.length > 1 ? <Star /> : undefined}
          title={member.isLeader ? translate("resources.Registration.member.leader") : undefined}
          variant="outlined"
        />
      ))}
    </Stack>
  );
};

export const ApprovalHistory = () => {
  const record = useRecordContext<RegistrationRecord>();
  const translate = useTranslate();
  const chinaTime = useChinaTime();
  if (!record) return null;
  if (record.approvals.length === 0) {
    return <Typography variant="body2">{translate("resources.Registration.approval.none")}</Typography>;
  }
  const t = (key: string) => translate(`resources.Registration.approval.${key}`);
  return (
    <Table size="small" aria-label={translate("resources.Registration.fields.approvals")}>
      <TableHead>
        <TableRow>
          <TableCell>{t("level")}</TableCell>
          <TableCell>{t("action")}</TableCell>
          <TableCell>{t("reason")}</TableCell>
          <TableCell>{t("actor")}</TableCell>
          <TableCell>{t("createdAt")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.approvals.map((approval) => (
          <TableRow key={approval.id}>
            <TableCell>
              {approval.level ? translate(`resources.Registration.levels.${approval.level}`) : t("resubmitted")}
            </TableCell>
            <TableCell>{translate(`resources.Registration.approvalActions.${approval.action}`)}</TableCell>
            <TableCell>{approval.reason ?? "—"}</TableCell>
            <TableCell>{approval.actorName}</TableCell>
            <TableCell sx={{ whiteSpace: "nowrap" }}>{chinaTime(approval.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Downloads need the bearer token, so the file is fetched and handed to the browser. */
export async function download(attachment: Attachment) {
  const response = await fetchWithToken(attachment.downloadUrl);
  if (!response.ok) return;
  saveBlob(await response.blob(), attachment.fileName);
}

export const Attachments = () => {
  const record = useRecordContext<RegistrationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.attachments.length === 0) {
    return <Typography variant="body2">{translate("resources.Registration.attachment.none")}</Typography>;
  }
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      {record.attachments.map((attachment) => (
        <Button key={attachment.id} size="small" startIcon={<Download />} onClick={() => download(attachment)}>
          {`${attachment.kindLabel}：${attachment.fileName}（${Math.ceil(attachment.size / 1024)} KB）`}
        </Button>
      ))}
    </Stack>
  );
};

/** A nomination's citation or a project's summary, when there is one. */
const Citation = () => {
  const record = useRecordContext<RegistrationRecord>();
  const text = record?.citation ?? record?.projectSummary;
  if (!text) return null;
  return (
    <Labeled
      label={
        record?.citation ? "resources.Registration.fields.citation" : "resources.Registration.fields.projectSummary"
      }
      fullWidth
    >
      <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
        {text}
      </Typography>
    </Labeled>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <ReviewButtons />
  </TopToolbar>
);

export const RegistrationShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <Box sx={twoColumns}>
        <Labeled label="resources.Registration.fields.activityId">
          <ReferenceField
            source="activityId"
            reference="Activity"
            link={false}
            queryOptions={{ meta: { sparseFields: ["id", "name"] } }}
          >
            <TextField source="name" />
          </ReferenceField>
        </Labeled>
        <Labeled label="resources.Registration.fields.category">
          <TextField source="category.name" />
        </Labeled>
        <Labeled label="resources.Registration.fields.organizationId">
          <ReferenceField source="organizationId" reference="Organization" link="show">
            <TextField source="pathName" />
          </ReferenceField>
        </Labeled>
        <Labeled label="resources.Registration.fields.registeredAt">
          <ChinaTimeField source="registeredAt" />
        </Labeled>
        <Labeled label="resources.Registration.fields.state">
          <StateChip />
        </Labeled>
        <FunctionField<RegistrationRecord>
          label="resources.Registration.fields.name"
          render={(record) =>
            record.name ? (
              <Labeled label="resources.Registration.fields.name">
                <TextField source="name" />
              </Labeled>
            ) : null
          }
        />
      </Box>
      <Labeled label="resources.Registration.fields.members" fullWidth>
        <Members />
      </Labeled>
      <Citation />
      <Labeled label="resources.Registration.fields.approvals" fullWidth>
        <ApprovalHistory />
      </Labeled>
      <Labeled label="resources.Registration.fields.attachments" fullWidth>
        <Attachments />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
