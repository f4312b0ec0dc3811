import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  TextField,
  Typography,
} from "@mui/material";
import { useMemo, useRef, useState } from "react";
import { Title, useGetOne, useNotify, useTranslate } from "react-admin";
import { useGraphqlQuery } from "../dataProvider/useGraphqlQuery.ts";
import { EligibilityPanel } from "./EligibilityPanel.tsx";
import { EnrolledList } from "./EnrolledList.tsx";
import { type EnrolmentCheck, enrol, enrolmentCheckQuery, newIdempotencyKey } from "./enrolmentApi.ts";
import {
  type EnrolRequest,
  type EntrantKind,
  enrolRequests,
  entrantRuleOf,
  needsTeamName,
  selectionProblems,
} from "./enrolmentPlan.ts";
import { OpenActivityPicker, type PickedActivity } from "./OpenActivityPicker.tsx";
import { type PickedUnit, UnitPicker } from "./UnitPicker.tsx";
import { type PickedWorker, WorkerPicker } from "./WorkerPicker.tsx";

interface ActivityCategories {
  id: string;
  configuration: unknown;
  categories: {
    id: string;
    key: string;
    name: string;
    entrantType: EntrantKind;
    capacity: number | null;
    registrationCount: number;
  }[];
}

const categoryFields = [
  "id",
  "configuration",
  { categories: ["id", "key", "name", "entrantType", "capacity", "registrationCount"] },
];

interface Outcome {
  label: string;
  ok: boolean;
  text: string;
}

/**
 * 单位报名: the unit admin enrols workers of their own subtree into an activity open for
 * registration — activity, category, workers (a pair or team where the category asks for one) —
 * sees each worker's eligibility before sending, then the subtree's entries with their states.
 */
