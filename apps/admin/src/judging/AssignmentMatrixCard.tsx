import BlockIcon from "@mui/icons-material/Block";
import LockIcon from "@mui/icons-material/Lock";
import LockOpenIcon from "@mui/icons-material/LockOpen";
import ManageAccountsIcon from "@mui/icons-material/ManageAccounts";
import PersonOffIcon from "@mui/icons-material/PersonOff";
import {
  Box,
  Card,
  CardContent,
  Chip,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { ReasonDialog } from "../layout/ReasonDialog.tsx";
import { AssignEntryDialog } from "./AssignEntryDialog.tsx";
import { type Assignment, excuseJudge, type JudgeCandidate, type PanelSeat, unlockScore } from "./judgingApi.ts";
import {
  assignmentMatrix,
  type CellStatus,
  cellActions,
  cellStatus,
  judgesOfEntry,
  type MatrixEntry,
  panelJudges,
} from "./judgingView.ts";
import { useDialogLabels } from "./useDialogLabels.ts";

const statusColors: Record<CellStatus, "default" | "success" | "warning" | "info" | "error"> = {
  DRAFT: "default",
  UNLOCKED: "warning",
  LOCKED: "success",
  EXCUSED: "info",
  RECUSED: "error",
};

type Asking = { kind: "unlock" | "excuse"; assignment: Assignment };

/**
 * Who judges what: judges down, entries across (the table scrolls inside its box on a narrow
 * screen). Each cell shows the sheet's state and total; a locked sheet can be unlocked and an
 * open one excused, each with a required reason.
 */
export const AssignmentMatrixCard = ({
  roundId,
  judgesPerEntry,
  excusable,
  assignments,
  candidates,
  seats,
  closed,
  onChanged,
}: {
  roundId: string;
  judgesPerEntry: number | null;
  /** False in a 评价分 round: its result needs the whole panel, so nobody is excused. */
  excusable: boolean;
  assignments: Assignment[];
  candidates: JudgeCandidate[];
  seats: PanelSeat[];
  closed: boolean;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const labels = useDialogLabels();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [reassigning, setReassigning] = useState<MatrixEntry | null>(null);
  const matrix = assignmentMatrix(assignments);

  const cellText = (assignment: Assignment) => {
    const status = cellStatus(assignment);
    const marks = assignment.judgementMarks;
    const words = [
      marks && status !== "EXCUSED" && status !== "RECUSED"
        ? marks.stateLabel
        : translate(`resources.Judging.matrix.status.${status}`),
    ];
    if (assignment.score?.total && status === "LOCKED") {
      words.push(translate("resources.Judging.matrix.total", { total: assignment.score.total }));
    }
    return words.join(" · ");
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("resources.Judging.matrix.title")}
        </Typography>
        {matrix.rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("resources.Judging.matrix.empty")}
          </Typography>
        ) : (
          <TableContainer sx={{ maxWidth: "100%", overflowX: "auto" }}>
            <Table size="small" aria-label={translate("resources.Judging.matrix.title")}>
              <TableHead>
                <TableRow>
                  <TableCell
                    component="th"
                    sx={{ position: "sticky", left: 0, bgcolor: "background.paper", zIndex: 1, minWidth: 140 }}
                  >
                    {translate("resources.Judging.matrix.judge")}
                  </TableCell>
                  {matrix.entries.map((entry) => (
                    <TableCell key={entry.registrationId} component="th" sx={{ minWidth: 130 }}>
                      <Typography variant="body2" fontWeight={600}>
                        {entry.name}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {entry.categoryName}
                      </Typography>
                      {closed ? null : (
                        <Tooltip title={translate("resources.Judging.manual.button", { entry: entry.name })}>
                          <IconButton
                            size="small"
                            aria-label={translate("resources.Judging.manual.button", { entry: entry.name })}
                            onClick={() => setReassigning(entry)}
                          >
                            <ManageAccountsIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {matrix.rows.map((row) => (
                  <TableRow key={row.judgeUserId}>
                    <TableCell
                      component="th"
                      scope="row"
                      sx={{ position: "sticky", left: 0, bgcolor: "background.paper", zIndex: 1 }}
                    >
                      {row.judgeName}
                    </TableCell>
                    {matrix.entries.map((entry) => {
                      const assignment = row.cells[entry.registrationId];
                      if (!assignment) {
                        return (
                          <TableCell key={entry.registrationId} sx={{ color: "text.disabled" }}>
                            {translate("resources.Judging.matrix.notAssigned")}
                          </TableCell>
                        );
                      }
                      const status = cellStatus(assignment);
                      const actions = cellActions(assignment);
                      const reason = assignment.excuseReason ?? assignment.recusalReason;
                      const names = { judge: row.judgeName, entry: entry.name };
                      return (
                        <TableCell key={entry.registrationId} data-cell={`${row.judgeName}|${entry.name}`}>
                          <Box sx={{ display: "flex", alignItems: "center", gap: 0.5 }}>
                            <Chip
                              size="small"
                              color={statusColors[status]}
                              icon={status === "LOCKED" ? <LockIcon /> : undefined}
                              label={cellText(assignment)}
                              title={reason ? translate("resources.Judging.matrix.reason", { reason }) : undefined}
                            />
                            {!closed && actions.unlock ? (
                              <Tooltip title={translate("resources.Judging.matrix.unlock", names)}>
                                <IconButton
                                  size="small"
                                  aria-label={translate("resources.Judging.matrix.unlock", names)}
                                  onClick={() => setAsking({ kind: "unlock", assignment })}
                                >
                                  <LockOpenIcon fontSize="small" />
                                </IconButton>
                              </Tooltip>
                            ) : null}
                            {!closed && excusable && actions.excuse ? (
                              <Tooltip title={translate("resources.Judging.matrix.excuse", names)}>
                                <IconButton
                                  size="small"
                                  aria-label={translate("resources.Judging.matrix.excuse", names)}
                                  onClick={() => setAsking({ kind: "excuse", assignment })}
                                >
                                  {status === "RECUSED" ? (
                                    <PersonOffIcon fontSize="small" />
                                  ) : (
                                    <BlockIcon fontSize="small" />
                                  )}
                                </IconButton>
                              </Tooltip>
                            ) : null}
                          </Box>
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </CardContent>
      {reassigning ? (
        <AssignEntryDialog
          roundId={roundId}
          entry={reassigning}
          panel={panelJudges(seats, candidates, reassigning.categoryId)}
          current={judgesOfEntry(assignments, reassigning.registrationId)}
          judgesPerEntry={judgesPerEntry}
          onClose={(changed) => {
            setReassigning(null);
            if (changed) onChanged();
          }}
        />
      ) : null}
      {asking ? (
        <ReasonDialog
          {...labels}
          title={translate(`resources.Judging.${asking.kind}Dialog.title`)}
          text={translate(`resources.Judging.${asking.kind}Dialog.text`, {
            judge: asking.assignment.judgeName,
            entry: asking.assignment.entry.name,
            total: asking.assignment.score?.total ?? "—",
          })}
          reasonLabel={translate(`resources.Judging.${asking.kind}Dialog.reason`)}
          action={async (reason) => {
            if (asking.kind === "unlock") await unlockScore(asking.assignment.id, reason);
            else await excuseJudge(asking.assignment.id, reason);
            notify(translate(`resources.Judging.${asking.kind}Dialog.done`), { type: "success" });
          }}
          onClose={(done) => {
            setAsking(null);
            if (done) onChanged();
          }}
        />
      ) : null}
    </Card>
  );
};
