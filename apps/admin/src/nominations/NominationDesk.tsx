import { Alert, Box, Button, Card, CardContent, MenuItem, TextField, Typography } from "@mui/material";
import { useRef, useState } from "react";
import { Title, useGetOne, useNotify, useTranslate } from "react-admin";
import { useGraphqlQuery } from "../dataProvider/useGraphqlQuery.ts";
import { OpenActivityPicker, type PickedActivity } from "../enrolment/OpenActivityPicker.tsx";
import { type PickedWorker, WorkerPicker } from "../enrolment/WorkerPicker.tsx";
import { MyNominations } from "./MyNominations.tsx";
import { type DeskData, deskQuery, nominate, type WhatIf, whatIfQuery } from "./nominationApi.ts";
import { QuotaCard } from "./QuotaCard.tsx";
import { WhatIfPanel } from "./WhatIfPanel.tsx";

interface ActivityCategories {
  id: string;
  categories: { id: string; key: string; name: string }[];
}

/**
 * 推荐候选人: the unit admin's nomination desk for a quota'd selection (劳模选树 …): their quota
 * (places used and left) and their list's composition limits, live; a candidate picked from their
 * subtree is previewed with nominationWhatIf (limits that would break in red) BEFORE nominating;
 * then the list of their nominations with states.
 */
export const NominationDesk = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [activity, setActivity] = useState<PickedActivity | null>(null);
  const [categoryKey, setCategoryKey] = useState<string | null>(null);
  const [candidate, setCandidate] = useState<PickedWorker | null>(null);
  const [citation, setCitation] = useState("");
  const [sending, setSending] = useState(false);
  const [version, setVersion] = useState(0);
  // One key per candidate and activity until the nomination succeeds: a retry reuses it.
  const keys = useRef(new Map<string, string>());

  const { data: details } = useGetOne<ActivityCategories>(
    "Activity",
    { id: activity?.id ?? "", meta: { sparseFields: ["id", { categories: ["id", "key", "name"] }] } },
    { enabled: Boolean(activity) },
  );
  const categories = activity && details?.id === activity.id ? details.categories : [];
  const chosenKey = categoryKey ?? categories[0]?.key ?? null;

  // The hook compares variables by value: new objects each render ask nothing again.
  const desk = useGraphqlQuery<DeskData>(deskQuery, activity ? { a: activity.id } : null);
  const whatIfVariables = activity && candidate ? { a: activity.id, w: candidate.id, c: chosenKey } : null;
  const whatIf = useGraphqlQuery<{ nominationWhatIf: WhatIf }>(whatIfQuery, whatIfVariables);
  const preview = whatIf.data?.nominationWhatIf;
  const previewCurrent = preview && candidate && preview.workerId === candidate.id;

  const lists = desk.data?.nominationComposition ?? [];
  const holderLists = lists.filter((list) => list.quotaId !== null);
  const quotaOf = (quotaId: string | null) => desk.data?.allQuotas.find((quota) => quota.id === quotaId);

  const send = async () => {
    if (!activity || !candidate) return;
    const signature = JSON.stringify([activity.id, candidate.id, chosenKey]);
    const key = keys.current.get(signature) ?? crypto.randomUUID();
    keys.current.set(signature, key);
    setSending(true);
    try {
      const nominated = await nominate(
        { activityId: activity.id, workerId: candidate.id, categoryKey: chosenKey, citation },
        key,
      );
      keys.current.delete(signature);
      notify("resources.Nomination.desk.done", {
        type: "success",
        messageArgs: { name: nominated.name, state: nominated.stateLabel },
      });
      setCandidate(null);
      setCitation("");
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: "error" });
    } finally {
      setSending(false);
      setVersion((value) => value + 1);
      desk.reload();
    }
  };

  return (
    <Box sx={{ maxWidth: 1040, mt: 1 }}>
      <Title title={translate("resources.Nomination.desk.title")} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate("resources.Nomination.desk.intro")}
          </Typography>
          <OpenActivityPicker
            withQuota
            label={translate("resources.Nomination.desk.activity")}
            value={activity}
            onChange={(next) => {
              setActivity(next);
              setCategoryKey(null);
              setCandidate(null);
            }}
          />
          {categories.length > 1 ? (
            <TextField
              select
              label={translate("resources.Nomination.desk.category")}
              value={chosenKey ?? ""}
              onChange={(event) => setCategoryKey(event.target.value)}
              sx={{ minWidth: 240, mt: 1 }}
            >
              {categories.map((category) => (
                <MenuItem key={category.id} value={category.key}>
                  {category.name}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
        </CardContent>
      </Card>
      {activity && desk.error ? <Alert severity="error">{desk.error.message}</Alert> : null}
      {activity && desk.data && holderLists.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("resources.Nomination.desk.noQuota")}
        </Alert>
      ) : null}
      {activity ? (
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "1fr 1fr" }, alignItems: "start" }}>
          <Box>
            {holderLists.map((list) => (
              <QuotaCard key={list.quotaId} composition={list} quota={quotaOf(list.quotaId)} />
            ))}
          </Box>
          <Card>
            <CardContent>
              <Typography variant="subtitle1" component="h2">
                {translate("resources.Nomination.desk.candidate")}
              </Typography>
              <WorkerPicker
                label={translate("resources.Nomination.desk.pick")}
                helperText={translate("resources.Nomination.desk.pickHelp")}
                value={candidate}
                onChange={setCandidate}
              />
              {whatIf.error ? <Alert severity="error">{whatIf.error.message}</Alert> : null}
              {candidate && previewCurrent && !whatIf.loading ? <WhatIfPanel whatIf={preview} /> : null}
              {candidate && (!previewCurrent || whatIf.loading) && !whatIf.error ? (
                <Typography variant="body2" color="text.secondary">
                  {translate("resources.Nomination.whatIf.checking")}
                </Typography>
              ) : null}
              {candidate ? (
                <TextField
                  fullWidth
                  multiline
                  minRows={3}
                  label={translate("resources.Nomination.desk.citation")}
                  value={citation}
                  onChange={(event) => setCitation(event.target.value)}
                  sx={{ mt: 1 }}
                />
              ) : null}
              <Button
                variant="contained"
                sx={{ mt: 1 }}
                disabled={!candidate || !previewCurrent || !preview?.allowed || whatIf.loading || sending}
                onClick={send}
              >
                {translate("resources.Nomination.desk.nominate")}
              </Button>
            </CardContent>
          </Card>
        </Box>
      ) : null}
      {activity ? <MyNominations activityId={activity.id} version={version} /> : null}
    </Box>
  );
};
