import {
  type ActivityConfiguration,
  type ActivityKind,
  type FieldError,
  validateActivityConfiguration,
} from "@jinzhou/domain";
import { Alert, Box, Button, Step, StepButton, StepLabel, Stepper } from "@mui/material";
import { type ReactNode, useMemo, useState } from "react";
import { RecordContextProvider } from "react-admin";
import { AwardsStep } from "./AwardsStep.tsx";
import { CategoriesStep } from "./CategoriesStep.tsx";
import { ConfigurationView } from "./ConfigurationView.tsx";
import { type ConfigurationForm, formToConfiguration } from "./configuration-form.ts";
import { EligibilityStep } from "./EligibilityStep.tsx";
import { PublicNoticeStep } from "./PublicNoticeStep.tsx";
import { RoundsStep } from "./RoundsStep.tsx";
import { TieBreaksStep } from "./TieBreaksStep.tsx";
import { type VotingSchedule, VotingStep } from "./VotingStep.tsx";
import { useWizardText } from "./WizardControls.tsx";
import { type ConfigurationStep, configurationSteps, stepOfField } from "./wizard-steps.ts";

/** A step before the configuration's (the kind, the basics), drawn by the page. */
export interface LeadStep {
  key: string;
  content: ReactNode;
  /** True when the step's own inputs have problems. */
  invalid?: boolean;
  /** False while the step cannot be left forward (no kind chosen yet). */
  complete?: boolean;
}

/** Every problem the domain finds in the configuration the form describes, except the basics' (checked by their inputs). */
export function useConfigurationProblems(form: ConfigurationForm, stored: ActivityConfiguration): FieldError[] {
  const t = useWizardText();
  const unreadable = t("unreadable");
  return useMemo(() => {
    try {
      return validateActivityConfiguration(formToConfiguration(form, stored)).filter(
        (problem) => stepOfField(problem.field) !== "basics",
      );
    } catch {
      return [{ field: "configuration", code: "CONFIGURATION_INVALID", message: unreadable }];
    }
  }, [form, stored, unreadable]);
}

interface WizardProps {
  kind: ActivityKind;
  /** True until a kind is chosen: only the lead steps are shown. */
  hideConfiguration?: boolean;
  lead: LeadStep[];
  form: ConfigurationForm;
  onForm: (form: ConfigurationForm) => void;
  stored: ActivityConfiguration;
  problems: readonly FieldError[];
  votingSchedule: VotingSchedule;
  onVotingSchedule: (schedule: VotingSchedule) => void;
  /** What went wrong with the last save, as the API said it; shown above the steps. */
  saveError: ReactNode;
  saveLabel: string;
  busy: boolean;
  onSave: () => void;
  /** The step to show, controlled by the page so that a refused save can show the basics. */
  step: number;
  onStep: (step: number) => void;
}

/**
 * The step-by-step form: the page's lead steps, then the configuration steps the kind needs, then
 * a check of the whole configuration with the save button. Each step is drawn once and hidden when
 * not shown, so the inputs keep their values and their checks while the organizer moves about.
 */
