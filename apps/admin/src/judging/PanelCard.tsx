import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  FormGroup,
  LinearProgress,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { assignJudgesBalanced, type JudgeCandidate, type PanelSeat, setRoundPanel } from "./judgingApi.ts";
import { panelChanged, panelOf, refusalText } from "./judgingView.ts";

interface Category {
  id: string;
  name: string;
}

/**
 * The panels (评委组) of a round, one per category, chosen from the judge accounts with their
 * organization (what conflicts of interest are decided on), and balanced assignment per category
 * or for all at once. A refusal stays on screen with every reason the API gives (e.g. which
 * entry cannot get enough judges and which judge is conflicted).
 */
export const PanelCard = ({
  roundId,
  categories,
  candidates,
  seats,
  closed,
  onChanged,
}: {
  roundId: string;
  categories: Category[];
  candidates: JudgeCandidate[];
  seats: PanelSeat[];
  closed: boolean;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [chosen, setChosen] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(categories.map((category) => [category.id, panelOf(seats, category.id)])),
  );
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [bulk, setBulk] = useState<{ done: number; total: number } | null>(null);

  const toggle = (categoryId: string, judgeId: string, on: boolean) =>
    setChosen((current) => {
      const list = current[categoryId] ?? [];
      return { ...current, [categoryId]: on ? [...list, judgeId] : list.filter((id) => id !== judgeId) };
    });

  const refuse = (categoryId: string, text: string | null) =>
    setRefusals((current) => {
      const next = { ...current };
      if (text === null) delete next[categoryId];
      else next[categoryId] = text;
      return next;
    });

  const savePanel = async (category: Category) => {
    setBusy(true);
    try {
      await setRoundPanel(roundId, category.id, chosen[category.id] ?? []);
      refuse(category.id, null);
      notify(translate("resources.Judging.panel.saved", { category: category.name }), { type: "success" });
      onChanged();
    } catch (error) {
      refuse(category.id, refusalText(error));
    } finally {
      setBusy(false);
    }
  };

  /** Assigns one category; true when it worked. */
  const assignOne = async (category: Category): Promise<boolean> => {
    if (panelOf(seats, category.id).length === 0) {
      refuse(category.id, translate("resources.Judging.assign.noPanel", { category: category.name }));
      return false;
    }
    try {
      const data = await assignJudgesBalanced(roundId, category.id);
      refuse(category.id, null);
      notify(
        translate("resources.Judging.assign.done", {
          category: category.name,
          count: data.assignJudgesBalanced.length,
        }),
        { type: "success" },
      );
      return true;
    } catch (error) {
      refuse(category.id, refusalText(error));
      return false;
    }
  };

  const assign = async (category: Category) => {
    setBusy(true);
    await assignOne(category);
    setBusy(false);
    onChanged();
  };

  const assignAll = async () => {
    const seated = categories.filter((category) => panelOf(seats, category.id).length > 0);
    setBusy(true);
    setBulk({ done: 0, total: seated.length });
    for (const [index, category] of seated.entries()) {
      await assignOne(category);
      setBulk({ done: index + 1, total: seated.length });
    }
    setBulk(null);
    setBusy(false);
    onChanged();
  };

  const seatedCategories = categories.filter((category) => panelOf(seats, category.id).length > 0);

  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "center", gap: 1 }}>
          <Typography variant="h6" component="h2">
            {translate("resources.Judging.panel.title")}
            {" · "}
            {translate("resources.Judging.assign.title")}
          </Typography>
          {seatedCategories.length > 1 ? (
            <Button variant="contained" disabled={busy || closed} onClick={assignAll}>
              {translate("resources.Judging.assign.balancedAll")}
            </Button>
          ) : null}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate("resources.Judging.panel.intro")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("resources.Judging.assign.balancedHint")}
        </Typography>
        {bulk ? (
          <Box role="status" sx={{ mb: 1 }}>
            <LinearProgress variant="determinate" value={bulk.total === 0 ? 0 : (100 * bulk.done) / bulk.total} />
            <Typography variant="body2">{translate("resources.Judging.assign.progress", bulk)}</Typography>
          </Box>
        ) : null}
        {candidates.length === 0 ? (
          <Alert severity="warning">{translate("resources.Judging.panel.noCandidates")}</Alert>
        ) : null}
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
          {categories.map((category) => {
            const seated = panelOf(seats, category.id);
            const picked = chosen[category.id] ?? [];
            const changed = panelChanged(seated, picked);
            const groupLabel = translate("resources.Judging.panel.category", { name: category.name });
            return (
              <Box
                key={category.id}
                component="section"
                aria-label={groupLabel}
                sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5, minWidth: 0 }}
              >
                <Typography variant="subtitle1" component="h3">
                  {groupLabel}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {translate("resources.Judging.panel.seated", { count: picked.length })}
                </Typography>
                <FormGroup>
                  {candidates.map((candidate) => (
                    <FormControlLabel
                      key={candidate.id}
                      disabled={busy || closed}
                      control={
                        <Checkbox
                          size="small"
                          checked={picked.includes(candidate.id)}
                          onChange={(event) => toggle(category.id, candidate.id, event.target.checked)}
                        />
                      }
                      label={
                        <Box>
                          <Typography variant="body2">
                            {translate("resources.Judging.panel.candidate", { name: candidate.displayName })}
                          </Typography>
                          <Typography variant="caption" color="text.secondary">
                            {translate("resources.Judging.panel.organization", { name: candidate.organizationName })}
                          </Typography>
                        </Box>
                      }
                    />
                  ))}
                </FormGroup>
                {refusals[category.id] ? (
                  <Alert severity="error" sx={{ my: 1 }} data-testid={`refusal-${category.id}`}>
                    {refusals[category.id]}
                  </Alert>
                ) : null}
                <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1 }}>
                  <Button
                    variant="outlined"
                    size="small"
                    disabled={busy || closed || !changed}
                    onClick={() => savePanel(category)}
                    aria-label={`${translate("resources.Judging.panel.save")}（${category.name}）`}
                  >
                    {translate("resources.Judging.panel.save")}
                  </Button>
                  <Button
                    variant="contained"
                    size="small"
                    disabled={busy || closed || seated.length === 0 || changed}
                    onClick={() => assign(category)}
                    aria-label={`${translate("resources.Judging.assign.balanced")}（${category.name}）`}
                  >
                    {translate("resources.Judging.assign.balanced")}
                  </Button>
                </Box>
              </Box>
            );
          })}
        </Box>
      </CardContent>
    </Card>
  );
};
