import { useCallback, useState } from "react";
import { useMutation } from "../api/use-query.ts";
import { formatDay } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ConfirmDialog } from "../ui/ConfirmDialog.tsx";
import { ErrorNotice, Notice } from "../ui/Feedback.tsx";
import { TextArea } from "../ui/Field.tsx";
import { type MyRegistration, type WithdrawAnswer, withdrawMutation } from "./queries.ts";
import { withdrawWarning } from "./registration-outcome.ts";

const reasonMaxLength = 200;

/**
 * 撤销报名 for the worker's own registration: a confirmation explaining that a confirmed place goes
 * to the first on the waiting list (or that a waiting position is lost) and until when one may
 * withdraw, then withdrawRegistration(id, reason, version). The API's refusal (past the deadline,
 * changed meanwhile …) is shown in its own words.
 *
 * Used on /me/registrations/:id: `<WithdrawButton registration={r} registrationClosesOn={day} onWithdrawn={reload} />`.
 */
export function WithdrawButton({
  registration,
  registrationClosesOn,
  onWithdrawn,
}: {
  registration: Pick<MyRegistration, "id" | "state" | "version">;
  /** The activity's registration deadline (YYYY-MM-DD), named in the confirmation when known. */
  registrationClosesOn?: string | null;
  /** Called with the registration as it is after withdrawing (state WITHDRAWN, new version). */
  onWithdrawn?(registration: MyRegistration): void;
}) {
  const { t, locale } = useI18n();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState(false);
  const withdraw = useMutation<{ id: string; reason: string | null; version: number }, WithdrawAnswer>(
    withdrawMutation,
  );
  const close = useCallback(() => {
    setAsking(false);
    withdraw.clearError();
  }, [withdraw.clearError]);
  const confirm = async () => {
    const answer = await withdraw.run({
      id: registration.id,
      reason: reason.trim() === "" ? null : reason.trim(),
      version: registration.version,
    });
    if (!answer) return;
    setAsking(false);
    setDone(true);
    onWithdrawn?.(answer.withdrawRegistration);
  };
  if (done) return <Notice tone="success">{t("activities.withdraw.done")}</Notice>;
  return (
    <>
      <Button variant="danger" onClick={() => setAsking(true)}>
        {t("activities.withdraw.button")}
      </Button>
      {asking ? (
        <ConfirmDialog
          title={t("activities.withdraw.title")}
          confirmLabel={t("activities.withdraw.confirm")}
          cancelLabel={t("activities.withdraw.cancel")}
          busy={withdraw.running}
          onConfirm={confirm}
          onCancel={close}
        >
          <p>{t(withdrawWarning(registration.state))}</p>
          <p className="meta">
            {registrationClosesOn
              ? t("activities.withdraw.deadline", { date: formatDay(registrationClosesOn, locale) })
              : t("activities.withdraw.noDeadline")}
          </p>
          <TextArea
            label={t("activities.withdraw.reason")}
            value={reason}
            maxLength={reasonMaxLength}
            rows={2}
            onChange={(event) => setReason(event.target.value)}
          />
          {withdraw.error ? <ErrorNotice error={withdraw.error} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
