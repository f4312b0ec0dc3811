import LockIcon from "@mui/icons-material/Lock";
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { fetchActivityNames, fetchMyAssignments, fetchRounds } from "./judgingApi.ts";
import { groupByRound, myProgress } from "./judgingView.ts";
import { ScoreSheet } from "./ScoreSheet.tsx";

async function loadMine() {
  const assignments = await fetchMyAssignments();
  const roundIds = [...new Set(assignments.map((assignment) => assignment.roundId))];
  const rounds = roundIds.length === 0 ? [] : await fetchRounds({ ids: roundIds });
  const activities = await fetchActivityNames([...new Set(rounds.map((round) => round.activityId))]);
  return { assignments, rounds, activities };
}

/**
 * The judge's 我的评分: only the entries assigned to them (as the API shows them to a judge: name,
 * members, category), grouped by round with their own progress, and the sheet of the chosen one.
 */
export const MyScoringPage = () => {
  const translate = useTranslate();
  const { data, error, loading, reload } = useLoaded(loadMine, "my-scoring");
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = data?.assignments.find((assignment) => assignment.id === chosenId) ?? null;
  const round = chosen ? data?.rounds.find((candidate) => candidate.id === chosen.roundId) : undefined;
  const activityOf = (roundId: string) => {
    const activityId = data?.rounds.find((candidate) => candidate.id === roundId)?.activityId ?? "";
    return data?.activities.get(activityId) ?? "";
  };

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title={translate("resources.ScoringSheet.title")} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("resources.ScoringSheet.intro")}
      </Typography>
      {loading && !data ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data && data.assignments.length === 0 ? (
        <Alert severity="info">{translate("resources.ScoringSheet.empty")}</Alert>
      ) : null}
      {data && data.assignments.length > 0 ? (
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "320px minmax(0, 1fr)" } }}>
          <Card variant="outlined" component="nav" aria-label={translate("resources.ScoringSheet.title")}>
            {groupByRound(data.assignments).map((group) => {
              const progress = myProgress(group.assignments);
              return (
                <List
                  key={group.roundId}
                  dense
                  subheader={
                    <ListSubheader component="div" sx={{ lineHeight: 2.5 }}>
                      {translate("resources.ScoringSheet.round", {
                        activity: activityOf(group.roundId),
                        name: group.roundName,
                        submitted: progress.submitted,
                        total: progress.total,
                      })}
                    </ListSubheader>
                  }
                >
                  {group.assignments.map((assignment) => {
                    const locked = assignment.sheetState === "LOCKED";
                    const state = assignment.recusalReason
                      ? translate("resources.ScoringSheet.recused")
                      : (assignment.judgementMarks?.stateLabel ??
                        translate(`resources.ScoringSheet.states.${assignment.sheetState}`));
                    return (
                      <ListItemButton
                        key={assignment.id}
                        selected={assignment.id === chosenId}
                        onClick={() => setChosenId(assignment.id)}
                        sx={{
                          "&.Mui-focusVisible": {
                            outline: "3px solid",
                            outlineColor: "primary.main",
                            outlineOffset: -3,
                          },
                        }}
                      >
                        <ListItemIcon sx={{ minWidth: 32 }}>
                          {locked ? <LockIcon fontSize="small" color="success" aria-hidden /> : null}
                        </ListItemIcon>
                        <ListItemText
                          primary={translate("resources.ScoringSheet.entry", { name: assignment.entry.name })}
                          secondary={`${assignment.entry.categoryName} · ${state}`}
                        />
                      </ListItemButton>
                    );
                  })}
                </List>
              );
            })}
          </Card>
          <Box sx={{ minWidth: 0 }}>
            {chosen && round ? (
              <ScoreSheet
                key={`${chosen.id}-${chosen.sheetState}-${chosen.judgementMarks?.locked ?? ""}`}
                assignment={chosen}
                round={round}
                onChanged={reload}
              />
            ) : (
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="body1" color="text.secondary">
                    {translate("resources.ScoringSheet.choose")}
                  </Typography>
                </CardContent>
              </Card>
            )}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
};