export const EnrolmentPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [activity, setActivity] = useState<PickedActivity | null>(null);
  const [categoryId, setCategoryId] = useState("");
  const [workers, setWorkers] = useState<PickedWorker[]>([]);
  const [leaderWorkerId, setLeaderWorkerId] = useState<string | null>(null);
  const [teamName, setTeamName] = useState("");
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [sending, setSending] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [listVersion, setListVersion] = useState(0);
  // One key per request, kept until it succeeds: sending the same request again reuses it.
  const keys = useRef(new Map<string, string>());

  const { data: details, refetch: refetchDetails } = useGetOne<ActivityCategories>(
    "Activity",
    { id: activity?.id ?? "", meta: { sparseFields: categoryFields } },
    { enabled: Boolean(activity) },
  );
  const categories = activity && details?.id === activity.id ? details.categories : [];
  // An activity with a single category needs no choice.
  const chosenCategoryId = categoryId || (categories.length === 1 ? (categories[0]?.id ?? "") : "");
  const category = categories.find((candidate) => candidate.id === chosenCategoryId) ?? null;
  const rule = category ? entrantRuleOf(details?.configuration, category.key, category.entrantType) : null;
  const selection = {
    workerIds: workers.map((worker) => worker.id),
    leaderWorkerId,
    teamName,
    organizationId: unit?.id ?? null,
  };
  const problems = rule ? selectionProblems(rule, selection) : [];

  const checkVariables = useMemo(
    () =>
      activity && category && workers.length > 0 && (rule?.type === "INDIVIDUAL" || rule?.type === "TEAM")
        ? { a: activity.id, c: category.id, w: workers.map((worker) => worker.id) }
        : null,
    [activity, category, workers, rule?.type],
  );
  const check = useGraphqlQuery<{ enrolmentCheck: EnrolmentCheck }>(enrolmentCheckQuery, checkVariables);
  const checked = check.data?.enrolmentCheck;
  // A unit entrant names no worker: the API checks it when it is sent.
  const checkedOk = rule?.type === "UNIT" || (checked?.allowed === true && !check.loading);
  const canSend = Boolean(activity && category && rule && problems.length === 0 && checkedOk && !sending);

  const chooseActivity = (next: PickedActivity | null) => {
    setActivity(next);
    setCategoryId("");
    setOutcomes([]);
  };

  const labelOf = (request: EnrolRequest) =>
    request.name ??
    (request.organizationId ? unit?.name : undefined) ??
    request.workerIds.map((id) => workers.find((worker) => worker.id === id)?.name ?? id).join("、");

  const send = async () => {
    if (!activity || !category || !rule) return;
    const requests = enrolRequests(rule, selection);
    setSending(true);
    setOutcomes([]);
    const results: Outcome[] = [];
    for (const request of requests) {
      const signature = JSON.stringify([activity.id, category.id, request]);
      const key = keys.current.get(signature) ?? newIdempotencyKey();
      keys.current.set(signature, key);
      try {
        const enrolled = await enrol(activity.id, category.id, request, key);
        keys.current.delete(signature);
        results.push({ label: labelOf(request), ok: true, text: enrolled.stateLabel });
      } catch (error) {
        results.push({
          label: labelOf(request),
          ok: false,
          text: error instanceof Error ? error.message : String(error),
        });
      }
      setOutcomes([...results]);
    }
    setSending(false);
    setListVersion((value) => value + 1);
    refetchDetails();
    const succeeded = results.filter((outcome) => outcome.ok).length;
    if (succeeded === results.length) {
      notify("resources.Enrolment.sent", { type: "success", messageArgs: { count: succeeded } });
      setWorkers([]);
      setLeaderWorkerId(null);
      setTeamName("");
      setUnit(null);
    } else {
      notify("resources.Enrolment.partlySent", {
        type: "warning",
        messageArgs: { count: succeeded, failed: results.length - succeeded },
      });
      check.reload();
    }
  };

  const requestCount = rule && problems.length === 0 ? enrolRequests(rule, selection).length : 0;

  return (
    <Box sx={{ maxWidth: 960, mt: 1 }}>
      <Title title={translate("resources.Enrolment.title")} />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate("resources.Enrolment.intro")}
          </Typography>
          <OpenActivityPicker
            label={translate("resources.Enrolment.activity.label")}
            value={activity}
            onChange={chooseActivity}
            helperText={translate("resources.Enrolment.activity.help")}
          />
          {activity ? (
            <TextField
              select
              label={translate("resources.Enrolment.category.label")}
              value={categories.length > 0 ? chosenCategoryId : ""}
              onChange={(event) => setCategoryId(event.target.value)}
              sx={{ minWidth: 280, mt: 1 }}
              helperText={
                rule ? translate(`resources.Enrolment.rule.${ruleKey(rule)}`, { ...rule, max: rule.max ?? "" }) : " "
              }
            >
              {categories.map((option) => (
                <MenuItem key={option.id} value={option.id}>
                  {translate("resources.Enrolment.category.option", {
                    name: option.name,
                    type: translate(`resources.Enrolment.entrantTypes.${option.entrantType}`),
                    count: option.registrationCount,
                    capacity:
                      option.capacity === null
                        ? translate("resources.Enrolment.category.unlimited")
                        : String(option.capacity),
                  })}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {rule && (rule.type === "INDIVIDUAL" || rule.type === "TEAM") ? (
            <Box sx={{ mt: 1 }}>
              <WorkerPicker
                multiple
                label={translate(
                  rule.type === "TEAM" ? "resources.Enrolment.worker.members" : "resources.Enrolment.worker.label",
                )}
                helperText={translate("resources.Enrolment.worker.help")}
                value={workers}
                onChange={(next) => {
                  setWorkers(next);
                  setOutcomes([]);
                }}
              />
              {rule.type === "TEAM" && workers.length > 0 ? (
                <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
                  <TextField
                    select
                    label={translate("resources.Enrolment.team.leader")}
                    value={
                      leaderWorkerId && selection.workerIds.includes(leaderWorkerId) ? leaderWorkerId : workers[0]?.id
                    }
                    onChange={(event) => setLeaderWorkerId(event.target.value)}
                    sx={{ minWidth: 200 }}
                  >
                    {workers.map((worker) => (
                      <MenuItem key={worker.id} value={worker.id}>
                        {worker.name}
                      </MenuItem>
                    ))}
                  </TextField>
                  {needsTeamName(rule) ? (
                    <TextField
                      label={translate("resources.Enrolment.team.name")}
                      value={teamName}
                      onChange={(event) => setTeamName(event.target.value)}
                      sx={{ minWidth: 280 }}
                    />
                  ) : null}
                </Box>
              ) : null}
            </Box>
          ) : null}
          {rule?.type === "UNIT" ? (
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, alignItems: "flex-start" }}>
              <Box sx={{ flex: "1 1 320px" }}>
                <UnitPicker label={translate("resources.Enrolment.unit.label")} value={unit} onChange={setUnit} />
              </Box>
              <TextField
                label={translate("resources.Enrolment.unit.name")}
                value={teamName}
                onChange={(event) => setTeamName(event.target.value)}
                sx={{ flex: "1 1 280px", mt: 1 }}
              />
            </Box>
          ) : null}
          {problems.map((problem) => (
            <Alert key={problem.key} severity={problem.key === "projectsByWorkers" ? "info" : "warning"} sx={{ mt: 1 }}>
              {translate(`resources.Enrolment.problems.${problem.key}`, problem.args ?? {})}
            </Alert>
          ))}
          {checkVariables ? <EligibilityPanel check={checked} loading={check.loading} error={check.error} /> : null}
          <Box sx={{ mt: 2, display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
            <Button variant="contained" disabled={!canSend} onClick={send}>
              {translate("resources.Enrolment.submit", { count: requestCount })}
            </Button>
            {checked && !checked.allowed && problems.length === 0 ? (
              <Typography variant="body2" color="error">
                {translate("resources.Enrolment.blocked")}
              </Typography>
            ) : null}
          </Box>
          {sending ? (
            <Box role="status" sx={{ mt: 1 }}>
              <LinearProgress variant="determinate" value={(100 * outcomes.length) / Math.max(requestCount, 1)} />
              <Typography variant="body2">
                {translate("resources.Enrolment.progress", { done: outcomes.length, total: requestCount })}
              </Typography>
            </Box>
          ) : null}
          {!sending && outcomes.length > 0 ? (
            <List dense aria-label={translate("resources.Enrolment.outcomes")}>
              {outcomes.map((outcome) => (
                <ListItem key={outcome.label} disableGutters>
                  <ListItemText
                    primary={`${outcome.label}：${outcome.text}`}
                    slotProps={{ primary: { color: outcome.ok ? "success.main" : "error" } }}
                  />
                </ListItem>
              ))}
            </List>
          ) : null}
        </CardContent>
      </Card>
      {activity ? <EnrolledList activityId={activity.id} version={listVersion} /> : null}
    </Box>
  );
};

function ruleKey(rule: { type: EntrantKind; min: number; max: number | null }): string {
  if (rule.type !== "TEAM") return rule.type;
  if (rule.max === null) return "TEAM_AT_LEAST";
  return rule.min === rule.max ? "TEAM_EXACTLY" : "TEAM_BETWEEN";
}
