import type { FieldError } from "@jinzhou/domain";
import Add from "@mui/icons-material/Add";
import { Box, Button, Typography } from "@mui/material";
import { moveItem, type RoundForm, replaceItem, type TieBreakForm } from "./configuration-form.ts";
import { ChoiceBox, FieldRow, ProblemAlert, RowActions, stepProblems, useWizardText } from "./WizardControls.tsx";

const kinds = ["HIGHER_ROUND_RESULT", "HIGHER_UNTRIMMED_MEAN", "SHARED_PLACE"] as const;

/** 排名与同分处理: the ordered list of comparisons applied to equal totals, moved up and down. */
export const TieBreaksStep = ({
  tieBreaks,
  rounds,
  onChange,
  problems,
}: {
  tieBreaks: TieBreakForm[];
  rounds: readonly RoundForm[];
  onChange: (tieBreaks: TieBreakForm[]) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const roundChoices = (kind: TieBreakForm["kind"]) =>
    rounds
      .filter((round) => kind !== "HIGHER_UNTRIMMED_MEAN" || round.kind === "CRITERIA_SCORING")
      .map((round) => ({ id: round.key, name: round.name || round.key }));
  const rows = tieBreaks.map((tieBreak, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
    <FieldRow key={index} testId={`tie-break-${index}`}>
      <Typography sx={{ alignSelf: "center", width: 24 }}>{index + 1}.</Typography>
      <ChoiceBox
        label={t("tieBreakKind")}
        value={tieBreak.kind}
        onChange={(kind) => {
          const next = kind as TieBreakForm["kind"];
          const keep = roundChoices(next).some((round) => round.id === tieBreak.roundKey);
          onChange(
            replaceItem(tieBreaks, index, {
              kind: next,
              roundKey: next === "SHARED_PLACE" ? "" : keep ? tieBreak.roundKey : (roundChoices(next)[0]?.id ?? ""),
            }),
          );
        }}
        choices={kinds.map((id) => ({ id, name: t(`tieBreakKinds.${id}`) }))}
        width={260}
      />
      {tieBreak.kind === "SHARED_PLACE" ? null : (
        <ChoiceBox
          label={t("tieBreakRound")}
          value={tieBreak.roundKey}
          onChange={(roundKey) => onChange(replaceItem(tieBreaks, index, { roundKey }))}
          choices={roundChoices(tieBreak.kind)}
          width={180}
        />
      )}
      <RowActions
        index={index}
        count={tieBreaks.length}
        label={`${index + 1}`}
        onMove={(from, to) => onChange(moveItem(tieBreaks, from, to))}
        onRemove={(at) => onChange(tieBreaks.filter((_, i) => i !== at))}
      />
    </FieldRow>
  ));
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      <Typography variant="body2" sx={{ mb: 1 }}>
        {tieBreaks.length === 0 ? t("noTieBreaks") : t("tieBreakIntro")}
      </Typography>
      {rows}
      <Button
        startIcon={<Add />}
        sx={{ mt: 1 }}
        onClick={() => onChange([...tieBreaks, { kind: "HIGHER_ROUND_RESULT", roundKey: rounds[0]?.key ?? "" }])}
      >
        {t("addTieBreak")}
      </Button>
    </Box>
  );
};
