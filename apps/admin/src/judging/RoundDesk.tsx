import { Alert, Box, LinearProgress, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { useChinaTime } from "../fields/useChinaTime.ts";
import { AssignmentMatrixCard } from "./AssignmentMatrixCard.tsx";
import { ClosingCard } from "./ClosingCard.tsx";
import { ExamScoresCard } from "./ExamScoresCard.tsx";
import { fetchRoundDesk, type JudgingRound } from "./judgingApi.ts";
import { PanelCard } from "./PanelCard.tsx";
import { ProgressCard } from "./ProgressCard.tsx";

/**
 * The organizer's desk for one round: the panels, balanced assignment, each judge's progress, the
 * assignment matrix (with unlock and excuse), and what keeps the round from closing.
 */
export const RoundDesk = ({
  round,
  categories,
  onRoundClosed,
}: {
  round: JudgingRound;
  categories: { id: string; name: string }[];
  onRoundClosed: () => void;
}) => {
  const translate = useTranslate();
  const chinaTime = useChinaTime();
  return (
    <Box sx={{ mt: 2, display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
      {round.kind === "EXAM" ? null : (
        <Typography variant="body2" color="text.secondary">
          {translate("resources.Judging.rounds.rule", {
            count: round.judgementMarks?.judgeCount ?? round.judgesPerEntry ?? "—",
            rule: round.resultRule ?? round.kindLabel,
          })}
          {round.scoreStep ? ` · ${translate("resources.Judging.rounds.step", { step: round.scoreStep })}` : ""}
        </Typography>
      )}
      {round.closed && round.closedAt ? (
        <Alert severity="info">{translate("resources.Judging.rounds.closed", { at: chinaTime(round.closedAt) })}</Alert>
      ) : null}
      {round.kind === "EXAM" ? (
        <ExamScoresCard round={round} onRoundClosed={onRoundClosed} />
      ) : (
        <PanelRoundDesk round={round} categories={categories} onRoundClosed={onRoundClosed} />
      )}
    </Box>
  );
};

const PanelRoundDesk = ({
  round,
  categories,
  onRoundClosed,
}: {
  round: JudgingRound;
  categories: { id: string; name: string }[];
  onRoundClosed: () => void;
}) => {
  const desk = useLoaded(() => fetchRoundDesk(round.id), `round-desk-${round.id}`);
  const { data, error, reload } = desk;
  return (
    <>
      {desk.loading ? <LinearProgress aria-hidden /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data ? (
        <>
          <ProgressCard progress={data.progress} />
          <AssignmentMatrixCard
            roundId={round.id}
            judgesPerEntry={round.judgementMarks?.judgeCount ?? round.judgesPerEntry}
            excusable={round.judgementMarks === null}
            assignments={data.assignments}
            candidates={data.candidates}
            seats={data.seats}
            closed={round.closed}
            onChanged={reload}
          />
          <PanelCard
            roundId={round.id}
            categories={categories}
            candidates={data.candidates}
            seats={data.seats}
            closed={round.closed}
            onChanged={reload}
          />
          <ClosingCard
            roundId={round.id}
            blockers={data.blockers}
            closed={round.closed}
            onClosed={() => {
              reload();
              onRoundClosed();
            }}
          />
        </>
      ) : null}
    </>
  );
};
