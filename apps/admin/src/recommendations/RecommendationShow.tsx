import ArrowBack from "@mui/icons-material/ArrowBack";
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from "@mui/material";
import { Labeled, RecordContextProvider, Title, useBasename, useGetList, useGetOne, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { registrationShowFields } from "../declarations/DeclarationShow.tsx";
import { useChinaTime } from "../fields/useChinaTime.ts";
import { ApprovalHistory, Attachments } from "../registrations/RegistrationShow.tsx";
import { ReviewButtons } from "../registrations/ReviewButtons.tsx";
import { StateChip } from "../registrations/StateChip.tsx";
import { AuthenticatedImage } from "./AuthenticatedImage.tsx";
import { isPhoto } from "./attachmentBlob.ts";
import type { RecommendationRow } from "./RecommendationList.tsx";

interface CandidateRegistration {
  id: string;
  name: string | null;
  state: string;
  stateLabel: string;
  version: number;
  members: { workerId: string; name: string; isLeader: boolean }[];
  approvals: unknown[];
  attachments: { id: string; kind: string; contentType: string; fileName: string; downloadUrl: string }[];
}

const twoColumns = { display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 4, rowGap: 1 };

/**
 * One public recommendation: the candidate, the unit, the story and the photos (fetched with the
 * token), the recommender as the API shows them to this user, and the review buttons of the
 * registration behind it. The API has no single-recommendation query, so the row comes from the
 * list filtered by id, and the review state, photos and history from the registration.
 */
export const RecommendationShow = () => {
  const { id = "" } = useParams<{ id: string }>();
  const translate = useTranslate();
  const basename = useBasename();
  const chinaTime = useChinaTime();
  const { data: rows, isPending } = useGetList<RecommendationRow>("Recommendation", {
    filter: { ids: [id] },
    pagination: { page: 1, perPage: 1 },
  });
  const { data: registration } = useGetOne<CandidateRegistration>(
    "Registration",
    { id, meta: { sparseFields: registrationShowFields } },
    { enabled: id !== "" },
  );
  const recommendation = rows?.[0];
  const t = (key: string) => translate(`resources.Recommendation.fields.${key}`);

  if (isPending) return <LinearProgress />;
  if (!recommendation) {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate("resources.Recommendation.notFound")}
      </Alert>
    );
  }
  const photos = (registration?.attachments ?? []).filter(isPhoto);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={`${translate("resources.Recommendation.name")} · ${recommendation.candidateName}`} />
      <Stack direction="row" sx={{ justifyContent: "space-between", flexWrap: "wrap", gap: 1, mb: 1 }}>
        <Button component={Link} to={`${basename}/Recommendation`} startIcon={<ArrowBack />}>
          {translate("resources.Recommendation.back")}
        </Button>
        {registration ? (
          <RecordContextProvider value={registration}>
            <ReviewButtons />
          </RecordContextProvider>
        ) : null}
      </Stack>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
            {recommendation.candidateName}
          </Typography>
          <RecordContextProvider value={recommendation}>
            <Box sx={twoColumns}>
              <Labeled label={t("organizationName")}>
                <Typography variant="body2">{recommendation.organizationName}</Typography>
              </Labeled>
              <Labeled label={t("state")}>
                <StateChip />
              </Labeled>
              <Labeled label={t("recommender")}>
                <Typography variant="body2">
                  {[recommendation.recommenderName, recommendation.recommenderPhone].filter(Boolean).join(" ")}
                </Typography>
              </Labeled>
              <Labeled label={t("registeredAt")}>
                <Typography variant="body2">{chinaTime(recommendation.registeredAt)}</Typography>
              </Labeled>
            </Box>
          </RecordContextProvider>
          <Labeled label={t("story")} fullWidth sx={{ mt: 2 }}>
            <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", maxWidth: 760 }}>
              {recommendation.story}
            </Typography>
          </Labeled>
          <Labeled label={t("photos")} fullWidth sx={{ mt: 2 }}>
            {photos.length > 0 ? (
              <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
                {photos.map((photo) => (
                  <AuthenticatedImage
                    key={photo.id}
                    downloadUrl={photo.downloadUrl}
                    alt={translate("resources.Recommendation.photo.alt", { name: recommendation.candidateName })}
                  />
                ))}
              </Stack>
            ) : (
              <Typography variant="body2">{translate("resources.Recommendation.photo.none")}</Typography>
            )}
          </Labeled>
          {registration ? (
            <RecordContextProvider value={registration}>
              <Labeled label={t("attachments")} fullWidth sx={{ mt: 2 }}>
                <Attachments />
              </Labeled>
              <Labeled label={t("approvals")} fullWidth sx={{ mt: 2 }}>
                <ApprovalHistory />
              </Labeled>
            </RecordContextProvider>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
