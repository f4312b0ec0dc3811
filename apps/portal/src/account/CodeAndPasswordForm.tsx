import { type FormEvent, useRef, useState } from "react";
import { useMutation } from "../api/use-query.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { Notice } from "../ui/Feedback.tsx";
import { TextField } from "../ui/Field.tsx";
import {
  type CodeAndPassword,
  type CodeAndPasswordField,
  codeAndPasswordProblems,
  normalizeCode,
  passwordChecks,
  passwordRule,
} from "./new-password.ts";
import { PasswordField } from "./PasswordField.tsx";
import type { SentCode } from "./RosterCheckForm.tsx";
import { normalizeIdNumber, normalizePhone } from "./roster-fields.ts";
import { useCountdown } from "./use-countdown.ts";
import { WorkerCodeError } from "./WorkerCodeError.tsx";
import {
  type FinishVariables,
  finishMutations,
  type LoginPayload,
  type RequestWorkerCodeVariables,
  requestWorkerCodeMutation,
  type WorkerCodeChallenge,
  type WorkerCodePurpose,
} from "./worker-code-api.ts";

const noneFinished: Record<CodeAndPasswordField, boolean> = { code: false, password: false, confirmation: false };
const allFinished: Record<CodeAndPasswordField, boolean> = { code: true, password: true, confirmation: true };
const modeOf = (finished: Record<CodeAndPasswordField, boolean>) => ({
  code: { final: finished.code },
  password: { final: finished.password },
  confirmation: { final: finished.confirmation },
});

/**
 * Step 2 of 激活账号 and 忘记密码: the 6-digit SMS code sent to the masked roster phone (with a
 * resend button once the API allows it), the new password twice with the domain's rule ticked off
 * as it is typed; then activateWorkerAccount or resetWorkerPassword, which signs the worker in.
 */
export function CodeAndPasswordForm({
  purpose,
  sent,
  next,
  submitLabel,
  onResent,
  onBack,
  onSignedIn,
}: {
  purpose: WorkerCodePurpose;
  sent: SentCode;
  next: string | null;
  submitLabel: string;
  onResent(sent: SentCode): void;
  onBack(): void;
  onSignedIn(payload: LoginPayload): void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CodeAndPassword>({ code: "", password: "", confirmation: "" });
  const [finished, setFinished] = useState(noneFinished);
  const [resent, setResent] = useState(false);
  const mutation = finishMutations[purpose];
  const finishing = useMutation<FinishVariables, Record<string, LoginPayload>>(mutation.document);
  const resending = useMutation<RequestWorkerCodeVariables, { requestWorkerCode: WorkerCodeChallenge }>(
    requestWorkerCodeMutation,
  );
  const resendIn = useCountdown(sent.sentAt + sent.challenge.resendAfterSeconds * 1000);
  const problems = codeAndPasswordProblems(values, modeOf(finished));
  const codeRefused = finishing.error?.code === "WORKER_CODE_INVALID";
  const errorOf = (field: CodeAndPasswordField): string | undefined => {
    const problem = problems[field];
    if (problem) return t(`account.problem.${problem}`);
    if (field === "code" && codeRefused) return finishing.error?.message;
    return finishing.error?.fieldMessage(field);
  };
  const change = (field: CodeAndPasswordField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (finishing.error) finishing.clearError();
  };
  const finish = (field: CodeAndPasswordField) => () => setFinished((current) => ({ ...current, [field]: true }));

  const resend = async () => {
    setResent(false);
    finishing.clearError();
    const answer = await resending.run({
      purpose,
      name: sent.fields.name.trim(),
      idNumber: normalizeIdNumber(sent.fields.idNumber),
      phone: normalizePhone(sent.fields.phone),
    });
    if (!answer) return;
    onResent({ fields: sent.fields, challenge: answer.requestWorkerCode, sentAt: Date.now() });
    setValues((current) => ({ ...current, code: "" }));
    setResent(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFinished(allFinished);
    if (Object.values(codeAndPasswordProblems(values, modeOf(allFinished))).some(Boolean)) {
      window.requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    const answer = await finishing.run({
      challenge: sent.challenge.challenge,
      code: normalizeCode(values.code),
      password: values.password,
    });
    const payload = answer?.[mutation.field];
    if (payload) onSignedIn(payload);
  };

  const checks = passwordChecks(values.password);
  const rules = [
    {
      met: checks.length,
      label: t("account.password.ruleLength", { min: passwordRule.minLength, max: passwordRule.maxLength }),
    },
    { met: checks.letter, label: t("account.password.ruleLetter") },
    { met: checks.digit, label: t("account.password.ruleDigit") },
  ];
  const minutes = Math.max(1, Math.round((Date.parse(sent.challenge.expiresAt) - sent.sentAt) / 60_000));
  const shownOnFields =
    codeRefused ||
    (finishing.error !== undefined &&
      finishing.error.fieldErrors.length > 0 &&
      finishing.error.fieldErrors.every((problem) => problem.field in values));
  const otherError = shownOnFields ? undefined : finishing.error;
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Notice tone="info">
        <p>{t("account.code.sentTo", { phone: sent.challenge.maskedPhone, minutes })}</p>
      </Notice>
      {resent ? <Notice tone="success">{t("account.code.resent")}</Notice> : null}
      <TextField
        label={t("account.code.label")}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        autoFocus
        value={values.code}
        onChange={(event) => change("code")(event.target.value)}
        onBlur={finish("code")}
        error={errorOf("code")}
        hint={t("account.code.hint")}
      />
      <div className="account-resend">
        <Button variant="text" disabled={resendIn > 0} busy={resending.running} onClick={resend}>
          {resendIn > 0 ? t("account.code.resendIn", { seconds: resendIn }) : t("account.code.resend")}
        </Button>
      </div>
      {resending.error ? <WorkerCodeError error={resending.error} next={next} /> : null}
      <PasswordField
        label={t("account.password.new")}
        name="new-password"
        autoComplete="new-password"
        maxLength={passwordRule.maxLength + 1}
        value={values.password}
        onChange={(event) => change("password")(event.target.value)}
        onBlur={finish("password")}
        error={errorOf("password")}
        hint={
          <ul className="password-rules">
            {rules.map((rule) => (
              <li key={rule.label} className={rule.met ? "password-rule-met" : undefined}>
                <span aria-hidden="true">{rule.met ? "✓" : "·"}</span> {rule.label}
                <span className="visually-hidden">
                  {rule.met ? t("account.password.ruleMet") : t("account.password.ruleUnmet")}
                </span>
              </li>
            ))}
          </ul>
        }
      />
      <PasswordField
        label={t("account.password.confirm")}
        name="confirm-password"
        autoComplete="new-password"
        maxLength={passwordRule.maxLength + 1}
        value={values.confirmation}
        onChange={(event) => change("confirmation")(event.target.value)}
        onBlur={finish("confirmation")}
        error={errorOf("confirmation")}
      />
      {otherError ? <WorkerCodeError error={otherError} next={next} /> : null}
      <Button type="submit" block busy={finishing.running}>
        {submitLabel}
      </Button>
      <div className="button-row">
        <Button variant="text" onClick={onBack}>
          ‹ {t("account.code.back")}
        </Button>
      </div>
    </form>
  );
}
