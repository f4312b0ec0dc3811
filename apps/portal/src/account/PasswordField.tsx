import { type InputHTMLAttributes, type ReactNode, useId, useState } from "react";
import { useT } from "../i18n/i18n.tsx";

/**
 * A password input with 显示密码 / 隐藏密码, so a worker on a small keyboard can see what they
 * typed. Same frame as TextField (label, hint, error read out by screen readers).
 */
export function PasswordField({
  label,
  error,
  hint,
  id,
  ...input
}: { label: string; error?: string | undefined; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type"
>) {
  const t = useT();
  const generated = useId();
  const fieldId = id ?? generated;
  const [visible, setVisible] = useState(false);
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      <div className="password-input">
        <input
          id={fieldId}
          type={visible ? "text" : "password"}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId}-help`}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          {...input}
        />
        <button
          type="button"
          className="password-toggle"
          aria-controls={fieldId}
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? t("account.password.hide") : t("account.password.show")}
        </button>
      </div>
      <div id={`${fieldId}-help`} className="field-help">
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : (
          hint
        )}
      </div>
    </div>
  );
}
