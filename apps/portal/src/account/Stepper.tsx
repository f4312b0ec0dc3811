import { useT } from "../i18n/i18n.tsx";

/** 第 1 步 核对身份 → 第 2 步 验证并设置密码, with the current step lit. */
export function Stepper({ step }: { step: 1 | 2 }) {
  const t = useT();
  const labels = [t("account.step.roster"), t("account.step.code")];
  return (
    <div className="stepper">
      <p className="meta">{t("account.step", { step })}</p>
      <ol className="stepper-steps">
        {labels.map((label, index) => (
          <li
            key={label}
            className={index + 1 === step ? "stepper-step stepper-current" : "stepper-step"}
            aria-current={index + 1 === step ? "step" : undefined}
          >
            <span className="stepper-number" aria-hidden="true">
              {index + 1}
            </span>
            {label}
          </li>
        ))}
      </ol>
    </div>
  );
}
