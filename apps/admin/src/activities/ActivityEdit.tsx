import { type ActivityConfiguration, type ActivityKind, activityTemplate, isActivityKind } from "@jinzhou/domain";
import { useEffect, useState } from "react";
import { Edit, useNotify, useRecordContext, useRedirect, useRefresh } from "react-admin";
import { BasicsStep } from "./BasicsStep.tsx";
import { type BasicsField, type BasicsForm, basicsOf, missingBasics } from "./basics-form.ts";
import { ConfigurationWizard, useConfigurationProblems, useSaveState } from "./ConfigurationWizard.tsx";
import { type ConfigurationForm, configurationToForm, formToConfiguration } from "./configuration-form.ts";
import {
  basicsFieldErrors,
  readVotingSchedule,
  saveErrorText,
  scheduleVoting,
  updateDraft,
} from "./configuration-save.ts";
import type { VotingSchedule } from "./VotingStep.tsx";
import { useWizardText } from "./WizardControls.tsx";

interface DraftRecord {
  id: string;
  version: number;
  kind: string;
  code: string;
  name: string;
  year: number;
  departmentId: string;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  judgingEndsOn: string | null;
  completedBy: string | null;
  deadlinePhrase: string | null;
  configuration: ActivityConfiguration | string | null;
}

function storedConfiguration(record: DraftRecord): ActivityConfiguration {
  const raw = record.configuration;
  const parsed = typeof raw === "string" ? (JSON.parse(raw) as ActivityConfiguration) : raw;
  // A configuration is always stored with an activity; the template only guards against a missing one.
  return parsed ?? activityTemplate(isActivityKind(record.kind) ? record.kind : "PERFORMANCE_CONTEST");
}

/** A draft's basics, dates and whole configuration, step by step, saved in one call with the version read. */
const DraftWizard = ({ record }: { record: DraftRecord }) => {
  const t = useWizardText();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const [stored] = useState(() => storedConfiguration(record));
  const [form, setForm] = useState<ConfigurationForm>(() => configurationToForm(stored));
  const [basics, setBasics] = useState<BasicsForm>(() => basicsOf(record));
  const [serverBasics, setServerBasics] = useState<Partial<Record<BasicsField, string[]>>>({});
  const [votingSchedule, setVotingSchedule] = useState<VotingSchedule>({ opensOn: "", closesOn: "" });
  const [savedSchedule, setSavedSchedule] = useState<VotingSchedule>({ opensOn: "", closesOn: "" });
  const [step, setStep] = useState(0);
  const { busy, setBusy, saveError, setSaveError } = useSaveState();
  const problems = useConfigurationProblems(form, stored);
  const hasVote = stored.voting !== null;

  useEffect(() => {
    if (!hasVote) return;
    readVotingSchedule(record.id)
      .then((schedule) => {
        setVotingSchedule(schedule);
        setSavedSchedule(schedule);
      })
      .catch(() => undefined);
  }, [hasVote, record.id]);

  const missing = missingBasics(basics, true);
  const basicsProblems: Partial<Record<BasicsField, string[]>> = { ...serverBasics };
  for (const field of missing) basicsProblems[field] = [t("required")];

  const save = async () => {
    if (missing.length > 0) {
      setStep(0);
      return;
    }
    setBusy(true);
    setSaveError(null);
    setServerBasics({});
    try {
      await updateDraft(record, basics, formToConfiguration(form, stored));
    } catch (error) {
      setServerBasics(basicsFieldErrors(error));
      setSaveError(saveErrorText(error));
      setBusy(false);
      return;
    }
    try {
      if (votingSchedule.opensOn !== savedSchedule.opensOn || votingSchedule.closesOn !== savedSchedule.closesOn) {
        await scheduleVoting(record.id, votingSchedule.opensOn, votingSchedule.closesOn);
      }
    } catch (error) {
      notify(t("votingScheduleFailed", { error: saveErrorText(error) }), { type: "warning" });
    }
    setBusy(false);
    notify("ra.notification.updated", { type: "success", messageArgs: { smart_count: 1 } });
    refresh();
    redirect("show", "Activity", record.id);
  };

  return (
    <ConfigurationWizard
      kind={record.kind as ActivityKind}
      lead={[
        {
          key: "basics",
          content: <BasicsStep basics={basics} onChange={setBasics} problems={basicsProblems} fixed />,
          invalid: Object.keys(basicsProblems).length > 0,
        },
      ]}
      form={form}
      onForm={setForm}
      stored={stored}
      problems={problems}
      votingSchedule={votingSchedule}
      onVotingSchedule={setVotingSchedule}
      saveError={saveError}
      saveLabel={t("save")}
      busy={busy}
      onSave={() => void save()}
      step={step}
      onStep={setStep}
    />
  );
};

const DraftWizardOfRecord = () => {
  const record = useRecordContext<DraftRecord>();
  // Keyed by version: a reload after someone else's change starts from what is stored now.
  return record ? <DraftWizard key={`${record.id}-${record.version}`} record={record} /> : null;
};

export const ActivityEdit = () => (
  <Edit mutationMode="pessimistic" actions={false}>
    <DraftWizardOfRecord />
  </Edit>
);
