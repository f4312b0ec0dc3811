import { useState } from "react";
import { Link, useLocation } from "../app/router.tsx";
import { useT } from "../i18n/i18n.tsx";
import { Page } from "../ui/Page.tsx";
import { CodeAndPasswordForm } from "./CodeAndPasswordForm.tsx";
import { finishSignIn } from "./finish-sign-in.ts";
import { RosterCheckForm, type SentCode } from "./RosterCheckForm.tsx";
import { Stepper } from "./Stepper.tsx";
import { withNext } from "./with-next.ts";
import type { WorkerCodePurpose } from "./worker-code-api.ts";

const texts = {
  ACTIVATE: {
    title: "account.activate.title",
    intro: "account.activate.intro",
    submit: "account.activate.submit",
    done: "account.activate.done",
    elsewhere: [
      ["/login", "account.login.submit"],
      ["/reset-password", "account.login.forgot"],
    ],
  },
  RESET_PASSWORD: {
    title: "account.reset.title",
    intro: "account.reset.intro",
    submit: "account.reset.submit",
    done: "account.reset.done",
    elsewhere: [
      ["/activate", "account.login.activate"],
      ["/login", "account.login.submit"],
    ],
  },
} as const;

/**
 * 激活账号 and 忘记密码 share their two steps: who you are on the roster, then the SMS code and the
 * new password. The purpose decides the words and which mutation finishes; both sign the worker
 * in and go on to `?next=` or 我的 with a notice.
 */
export function WorkerCodePage({ purpose }: { purpose: WorkerCodePurpose }) {
  const t = useT();
  const { search } = useLocation();
  const next = search.get("next");
  const words = texts[purpose];
  const [sent, setSent] = useState<SentCode | null>(null);
  const [step, setStep] = useState<1 | 2>(1);
  const goTo = (target: 1 | 2) => {
    setStep(target);
    window.scrollTo(0, 0);
  };
  return (
    <Page title={t(words.title)} back={withNext("/login", next)}>
      <p className="meta">{t(words.intro)}</p>
      <Stepper step={step} />
      {step === 2 && sent ? (
        <CodeAndPasswordForm
          purpose={purpose}
          sent={sent}
          next={next}
          submitLabel={t(words.submit)}
          onResent={setSent}
          onBack={() => goTo(1)}
          onSignedIn={(payload) => finishSignIn(payload, next, t(words.done, { name: payload.user.displayName }))}
        />
      ) : (
        <RosterCheckForm
          purpose={purpose}
          next={next}
          previous={sent}
          onSent={(fresh) => {
            setSent(fresh);
            goTo(2);
          }}
        />
      )}
      <p className="account-links">
        {words.elsewhere.map(([path, label]) => (
          <Link key={path} to={withNext(path, next)}>
            {t(label)}
          </Link>
        ))}
      </p>
    </Page>
  );
}
