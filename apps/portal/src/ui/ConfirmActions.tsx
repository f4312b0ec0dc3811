import type { ApiError } from "../api/api-error.ts";
import { Button } from "./Button.tsx";
import { ErrorNotice, Notice } from "./Feedback.tsx";

/**
 * The foot of a form's check-before-sending step: what sending means, the API's refusal with each
 * field's problem, and the two buttons (back to editing, send).
 */
export function ConfirmActions({
  warning,
  error,
  running,
  editLabel,
  submitLabel,
  onEdit,
  onSubmit,
}: {
  warning: string;
  error: ApiError | undefined;
  running: boolean;
  editLabel: string;
  submitLabel: string;
  onEdit(): void;
  onSubmit(): void;
}) {
  return (
    <>
      <Notice tone="warning">
        <p>{warning}</p>
      </Notice>
      {error ? <ErrorNotice error={error} /> : null}
      {error?.fieldErrors.map((problem) => (
        <p key={`${problem.field}-${problem.code}`} className="field-error" role="alert">
          {problem.message}
        </p>
      ))}
      <div className="button-row">
        <Button variant="secondary" onClick={onEdit} disabled={running}>
          {editLabel}
        </Button>
        <Button onClick={onSubmit} busy={running}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
