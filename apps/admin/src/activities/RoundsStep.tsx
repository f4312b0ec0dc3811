import type { FieldError } from "@jinzhou/domain";
import Add from "@mui/icons-material/Add";
import { Box, Button, Divider, Typography } from "@mui/material";
import { criteriaTotal, freshKey, moveItem, type RoundForm, replaceItem, roundHasPanel } from "./configuration-form.ts";
import {
  ChoiceBox,
  FieldRow,
  ProblemAlert,
  RowActions,
  stepProblems,
  TextBox,
  useWizardText,
} from "./WizardControls.tsx";

const addableKinds = ["CRITERIA_SCORING", "EXAM", "COMMITTEE_VOTE"] as const;
const aggregations = ["TRIMMED_MEAN", "MEAN", "MEDIAN"] as const;

/** 轮次与评分标准: each round's weight and maximum, its panel and how scores are combined, its criteria. */
export const RoundsStep = ({
  rounds,
  onChange,
  problems,
}: {
  rounds: RoundForm[];
  onChange: (rounds: RoundForm[]) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const change = (index: number, part: Partial<RoundForm>) => onChange(replaceItem(rounds, index, part));
  const weightProblems = shown.at("rounds");
  const list = rounds.map((round, index) => {
    const path = `rounds[${index}]`;
    const isNew = round.original === null;
    const scored = round.kind === "CRITERIA_SCORING" && !round.original?.judgementMarks;
    const total = criteriaTotal(round.criteria);
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
      <Box key={index} data-testid={`round-${index}`} sx={{ py: 1 }}>
        <FieldRow>
          <TextBox
            label={t("roundName")}
            value={round.name}
            onChange={(name) => change(index, { name })}
            problems={shown.at(`${path}.name`)}
            width={160}
          />
          {isNew ? (
            <ChoiceBox
              label={t("roundKind")}
              value={round.kind}
              onChange={(kind) =>
                change(index, {
                  kind: kind as RoundForm["kind"],
                  criteria: kind === "CRITERIA_SCORING" ? round.criteria : [],
                })
              }
              choices={addableKinds.map((id) => ({ id, name: t(`roundKinds.${id}`) }))}
              width={170}
            />
          ) : (
            <Typography variant="body2" sx={{ alignSelf: "center", minWidth: 100 }}>
              {t(`roundKinds.${round.kind}`)}
            </Typography>
          )}
          <TextBox
            label={t("weight")}
            value={round.weight}
            onChange={(weight) => change(index, { weight })}
            problems={shown.at(`${path}.weight`)}
            numeric
            width={110}
            testId={`round-${index}-weight`}
          />
          <TextBox
            label={t("maxResult")}
            value={round.maxResult}
            onChange={(maxResult) => change(index, { maxResult })}
            problems={shown.at(`${path}.maxResult`)}
            numeric
            width={round.kind === "CRITERIA_SCORING" ? 260 : 110}
            testId={`round-${index}-max`}
          />
          {roundHasPanel(round) ? (
            <TextBox
              label={t(round.kind === "COMMITTEE_VOTE" ? "committeeSize" : "judgesPerEntry")}
              value={round.judgesPerEntry}
              onChange={(judgesPerEntry) => change(index, { judgesPerEntry })}
              problems={shown.at(`${path}.judgesPerEntry`)}
              numeric
              width={120}
            />
          ) : null}
          {rounds.length > 1 && round.kind !== "PUBLIC_VOTE" && round.kind !== "MATCHES" ? (
            <RowActions
              index={index}
              count={rounds.length}
              label={round.name}
              onMove={(from, to) => onChange(moveItem(rounds, from, to))}
              onRemove={(at) => onChange(rounds.filter((_, i) => i !== at))}
            />
          ) : null}
        </FieldRow>
        {scored ? (
          <>
            <FieldRow>
              <ChoiceBox
                label={t("aggregation")}
                value={round.aggregation}
                onChange={(aggregation) => change(index, { aggregation: aggregation as RoundForm["aggregation"] })}
                choices={aggregations.map((id) => ({ id, name: t(`aggregations.${id}`) }))}
                width={300}
              />
              {round.aggregation === "TRIMMED_MEAN" ? (
                <TextBox
                  label={t("trim")}
                  value={round.trim}
                  onChange={(trim) => change(index, { trim })}
                  help={t("trimHelp")}
                  numeric
                  width={240}
                />
              ) : null}
              <TextBox
                label={t("step")}
                value={round.step}
                onChange={(step) => change(index, { step })}
                help={t("stepHelp")}
                numeric
                width={110}
              />
            </FieldRow>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {t("criteria")}
            </Typography>
            {round.criteria.map((criterion, at) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
              <FieldRow key={at} testId={`round-${index}-criterion-${at}`}>
                <TextBox
                  label={t("criterionName")}
                  value={criterion.name}
                  onChange={(name) => change(index, { criteria: replaceItem(round.criteria, at, { name }) })}
                  width={220}
                />
                <TextBox
                  label={t("criterionMax")}
                  value={criterion.max}
                  onChange={(max) => change(index, { criteria: replaceItem(round.criteria, at, { max }) })}
                  numeric
                  width={100}
                />
                <RowActions
                  index={at}
                  count={round.criteria.length}
                  label={criterion.name}
                  onMove={(from, to) => change(index, { criteria: moveItem(round.criteria, from, to) })}
                  onRemove={(gone) => change(index, { criteria: round.criteria.filter((_, i) => i !== gone) })}
                />
              </FieldRow>
            ))}
            <Typography
              variant="body2"
              data-testid={`round-${index}-criteria-total`}
              color={total !== null && total !== round.maxResult.trim() ? "error" : "text.secondary"}
            >
              {t("criteriaTotal", { total: total ?? "—", max: round.maxResult })}
            </Typography>
            {shown.at(`${path}.criteriaScoring`).map((message) => (
              <Typography key={message} variant="caption" color="error" component="div">
                {message}
              </Typography>
            ))}
            <Button
              size="small"
              startIcon={<Add />}
              onClick={() =>
                change(index, {
                  criteria: [
                    ...round.criteria,
                    {
                      key: freshKey(
                        "c",
                        round.criteria.map((c) => c.key),
                      ),
                      name: "",
                      max: "",
                    },
                  ],
                })
              }
            >
              {t("addCriterion")}
            </Button>
          </>
        ) : round.original?.judgementMarks ? (
          <Typography variant="body2">{t("judgementMarks")}</Typography>
        ) : null}
        <Divider sx={{ mt: 1 }} />
      </Box>
    );
  });
  const weights = criteriaTotal(rounds.map((round) => ({ max: round.weight })));
  const add = () =>
    onChange([
      ...rounds,
      {
        key: freshKey(
          "round",
          rounds.map((round) => round.key),
        ),
        name: "",
        kind: "EXAM",
        weight: "",
        maxResult: "100",
        judgesPerEntry: "",
        aggregation: "TRIMMED_MEAN",
        trim: "",
        step: "",
        criteria: [],
        original: null,
      },
    ]);
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      {list}
      <Typography
        variant="body2"
        sx={{ mt: 1 }}
        data-testid="weights-total"
        color={weightProblems.length > 0 ? "error" : "text.secondary"}
      >
        {t("weightsTotal", { total: weights ?? "—" })}
      </Typography>
      {weightProblems.map((message) => (
        <Typography key={message} variant="caption" color="error" component="div">
          {message}
        </Typography>
      ))}
      <Button startIcon={<Add />} onClick={add} sx={{ mt: 1 }}>
        {t("addRound")}
      </Button>
    </Box>
  );
};
