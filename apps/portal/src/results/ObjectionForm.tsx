import { type FormEvent, useId, useRef, useState } from "react";
import { useMutation } from "../api/use-query.ts";
import { formatDay } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ConfirmActions } from "../ui/ConfirmActions.tsx";
import { Notice } from "../ui/Feedback.tsx";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Card } from "../ui/Page.tsx";
import { EvidenceUploads } from "./EvidenceUploads.tsx";
import {
  contactPhoneValue,
  emptyObjection,
  type ObjectionDraft,
  type ObjectionField,
  objectionLimits,
  objectionProblems,
  phoneProblemWhileTyping,
} from "./objection-form.ts";
import type { NoticeEntry } from "./results-model.ts";
import { useEvidenceUploads } from "./use-evidence-uploads.ts";

const fileObjectionMutation = `mutation FileObjection($activityId: ID!, $entryId: ID!, $content: String!,
  $contactName: String!, $contactPhone: String, $otherContact: String, $attachmentIds: [ID!]) {
  fileObjection(activityId: $activityId, entryId: $entryId, content: $content, contactName: $contactName,
    contactPhone: $contactPhone, otherContact: $otherContact, attachmentIds: $attachmentIds) {
    id status late filedOn
  }
}`;

interface Filed {
  id: string;
  late: boolean;
  filedOn: string;
}

/**
 * 提出异议 while the notice is open: which entry, what and why (with a count against the limit), a
 * contact (name and a phone, or another contact), up to five evidence files; then a check of it
 * all before it is sent, and a receipt with the objection's number.
 */
