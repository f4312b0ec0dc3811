import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useId } from "react";

interface FieldFrame {
  label: string;
  /** A problem with what was typed (shown in red, read out by screen readers). */
  error?: string | undefined;
  /** A short help line under the field. */
  hint?: ReactNode;
}

/** A labelled text input with its hint and error; phones get the right keyboard through inputMode. */
export function TextField({ label, error, hint, id, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      <input id={fieldId} aria-invalid={error ? true : undefined} aria-describedby={`${fieldId}-help`} {...input} />
      <FieldHelp id={`${fieldId}-help`} error={error} hint={hint} />
    </div>
  );
}

/** A labelled multi-line input, with the count of characters typed against the limit. */
export function TextArea({
  label,
  error,
  hint,
  id,
  maxLength,
  value,
  ...area
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${fieldId}-help`}
        maxLength={maxLength}
        value={value}
        {...area}
      />
      <FieldHelp
        id={`${fieldId}-help`}
        error={error}
        hint={
          maxLength ? (
            <>
              {hint}
              <span className="field-count">
                {value.length}/{maxLength}
              </span>
            </>
          ) : (
            hint
          )
        }
      />
    </div>
  );
}

function FieldHelp({ id, error, hint }: { id: string; error?: string | undefined; hint?: ReactNode }) {
  return (
    <div id={id} className="field-help">
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : (
        hint
      )}
    </div>
  );
}
