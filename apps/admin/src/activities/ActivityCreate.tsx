import { type ActivityConfiguration, type ActivityKind, activityKinds, activityTemplate } from "@jinzhou/domain";
import { Alert, Box, Button, FormControlLabel, Radio, RadioGroup } from "@mui/material";
import { useEffect, useState } from "react";
import { Create, useGetList, useNotify, useRedirect, useTranslate } from "react-admin";
import { BasicsStep } from "./BasicsStep.tsx";
import { type BasicsField, type BasicsForm, emptyBasics, missingBasics, yearUnreadable } from "./basics-form.ts";
import { ConfigurationWizard, useConfigurationProblems, useSaveState } from "./ConfigurationWizard.tsx";
import { type ConfigurationForm, configurationToForm, formToConfiguration } from "./configuration-form.ts";
import {
  basicsFieldErrors,
  createDraft,
  type DraftRef,
  saveErrorText,
  scheduleVoting,
  updateDraft,
} from "./configuration-save.ts";
import type { VotingSchedule } from "./VotingStep.tsx";
import { useWizardText } from "./WizardControls.tsx";

const KindStep = ({
  kind,
  onKind,
  locked,
}: {
  kind: ActivityKind | "";
  onKind: (kind: ActivityKind) => void;
  locked: boolean;
}) => {
  const translate = useTranslate();
  return (
    <RadioGroup
      value={kind}
      aria-label={translate("resources.Activity.fields.kind")}
      onChange={(event) => onKind(event.target.value as ActivityKind)}
    >
      {activityKinds.map((id) => (
        <FormControlLabel
          key={id}
          value={id}
          disabled={locked}
          control={<Radio />}
          label={translate(`resources.Activity.kinds.${id}`)}
        />
      ))}
    </RadioGroup>
  );
};

/** Before a kind is chosen the configuration steps are hidden; this template only fills the state. */
const placeholderKind: ActivityKind = "PERFORMANCE_CONTEST";

/**
 * 新建活动: the kind, the basics, then the kind's template step by step. Saving creates the draft and
 * then writes its configuration; if that second call is refused, the organizer stays here with the
 * API's reasons, told that the draft exists, and the next save only writes the name, dates and
 * configuration of that same draft.
 */
const CreateWizard = () => {
  const t = useWizardText();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { data: departments } = useGetList<{ id: string; code: string }>("Department", {
    pagination: { page: 1, perPage: 100 },
  });
  const [basics, setBasics] = useState<BasicsForm>(() => emptyBasics(new Date().getFullYear()));
  const [serverBasics, setServerBasics] = useState<Partial<Record<BasicsField, string[]>>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [stored, setStored] = useState<ActivityConfiguration>(() => activityTemplate(placeholderKind));
  const [form, setForm] = useState<ConfigurationForm>(() => configurationToForm(stored));
  const [votingSchedule, setVotingSchedule] = useState<VotingSchedule>({ opensOn: "", closesOn: "" });
  const [draft, setDraft] = useState<DraftRef | null>(null);
  const [step, setStep] = useState(0);
  const { busy, setBusy, saveError, setSaveError } = useSaveState();
  const problems = useConfigurationProblems(form, stored);

  const chooseKind = (kind: ActivityKind) => {
    const template = activityTemplate(kind);
    setStored(template);
    setForm(configurationToForm(template));
    setBasics((current) => ({ ...current, kind, name: current.name || template.name }));
  };

  // The kind's owning department (文化宫 for a choir contest) until the organizer picks another.
  const ownerCode = basics.kind === "" ? null : stored.ownerDepartmentCode;
  useEffect(() => {
    const owner = departments?.find((department) => department.code === ownerCode);
    if (owner)
      setBasics((current) => (current.departmentId ? current : { ...current, departmentId: String(owner.id) }));
  }, [departments, ownerCode]);

  const missing = missingBasics(basics, false);
  const basicsProblems: Partial<Record<BasicsField, string[]>> = { ...serverBasics };
  if (yearUnreadable(basics)) basicsProblems.year = [t("yearFormat")];
  if (showMissing) {
    for (const field of missing) basicsProblems[field] = [translate("ra.validation.required")];
  }

  const save = async () => {
    if (missing.length > 0 || yearUnreadable(basics)) {
      setShowMissing(true);
      setStep(1);
      return;
    }
    setBusy(true);
    setSaveError(null);
    setServerBasics({});
    let made = draft;
    try {
      if (made === null) {
        try {
          made = await createDraft(basics);
          setDraft(made);
        } catch (error) {
          setServerBasics(basicsFieldErrors(error));
          setSaveError(saveErrorText(error));
          setStep(1);
          return;
        }
      }
      try {
        const updated = await updateDraft(made, basics, formToConfiguration(form, stored));
        setDraft({ ...made, version: updated.version });
      } catch (error) {
        setServerBasics(basicsFieldErrors(error));
        setSaveError(t("draftSaved", { name: made.name, error: saveErrorText(error) }));
        return;
      }
      try {
        await scheduleVoting(made.id, votingSchedule.opensOn, votingSchedule.closesOn);
      } catch (error) {
        notify(t("votingScheduleFailed", { error: saveErrorText(error) }), { type: "warning" });
      }
      notify("ra.notification.created", { type: "success", messageArgs: { smart_count: 1 } });
      redirect("show", "Activity", made.id);
    } finally {
      setBusy(false);
    }
  };

  const kind = basics.kind;
  return (
    <ConfigurationWizard
      kind={kind || placeholderKind}
      hideConfiguration={kind === ""}
      lead={[
        {
          key: "kind",
          content: <KindStep kind={kind} onKind={chooseKind} locked={draft !== null} />,
          complete: kind !== "",
        },
        {
          key: "basics",
          content: (
            <>
              {kind ? (
                <Alert severity="info" sx={{ mb: 2 }}>
                  {t("templateNote", { kind: translate(`resources.Activity.kinds.${kind}`) })}
                </Alert>
              ) : null}
              <BasicsStep basics={basics} onChange={setBasics} problems={basicsProblems} fixed={draft !== null} />
            </>
          ),
          invalid: Object.keys(basicsProblems).length > 0,
        },
      ]}
      form={form}
      onForm={setForm}
      stored={stored}
      problems={problems}
      votingSchedule={votingSchedule}
      onVotingSchedule={setVotingSchedule}
      saveError={
        saveError ? (
          <>
            {saveError}
            {draft ? (
              <Box>
                <Button size="small" onClick={() => redirect("show", "Activity", draft.id)}>
                  {t("openDraft")}
                </Button>
              </Box>
            ) : null}
          </>
        ) : null
      }
      saveLabel={t(draft ? "saveConfiguration" : "create")}
      busy={busy}
      onSave={() => void save()}
      step={step}
      onStep={setStep}
    />
  );
};

export const ActivityCreate = () => (
  <Create>
    <CreateWizard />
  </Create>
);
