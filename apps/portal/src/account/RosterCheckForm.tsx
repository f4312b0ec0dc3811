import { type FormEvent, useRef, useState } from "react";
import { useMutation } from "../api/use-query.ts";
import { chinaToday } from "../i18n/format.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { TextField } from "../ui/Field.tsx";
import {
  normalizeIdNumber,
  normalizePhone,
  type RosterField,
  type RosterFields,
  type RosterProblem,
  rosterProblems,
} from "./roster-fields.ts";
import { WorkerCodeError } from "./WorkerCodeError.tsx";
import {
  type RequestWorkerCodeVariables,
  requestWorkerCodeMutation,
  type WorkerCodeChallenge,
  type WorkerCodePurpose,
} from "./worker-code-api.ts";

/** A code already sent for these details, still good: going back and on again does not send another. */
export interface SentCode {
  fields: RosterFields;
  challenge: WorkerCodeChallenge;
  /** When it was sent (epoch ms): the resend countdown starts there. */
  sentAt: number;
}

const sameFields = (a: RosterFields, b: RosterFields) =>
  a.name.trim() === b.name.trim() &&
  normalizeIdNumber(a.idNumber) === normalizeIdNumber(b.idNumber) &&
  normalizePhone(a.phone) === normalizePhone(b.phone);

const noneFinished: Record<RosterField, boolean> = { name: false, idNumber: false, phone: false };
const allFinished: Record<RosterField, boolean> = { name: true, idNumber: true, phone: true };
const modeOf = (finished: Record<RosterField, boolean>) => ({
  name: { final: finished.name },
  idNumber: { final: finished.idNumber },
  phone: { final: finished.phone },
});

/**
 * Step 1 of 激活账号 and 忘记密码: name, ID number and phone as on the union roster (工会名册),
 * checked as they are typed (the domain's ID-number check with its check digit, a mainland
 * mobile), then requestWorkerCode sends the SMS code to the roster phone.
 */
export function RosterCheckForm({
  purpose,
  next,
  previous,
  onSent,
}: {
  purpose: WorkerCodePurpose;
  next: string | null;
  /** The code sent last time, whose details fill the form again. */
  previous: SentCode | null;
  onSent(sent: SentCode): void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<RosterFields>(previous?.fields ?? { name: "", idNumber: "", phone: "" });
  const [finished, setFinished] = useState(previous ? allFinished : noneFinished);
  const request = useMutation<RequestWorkerCodeVariables, { requestWorkerCode: WorkerCodeChallenge }>(
    requestWorkerCodeMutation,
  );
  const today = chinaToday();
  const problems = rosterProblems(fields, today, modeOf(finished));
  const problemText = (field: RosterField) => {
    const problem: RosterProblem | null = problems[field];
    return problem ? t(`account.problem.${problem}`) : request.error?.fieldMessage(field);
  };
  const change = (field: RosterField) => (value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    if (request.error) request.clearError();
  };
  const finish = (field: RosterField) => () => setFinished((current) => ({ ...current, [field]: true }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFinished(allFinished);
    if (Object.values(rosterProblems(fields, today, modeOf(allFinished))).some(Boolean)) {
      window.requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    if (
      previous &&
      sameFields(previous.fields, fields) &&
      Date.parse(previous.challenge.expiresAt) > Date.now() + 30_000
    ) {
      onSent({ ...previous, fields });
      return;
    }
    const answer = await request.run({
      purpose,
      name: fields.name.trim(),
      idNumber: normalizeIdNumber(fields.idNumber),
      phone: normalizePhone(fields.phone),
    });
    if (answer) onSent({ fields, challenge: answer.requestWorkerCode, sentAt: Date.now() });
  };

  const typedIdCharacters = normalizeIdNumber(fields.idNumber).length;
  const fieldErrorsShown =
    request.error !== undefined &&
    request.error.fieldErrors.length > 0 &&
    request.error.fieldErrors.every((problem) => problem.field in fields);
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <p className="notice notice-info">{t("account.roster.explain")}</p>
      <TextField
        label={t("account.roster.name")}
        name="name"
        autoComplete="name"
        maxLength={50}
        value={fields.name}
        onChange={(event) => change("name")(event.target.value)}
        onBlur={finish("name")}
        error={problemText("name")}
      />
      <TextField
        label={t("account.roster.idNumber")}
        name="idNumber"
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        maxLength={22}
        value={fields.idNumber}
        onChange={(event) => change("idNumber")(event.target.value)}
        onBlur={finish("idNumber")}
        error={problemText("idNumber")}
        hint={t("account.roster.idNumberHint", { count: typedIdCharacters })}
      />
      <TextField
        label={t("account.roster.phone")}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={13}
        value={fields.phone}
        onChange={(event) => change("phone")(event.target.value)}
        onBlur={finish("phone")}
        error={problemText("phone")}
        hint={t("account.roster.phoneHint")}
      />
      {request.error && !fieldErrorsShown ? <WorkerCodeError error={request.error} next={next} /> : null}
      <Button type="submit" block busy={request.running}>
        {t("account.roster.submit")}
      </Button>
      {request.error?.code === "ROSTER_MISMATCH" ? null : (
        <p className="meta account-who-to-ask">{t("account.roster.whoToAsk")}</p>
      )}
    </form>
  );
}
