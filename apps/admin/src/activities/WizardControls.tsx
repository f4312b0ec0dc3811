import type { FieldError } from "@jinzhou/domain";
import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import DeleteOutline from "@mui/icons-material/DeleteOutline";
import { Alert, Box, Checkbox, FormControlLabel, IconButton, MenuItem, TextField } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { problemsAt } from "./configuration-form.ts";

/** The wizard's texts: `resources.Activity.wizard.<key>`. */
export function useWizardText() {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`resources.Activity.wizard.${key}`, options);
}

/**
 * The problems of one step, and which of them a field shows: `at(path)` returns the messages for a
 * field and remembers the path, so that `unplaced()` (called after the fields are built) lists only
 * the messages that no field shows.
 */
export function stepProblems(problems: readonly FieldError[]) {
  const placed = new Set<string>();
  return {
    at(path: string): string[] {
      placed.add(path);
      return problemsAt(problems, path, { exact: true });
    },
    unplaced(): string[] {
      return problems.filter((problem) => !placed.has(problem.field)).map((problem) => problem.message);
    },
  };
}

interface TextBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: readonly string[];
  help?: string;
  width?: number | string;
  numeric?: boolean;
  type?: string;
  testId?: string;
  disabled?: boolean;
}

/** A text or number box that shows its domain problems in red under it. */
export const TextBox = ({
  label,
  value,
  onChange,
  problems = [],
  help,
  width = 160,
  numeric,
  type,
  testId,
  disabled,
}: TextBoxProps) => (
  <TextField
    size="small"
    disabled={disabled}
    label={label}
    value={value}
    type={type}
    onChange={(event) => onChange(event.target.value)}
    error={problems.length > 0}
    helperText={problems.length > 0 ? problems.join("；") : help}
    slotProps={{
      htmlInput: { ...(numeric ? { inputMode: "decimal" } : {}), ...(testId ? { "data-testid": testId } : {}) },
      inputLabel: type === "date" ? { shrink: true } : undefined,
    }}
    sx={{ width, maxWidth: "100%" }}
  />
);

interface ChoiceBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly { id: string; name: string }[];
  problems?: readonly string[];
  width?: number | string;
  disabled?: boolean;
}

export const ChoiceBox = ({
  label,
  value,
  onChange,
  choices,
  problems = [],
  width = 200,
  disabled,
}: ChoiceBoxProps) => (
  <TextField
    select
    disabled={disabled}
    size="small"
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    error={problems.length > 0}
    helperText={problems.length > 0 ? problems.join("；") : undefined}
    // "不限" is the empty choice: show it, with the label above, rather than an empty box.
    slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    sx={{ width, maxWidth: "100%" }}
  >
    {choices.map((choice) => (
      <MenuItem key={choice.id} value={choice.id}>
        {choice.name}
      </MenuItem>
    ))}
  </TextField>
);

export const CheckBox = ({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => (
  <FormControlLabel
    control={<Checkbox checked={checked} onChange={(event) => onChange(event.target.checked)} />}
    label={label}
  />
);

/** Problems no field shows, at the top of a step. */
export const ProblemAlert = ({ messages, title }: { messages: readonly string[]; title?: string }) =>
  messages.length === 0 ? null : (
    <Alert severity="error" sx={{ mb: 2 }} data-testid="step-problems">
      {title}
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
    </Alert>
  );

/** Up, down and remove buttons for one row of an ordered list. */
export const RowActions = ({
  index,
  count,
  onMove,
  onRemove,
  label,
}: {
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onRemove?: (index: number) => void;
  /** Names the row for screen readers, e.g. the category's name. */
  label: string;
}) => {
  const t = useWizardText();
  return (
    <Box sx={{ display: "flex", alignItems: "center" }}>
      {onMove ? (
        <>
          <IconButton
            size="small"
            aria-label={`${t("moveUp")} ${label}`}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <ArrowUpward fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={`${t("moveDown")} ${label}`}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <ArrowDownward fontSize="small" />
          </IconButton>
        </>
      ) : null}
      {onRemove ? (
        <IconButton size="small" aria-label={`${t("remove")} ${label}`} onClick={() => onRemove(index)}>
          <DeleteOutline fontSize="small" />
        </IconButton>
      ) : null}
    </Box>
  );
};

/** A row of fields that wraps on a narrow screen. */
export const FieldRow = ({ children, testId }: { children: ReactNode; testId?: string }) => (
  <Box data-testid={testId} sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "flex-start", py: 1 }}>
    {children}
  </Box>
);