export function ObjectionForm({
  activityId,
  entries,
  onClose,
}: {
  activityId: string;
  entries: NoticeEntry[];
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<ObjectionDraft>(emptyObjection);
  const [touched, setTouched] = useState<Partial<Record<ObjectionField, boolean>>>({});
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [tried, setTried] = useState(false);
  const [filed, setFiled] = useState<Filed>();
  const evidence = useEvidenceUploads(objectionLimits.evidenceFiles);
  const mutation = useMutation<Record<string, unknown>, { fileObjection: Filed }>(fileObjectionMutation);
  const entrySelectId = useId();
  // The form sits below the ranking: each step starts at its own top, not the page's.
  const top = useRef<HTMLDivElement>(null);
  const showTop = () => window.requestAnimationFrame(() => top.current?.scrollIntoView({ block: "start" }));

  const problems = objectionProblems(draft);
  const shown = (field: ObjectionField) => {
    if (field === "contactPhone" && !tried) {
      const typing = phoneProblemWhileTyping(draft.contactPhone, Boolean(touched.contactPhone));
      if (typing) return t(typing);
      return touched.contactPhone && touched.otherContact && problems.contactPhone
        ? t(problems.contactPhone)
        : undefined;
    }
    const problem = problems[field];
    return problem && (tried || touched[field]) ? t(problem) : undefined;
  };
  const set = (field: ObjectionField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    mutation.clearError();
  };
  const leave = (field: ObjectionField) => () => setTouched((current) => ({ ...current, [field]: true }));
  const entry = entries.find((candidate) => candidate.registrationId === draft.entryId);

  if (filed) {
    return (
      <div ref={top}>
        <Card className="objection-receipt">
          <Notice tone="success">
            <p>
              <strong>{t("results.objection.receipt")}</strong>
            </p>
            <p>{t("results.objection.reference", { id: filed.id })}</p>
            <p>{t("results.objection.filedOn", { date: formatDay(filed.filedOn, locale) })}</p>
            {filed.late ? <p>{t("results.objection.late")}</p> : null}
          </Notice>
          <Button variant="secondary" block onClick={onClose}>
            {t("results.objection.back")}
          </Button>
        </Card>
      </div>
    );
  }

  const review = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0 || evidence.busy) return;
    setStep("confirm");
    showTop();
  };
  const submit = async () => {
    const answer = await mutation.run({
      activityId,
      entryId: draft.entryId,
      content: draft.content.trim(),
      contactName: draft.contactName.trim(),
      contactPhone: draft.contactPhone.trim() === "" ? null : contactPhoneValue(draft.contactPhone),
      otherContact: draft.otherContact.trim() === "" ? null : draft.otherContact.trim(),
      attachmentIds: evidence.attachmentIds,
    });
    if (answer) {
      setFiled(answer.fileObjection);
      showTop();
    }
  };

  if (step === "confirm") {
    return (
      <div ref={top}>
        <Card className="objection-confirm">
          <h3>{t("results.objection.confirmTitle")}</h3>
          <dl className="facts">
            <dt>{t("results.objection.entry")}</dt>
            <dd>
              {entry
                ? t("results.objection.entryOption", {
                    name: entry.entrantName,
                    unit: entry.organizationName,
                    category: entry.categoryName,
                  })
                : ""}
            </dd>
            <dt>{t("results.objection.content")}</dt>
            <dd className="pre-wrap">{draft.content.trim()}</dd>
            <dt>{t("results.objection.contactName")}</dt>
            <dd>{draft.contactName.trim()}</dd>
            {draft.contactPhone.trim() ? (
              <>
                <dt>{t("results.objection.contactPhone")}</dt>
                <dd>{contactPhoneValue(draft.contactPhone)}</dd>
              </>
            ) : null}
            {draft.otherContact.trim() ? (
              <>
                <dt>{t("results.objection.otherContact")}</dt>
                <dd>{draft.otherContact.trim()}</dd>
              </>
            ) : null}
            <dt>{t("results.objection.evidenceShort")}</dt>
            <dd>
              {evidence.attachmentIds.length > 0
                ? t("results.objection.evidenceCount", { count: evidence.attachmentIds.length })
                : t("results.objection.none")}
            </dd>
          </dl>
          <ConfirmActions
            warning={t("results.objection.confirmText")}
            error={mutation.error}
            running={mutation.running}
            editLabel={t("results.objection.edit")}
            submitLabel={t("results.objection.submit")}
            onEdit={() => setStep("edit")}
            onSubmit={submit}
          />
        </Card>
      </div>
    );
  }

  const entryProblem = shown("entryId");
  return (
    <div ref={top}>
      <Card className="objection-form">
        <form noValidate onSubmit={review}>
          <h3>{t("results.objection.title")}</h3>
          <p className="meta">{t("results.objection.intro")}</p>
          <div className={entryProblem ? "field field-invalid" : "field"}>
            <label htmlFor={entrySelectId}>{t("results.objection.entry")}</label>
            <select
              id={entrySelectId}
              value={draft.entryId}
              onChange={(event) => set("entryId")(event.target.value)}
              onBlur={leave("entryId")}
              aria-invalid={entryProblem ? true : undefined}
            >
              <option value="">{t("results.objection.entryChoose")}</option>
              {entries.map((option) => (
                <option key={option.registrationId} value={option.registrationId}>
                  {t("results.objection.entryOption", {
                    name: option.entrantName,
                    unit: option.organizationName,
                    category: option.categoryName,
                  })}
                </option>
              ))}
            </select>
            <div className="field-help">
              {entryProblem ? (
                <span className="field-error" role="alert">
                  {entryProblem}
                </span>
              ) : null}
            </div>
          </div>
          <TextArea
            label={t("results.objection.content")}
            hint={t("results.objection.contentHint")}
            value={draft.content}
            maxLength={objectionLimits.content}
            onChange={(event) => set("content")(event.target.value)}
            onBlur={leave("content")}
            error={shown("content")}
          />
          <TextField
            label={t("results.objection.contactName")}
            value={draft.contactName}
            autoComplete="name"
            maxLength={objectionLimits.contactName}
            onChange={(event) => set("contactName")(event.target.value)}
            onBlur={leave("contactName")}
            error={shown("contactName")}
          />
          <TextField
            label={t("results.objection.contactPhone")}
            hint={t("results.objection.contactPhoneHint")}
            value={draft.contactPhone}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            onChange={(event) => set("contactPhone")(event.target.value)}
            onBlur={leave("contactPhone")}
            error={shown("contactPhone")}
          />
          <TextField
            label={t("results.objection.otherContact")}
            hint={t("results.objection.otherContactHint")}
            value={draft.otherContact}
            maxLength={objectionLimits.otherContact}
            onChange={(event) => set("otherContact")(event.target.value)}
            onBlur={leave("otherContact")}
            error={shown("otherContact")}
          />
          <EvidenceUploads evidence={evidence} max={objectionLimits.evidenceFiles} />
          {tried && Object.keys(problems).length > 0 ? (
            <p className="field-error" role="alert">
              {t("results.objection.fixProblems")}
            </p>
          ) : null}
          {tried && evidence.busy ? <p className="meta">{t("results.objection.evidenceWait")}</p> : null}
          <div className="button-row">
            <Button variant="secondary" onClick={onClose}>
              {t("results.objection.cancel")}
            </Button>
            <Button type="submit">{t("results.objection.next")}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