export const ConfigurationWizard = (props: WizardProps) => {
  const t = useWizardText();
  const { form, onForm, stored, problems, lead, step, onStep } = props;
  const steps = props.hideConfiguration ? [] : configurationSteps(stored);
  const keys = [...lead.map((s) => s.key), ...steps, ...(props.hideConfiguration ? [] : ["review"])];
  const problemsOf = (key: string) => problems.filter((problem) => stepOfField(problem.field) === key);
  const content = (key: ConfigurationStep): ReactNode => {
    const part = problemsOf(key);
    switch (key) {
      case "categories":
        return (
          <CategoriesStep
            kind={props.kind}
            categories={form.categories}
            onChange={(categories) => onForm({ ...form, categories })}
            entryChannels={form.entryChannels}
            onEntryChannels={(entryChannels) => onForm({ ...form, entryChannels })}
            problems={part}
          />
        );
      case "eligibility":
        return (
          <EligibilityStep
            eligibility={form.eligibility}
            stored={stored.eligibility}
            onChange={(eligibility) => onForm({ ...form, eligibility })}
            problems={part}
          />
        );
      case "rounds":
        return <RoundsStep rounds={form.rounds} onChange={(rounds) => onForm({ ...form, rounds })} problems={part} />;
      case "tieBreaks":
        return (
          <TieBreaksStep
            tieBreaks={form.tieBreaks}
            rounds={form.rounds}
            onChange={(tieBreaks) => onForm({ ...form, tieBreaks })}
            problems={part}
          />
        );
      case "awards":
        return (
          <AwardsStep
            kind={props.kind}
            awards={form.awards}
            onChange={(awards) => onForm({ ...form, awards })}
            problems={part}
          />
        );
      case "publicNotice":
        return (
          <PublicNoticeStep
            notice={form.publicNotice}
            onChange={(publicNotice) => onForm({ ...form, publicNotice })}
            problems={part}
          />
        );
      case "voting":
        return form.voting ? (
          <VotingStep
            voting={form.voting}
            onChange={(voting) => onForm({ ...form, voting })}
            schedule={props.votingSchedule}
            onSchedule={props.onVotingSchedule}
            problems={part}
          />
        ) : null;
    }
  };
  const last = keys.length - 1;
  const canLeave = lead[step]?.complete !== false;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Stepper nonLinear activeStep={step} alternativeLabel sx={{ mb: 3, overflowX: "auto", pb: 1 }}>
        {keys.map((key, index) => {
          const invalid = lead.find((s) => s.key === key)?.invalid || (key !== "review" && problemsOf(key).length > 0);
          const reachable = lead.slice(0, index).every((s) => s.complete !== false);
          return (
            <Step key={key} completed={false}>
              <StepButton onClick={() => onStep(index)} disabled={!reachable} data-testid={`step-${key}`}>
                <StepLabel error={invalid}>{t(`steps.${key}`)}</StepLabel>
              </StepButton>
            </Step>
          );
        })}
      </Stepper>
      {props.saveError ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="save-error">
          {props.saveError}
        </Alert>
      ) : null}
      {lead.map((s, index) => (
        <Box key={s.key} sx={{ display: step === index ? "block" : "none" }}>
          {s.content}
        </Box>
      ))}
      {steps.map((key, index) => (
        <Box key={key} sx={{ display: step === lead.length + index ? "block" : "none" }} data-testid={`panel-${key}`}>
          {content(key)}
        </Box>
      ))}
      {props.hideConfiguration ? null : (
        <Box sx={{ display: step === last ? "block" : "none" }} data-testid="panel-review">
          <ReviewStep problems={problems} form={form} stored={stored} />
        </Box>
      )}
      <Box sx={{ display: "flex", gap: 2, mt: 2, flexWrap: "wrap" }}>
        {step > 0 ? <Button onClick={() => onStep(step - 1)}>{t("back")}</Button> : null}
        {step < last ? (
          <Button variant="contained" disabled={!canLeave} onClick={() => onStep(step + 1)}>
            {t("next")}
          </Button>
        ) : (
          <Button variant="contained" disabled={props.busy || problems.length > 0} onClick={props.onSave}>
            {props.saveLabel}
          </Button>
        )}
      </Box>
    </Box>
  );
};

/** The last step: every problem left, each with the step where it is fixed; once none is left, what will be saved. */
const ReviewStep = ({
  problems,
  form,
  stored,
}: {
  problems: readonly FieldError[];
  form: ConfigurationForm;
  stored: ActivityConfiguration;
}) => {
  const t = useWizardText();
  if (problems.length === 0) {
    const configuration = formToConfiguration(form, stored);
    const summary = {
      id: "review",
      configuration,
      categories: configuration.categories.map((category) => ({
        id: category.categoryId,
        name: category.categoryName,
        capacity: category.capacity,
      })),
    };
    return (
      <>
        <Alert severity="success" sx={{ mb: 2 }}>
          {t("noProblems")}
        </Alert>
        <RecordContextProvider value={summary}>
          <ConfigurationView />
        </RecordContextProvider>
      </>
    );
  }
  return (
    <Alert severity="error">
      {t("allProblems", { count: problems.length })}
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {problems.map((problem) => {
          const step = stepOfField(problem.field);
          return (
            <li key={`${problem.field}-${problem.code}-${problem.message}`}>
              {step === "other" ? t("otherPart") : t(`steps.${step}`)}：{problem.message}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
};

/** The save button's state and the last failure, shared by the create and edit pages. */
export function useSaveState() {
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<ReactNode>(null);
  return { busy, setBusy, saveError, setSaveError };
}
