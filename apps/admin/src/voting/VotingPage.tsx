import ArrowBack from "@mui/icons-material/ArrowBack";
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from "@mui/material";
import { type ReactNode, useMemo, useState } from "react";
import { Title, useBasename, useGetList, useGetOne, useLocale, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { CloseVoteButton } from "./CloseVoteButton.tsx";
import { PenaltyDialog } from "./PenaltyDialog.tsx";
import { PenaltyHistory } from "./PenaltyHistory.tsx";
import { ScheduleCard } from "./ScheduleCard.tsx";
import { SuspiciousFindings } from "./SuspiciousFindings.tsx";
import { TallyChart } from "./TallyChart.tsx";
import { TallyTable } from "./TallyTable.tsx";
import { usePolledGraphql } from "./usePolledGraphql.ts";
import { VoidedVotesDialog } from "./VoidedVotesDialog.tsx";
import { type LiveData, liveQuery, type PublicVoteInfo, publicVoteQuery, type TallyRow } from "./votingApi.ts";

const liveIntervalMs = 5_000;

const Section = ({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) => (
  <Card component="section" aria-label={title}>
    <CardContent>
      <Stack
        direction="row"
        sx={{ justifyContent: "space-between", alignItems: "center", mb: 1, gap: 1, flexWrap: "wrap" }}
      >
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/** The desk of one public vote round: schedule, live tally, suspicious patterns, penalties, closing. */
const VoteDesk = ({ roundId, activityId }: { roundId: string; activityId: string }) => {
  const translate = useTranslate();
  const basename = useBasename();
  const locale = useLocale();
  const variables = useMemo(() => ({ roundId }), [roundId]);
  const vote = usePolledGraphql<{ publicVote: PublicVoteInfo }>(publicVoteQuery, variables, 30_000);
  const live = usePolledGraphql<LiveData>(liveQuery, variables, liveIntervalMs);
  const [version, setVersion] = useState(0);
  const [escalating, setEscalating] = useState<TallyRow | null>(null);
  const [showingVoided, setShowingVoided] = useState<TallyRow | null>(null);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.PublicVote.${key}`, options);

  const changed = () => {
    setVersion((value) => value + 1);
    live.reload();
    vote.reload();
  };
  const names = useMemo(
    () => new Map((live.data?.voteTally ?? []).map((row) => [row.registrationId, row.name])),
    [live.data],
  );
  const error = vote.error ?? live.error;
  if (error && !vote.data) return <Alert severity="error">{error.message}</Alert>;
  if (!vote.data || !live.data) {
    return (
      <Box aria-busy="true">
        <LinearProgress />
        <Typography variant="body2">{t("loading")}</Typography>
      </Box>
    );
  }
  const info = vote.data.publicVote;
  const closed = info.closedAt !== null;
  const time = new Intl.DateTimeFormat(locale.startsWith("zh") ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    timeStyle: "medium",
  });
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 3 }}>
      <Title title={t("title", { activity: info.activityName })} />
      <Stack direction="row" sx={{ justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}>
        <Button component={Link} to={`${basename}/Activity/${activityId}/show`} startIcon={<ArrowBack />}>
          {t("back")}
        </Button>
        {closed ? null : <CloseVoteButton roundId={roundId} onClosed={changed} />}
      </Stack>
      <Typography variant="h5" component="h1">
        {t("title", { activity: info.activityName })}
      </Typography>
      <Section title={t("schedule.title")}>
        <ScheduleCard key={`${info.opensAt}-${info.closesAt}`} vote={info} onChanged={changed} />
      </Section>
      <Section
        title={t("tally.title")}
        action={
          live.readAt ? (
            <Typography variant="caption" color="text.secondary" role="status">
              {t("readAt", { time: time.format(live.readAt) })}
            </Typography>
          ) : null
        }
      >
        {live.data.voteTally.length === 0 ? (
          <Typography variant="body2">{t("tally.none")}</Typography>
        ) : (
          <Box
            sx={{
              display: "grid",
              gridTemplateColumns: { xs: "minmax(0, 1fr)", xl: "repeat(2, minmax(0, 1fr))" },
              gap: 3,
            }}
          >
            <TallyChart rows={live.data.voteTally} />
            <TallyTable
              rows={live.data.voteTally}
              closed={closed}
              onEscalate={setEscalating}
              onShowVoided={setShowingVoided}
            />
          </Box>
        )}
      </Section>
      <Section title={t("suspicious.title")}>
        <SuspiciousFindings
          findings={live.data.suspiciousVoting}
          roundId={roundId}
          names={names}
          version={version}
          onChanged={changed}
        />
      </Section>
      <Section title={t("penalty.history")}>
        <PenaltyHistory penalties={live.data.votingPenalties} names={names} />
      </Section>
      {showingVoided ? (
        <VoidedVotesDialog
          roundId={roundId}
          candidate={showingVoided}
          names={names}
          onClose={() => setShowingVoided(null)}
        />
      ) : null}
      {escalating ? (
        <PenaltyDialog
          roundId={roundId}
          candidate={escalating}
          names={names}
          onClose={(didChange) => {
            setEscalating(null);
            if (didChange) changed();
          }}
        />
      ) : null}
    </Stack>
  );
};

/** 网络投票管理 of an activity: finds its public vote round, then the desk. */
export const VotingPage = () => {
  const { id = "" } = useParams<{ id: string }>();
  const translate = useTranslate();
  const basename = useBasename();
  const { data: activity } = useGetOne<{ id: string; name: string }>(
    "Activity",
    { id, meta: { sparseFields: ["id", "name"] } },
    { enabled: id !== "" },
  );
  const { data: rounds, isPending } = useGetList<{ id: string }>("Round", {
    filter: { activityId: id, kind: "PUBLIC_VOTE" },
    pagination: { page: 1, perPage: 5 },
    sort: { field: "id", order: "ASC" },
    meta: { sparseFields: ["id", "name"] },
  });
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  const round = rounds?.[0];
  if (!round) {
    return (
      <Stack spacing={2} sx={{ mt: 2 }}>
        <Title title={translate("resources.PublicVote.open")} />
        <Typography variant="h6">{activity?.name}</Typography>
        <Alert severity="info">{translate("resources.PublicVote.noRound")}</Alert>
        <Box>
          <Button component={Link} to={`${basename}/Activity/${id}/show`} startIcon={<ArrowBack />}>
            {translate("resources.PublicVote.back")}
          </Button>
        </Box>
      </Stack>
    );
  }
  return <VoteDesk roundId={round.id} activityId={id} />;
};
