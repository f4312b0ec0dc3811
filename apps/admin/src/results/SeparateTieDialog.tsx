import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemText,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { moveEntry, type RankingTable } from "./ranking.ts";
import { type ComputeOutcome, computeMutation, type ResultRow, separateTieMutation } from "./resultsApi.ts";
import { useDeskRefresh } from "./useGraphqlData.ts";

/** 裁定并列: the organizer orders a tied group, with a reason; the results are then computed again. */
export const SeparateTieDialog = ({
  activityId,
  table,
  group,
  onClose,
  onComputed,
}: {
  activityId: string;
  table: RankingTable;
  group: ResultRow[];
  onClose: () => void;
  /** The outcome of computing again after the separation. */
  onComputed: (outcome: ComputeOutcome) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [order, setOrder] = useState(group);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await requestGraphql(separateTieMutation, {
        activityId,
        categoryId: table.categoryId,
        trackKey: table.trackKey,
        ids: order.map((row) => row.registrationId),
        reason: reason.trim(),
      });
      const computed = await requestGraphql<{ computeResults: ComputeOutcome }>(computeMutation, { activityId });
      onComputed(computed.computeResults);
      notify(translate("resources.Result.separate.done"), { type: "success" });
      changed();
      onClose();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate("resources.Result.separate.title", { category: table.categoryName, track: table.trackName })}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">
          {translate("resources.Result.separate.hint")}
        </Typography>
        <List dense>
          {order.map((row, index) => (
            <ListItem
              key={row.id}
              secondaryAction={
                <>
                  <IconButton
                    aria-label={`${translate("resources.Result.separate.up")} ${row.entrantName}`}
                    disabled={index === 0}
                    onClick={() => setOrder(moveEntry(order, index, -1))}
                  >
                    <ArrowUpward />
                  </IconButton>
                  <IconButton
                    aria-label={`${translate("resources.Result.separate.down")} ${row.entrantName}`}
                    disabled={index === order.length - 1}
                    onClick={() => setOrder(moveEntry(order, index, 1))}
                  >
                    <ArrowDownward />
                  </IconButton>
                </>
              }
            >
              <ListItemText primary={`${index + 1}. ${row.entrantName}`} secondary={row.organizationName} />
            </ListItem>
          ))}
        </List>
        <TextField
          autoFocus
          fullWidth
          multiline
          label={translate("resources.Result.separate.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("resources.Result.separate.cancel")}</Button>
        <Button variant="contained" disabled={busy || reason.trim() === ""} onClick={save}>
          {translate("resources.Result.separate.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
