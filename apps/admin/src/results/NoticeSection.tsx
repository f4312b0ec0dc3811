import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useLocale, useNotify, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import {
  finalizeMutation,
  type NoticeRow,
  noticeQuery,
  publishMutation,
  type ResultsActivity,
  withdrawMutation,
} from "./resultsApi.ts";
import { TransitionStepButton } from "./TransitionStepButton.tsx";
import { useDeskRefresh, useGraphqlData } from "./useGraphqlData.ts";

/** 结果公示 and 正式发布: publish for notice (the API counts the working days), withdraw, finalize. */
export const NoticeSection = ({ activity }: { activity: ResultsActivity }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState("");
  const activityId = activity.id;
  const { data, error } = useGraphqlData<{ publicNotice: NoticeRow | null }>(noticeQuery, { activityId });
  const notice = data?.publicNotice ?? null;
  const option = (transition: string) => activity.allowedTransitions.find((o) => o.transition === transition);
  const publish = option("PUBLISH_FOR_NOTICE");
  const withdraw = option("WITHDRAW_NOTICE");
  const finalize = option("PUBLISH_FINAL");

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      notify(await work(), { type: "success" });
      changed();
      return true;
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const doPublish = () =>
    run(async () => {
      const answer = await requestGraphql<{ publishResultsForNotice: { description: string } }>(publishMutation, {
        activityId,
      });
      return translate("resources.Result.notice.published", {
        description: answer.publishResultsForNotice.description,
      });
    });
  const doFinalize = () =>
    run(async () => {
      await requestGraphql(finalizeMutation, { activityId });
      return translate("resources.Result.finalize.done");
    });
  const doWithdraw = async () => {
    const done = await run(async () => {
      await requestGraphql(withdrawMutation, { activityId, reason: reason.trim() });
      return translate("resources.Result.notice.withdrawDone");
    });
    if (done) {
      setWithdrawing(false);
      setReason("");
    }
  };

  return (
    <Box component="section" aria-labelledby="notice-title">
      <Typography id="notice-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate("resources.Result.notice.title")}
      </Typography>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {notice ? (
        <Box sx={{ mb: 2 }} data-testid="notice">
          <Typography sx={{ fontWeight: 600 }}>{notice.description}</Typography>
          <Typography>
            {translate("resources.Result.notice.endDate", { date: formatCalendarDate(notice.endDate, locale) })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate("resources.Result.notice.workingDates")}
            {notice.workingDates.map((day) => `${formatCalendarDate(day.date, locale)}（${day.weekday}）`).join("、")}
          </Typography>
          {notice.withdrawnAt ? (
            <Alert severity="info" sx={{ mt: 1 }}>
              {translate("resources.Result.notice.withdrawn", { reason: notice.withdrawalReason ?? "" })}
            </Alert>
          ) : null}
        </Box>
      ) : data ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate("resources.Result.notice.none")}
        </Typography>
      ) : null}
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
        {publish ? (
          <TransitionStepButton
            option={publish}
            busy={busy}
            onClick={doPublish}
            label={translate("resources.Result.notice.publish")}
          />
        ) : null}
        {finalize ? <TransitionStepButton option={finalize} busy={busy} onClick={doFinalize} /> : null}
        {withdraw ? (
          <Box>
            <Button
              variant="outlined"
              color="warning"
              disabled={busy || !withdraw.allowed}
              title={withdraw.reasons.map((r) => r.message).join("；")}
              onClick={() => setWithdrawing(true)}
            >
              {translate("resources.Result.notice.withdraw")}
            </Button>
          </Box>
        ) : null}
      </Box>
      <Dialog open={withdrawing} onClose={() => setWithdrawing(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate("resources.Result.notice.withdrawTitle")}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            label={translate("resources.Result.notice.withdrawReason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setWithdrawing(false)}>{translate("resources.Result.notice.cancel")}</Button>
          <Button variant="contained" disabled={busy || reason.trim() === ""} onClick={doWithdraw}>
            {translate("resources.Result.notice.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
