import { Alert, Box, Button, Chip, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useLocale, useNotify, useTranslate } from "react-admin";
import { type PublicVoteInfo, schedulePublicVote } from "./votingApi.ts";
import { chinaDay, lastChinaDay } from "./votingRules.ts";

/** 投票时间: when the vote takes ballots, its daily limits, and the form to set the days (China time). */
export const ScheduleCard = ({ vote, onChanged }: { vote: PublicVoteInfo; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale.startsWith("zh") ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "long",
    timeStyle: "short",
  });
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.PublicVote.schedule.${key}`, options);
  const now = new Date();
  const [opensOn, setOpensOn] = useState(vote.opensAt ? chinaDay(new Date(vote.opensAt)) : chinaDay(now));
  const [closesOn, setClosesOn] = useState(vote.closesAt ? lastChinaDay(new Date(vote.closesAt)) : chinaDay(now, 10));
  const [saving, setSaving] = useState(false);
  const closed = vote.closedAt !== null;

  const save = async () => {
    setSaving(true);
    try {
      await schedulePublicVote(vote.roundId, opensOn, closesOn);
      notify(t("saved"), { type: "success" });
      onChanged();
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 1, mb: 1 }}>
        {vote.opensAt && vote.closesAt ? (
          <Typography variant="body1" data-testid="vote-window">
            {t("window", {
              opens: format.format(new Date(vote.opensAt)),
              closes: format.format(new Date(vote.closesAt)),
            })}
          </Typography>
        ) : null}
        {closed ? null : (
          <Chip
            size="small"
            color={vote.isOpen ? "success" : "default"}
            label={vote.isOpen ? t("isOpen") : t("notOpen")}
          />
        )}
      </Stack>
      {closed ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t("closed", { time: format.format(new Date(vote.closedAt as string)) })}
        </Alert>
      ) : null}
      {!vote.opensAt && !closed ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {t("notSet")}
        </Alert>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("rules", {
          perVoter: vote.ballotsPerVoterPerDay,
          perIp: vote.ballotsPerIpPerDay,
          perBallot: vote.maxCandidatesPerBallot,
        })}
      </Typography>
      {closed ? null : (
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
          <TextField
            type="date"
            size="small"
            label={t("opensOn")}
            value={opensOn}
            onChange={(event) => setOpensOn(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label={t("closesOn")}
            value={closesOn}
            onChange={(event) => setClosesOn(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button
            variant="outlined"
            disabled={saving || !opensOn || !closesOn}
            onClick={save}
            sx={{ whiteSpace: "nowrap", flexShrink: 0 }}
          >
            {t("save")}
          </Button>
        </Stack>
      )}
    </Box>
  );
};
