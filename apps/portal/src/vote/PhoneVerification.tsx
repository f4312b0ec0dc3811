import { isMobilePhone } from "@jinzhou/domain";
import { type FormEvent, useState } from "react";
import { useCountdown } from "../account/use-countdown.ts";
import { useMutation } from "../api/use-query.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { useErrorText } from "../ui/Feedback.tsx";
import { TextField } from "../ui/Field.tsx";
import type { VoterToken } from "./voter-token.ts";

const requestCode = `mutation PortalVoterCode($phone: String!) {
  requestVoterCode(phone: $phone) { challenge maskedPhone expiresAt }
}`;
const verifyCode = `mutation PortalVerifyVoter($challenge: String!, $code: String!) {
  verifyVoterCode(challenge: $challenge, code: $code) { voterToken maskedPhone expiresAt }
}`;

/** The API sends one code per phone a minute. */
const resendSeconds = 60;

interface Challenge {
  challenge: string;
  maskedPhone: string;
  expiresAt: string;
}

/** Anyone without a worker account proves a phone with an SMS code before voting. */
export function PhoneVerification({ onVerified }: { onVerified(token: VoterToken): void }) {
  const t = useT();
  const errorText = useErrorText();
  const [phone, setPhone] = useState("");
  const [touched, setTouched] = useState(false);
  const [code, setCode] = useState("");
  const [challenge, setChallenge] = useState<Challenge>();
  const [resendAt, setResendAt] = useState(0);
  const asking = useMutation<{ phone: string }, { requestVoterCode: Challenge }>(requestCode);
  const verifying = useMutation<{ challenge: string; code: string }, { verifyVoterCode: VoterToken }>(verifyCode);

  const secondsLeft = useCountdown(resendAt);

  const cleanPhone = phone.replace(/[\s-]/g, "");
  const phoneProblem =
    cleanPhone === "" ? t("vote.phone.required") : isMobilePhone(cleanPhone) ? undefined : t("vote.phone.invalid");

  const send = async () => {
    setTouched(true);
    if (phoneProblem) return;
    const answer = await asking.run({ phone: cleanPhone });
    if (!answer) return;
    setChallenge(answer.requestVoterCode);
    setCode("");
    verifying.clearError();
    setResendAt(Date.now() + resendSeconds * 1000);
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    if (!challenge || !/^\d{6}$/.test(code)) return;
    const answer = await verifying.run({ challenge: challenge.challenge, code });
    if (answer) onVerified(answer.verifyVoterCode);
  };

  const codeProblem = code !== "" && !/^\d{1,6}$/.test(code) ? t("vote.code.digits") : undefined;
  return (
    <form className="vote-verify" onSubmit={verify} noValidate>
      <p className="meta">{t("vote.verify.intro")}</p>
      <TextField
        label={t("vote.phone")}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={13}
        value={phone}
        onChange={(event) => {
          setPhone(event.target.value);
          asking.clearError();
        }}
        onBlur={() => setTouched(true)}
        error={asking.error ? errorText(asking.error) : touched || cleanPhone.length >= 11 ? phoneProblem : undefined}
      />
      <Button variant="secondary" block busy={asking.running} disabled={secondsLeft > 0} onClick={send}>
        {secondsLeft > 0
          ? t("vote.code.resendIn", { seconds: secondsLeft })
          : challenge
            ? t("vote.code.resend")
            : t("vote.code.send")}
      </Button>
      {challenge ? (
        <>
          <p className="meta" role="status">
            {t("vote.code.sent", { phone: challenge.maskedPhone })}
          </p>
          <TextField
            label={t("vote.code")}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(event) => {
              setCode(event.target.value.trim());
              verifying.clearError();
            }}
            error={codeProblem ?? (verifying.error ? errorText(verifying.error) : undefined)}
          />
          <Button type="submit" block busy={verifying.running} disabled={!/^\d{6}$/.test(code)}>
            {t("vote.verify.submit")}
          </Button>
        </>
      ) : null}
    </form>
  );
}
