import Check from "@mui/icons-material/Check";
import Close from "@mui/icons-material/Close";
import Undo from "@mui/icons-material/Undo";
import { Button, Stack } from "@mui/material";
import { type ReactElement, useState } from "react";
import { useListContext, useRecordContext, useTranslate, useUnselectAll } from "react-admin";
import { ReviewDialog, type ReviewOptions } from "./ReviewDialog.tsx";
import { awaitsReview, type ReviewAction, type ReviewableRegistration } from "./reviewRegistration.ts";

const buttons: { action: ReviewAction; label: string; icon: ReactElement; color: "primary" | "warning" | "error" }[] = [
  { action: "APPROVE", label: "resources.Registration.review.approve", icon: <Check />, color: "primary" },
  { action: "RETURN", label: "resources.Registration.review.return", icon: <Undo />, color: "warning" },
  { action: "REJECT", label: "resources.Registration.review.reject", icon: <Close />, color: "error" },
];

/**
 * The decision buttons and their dialog for any reviewable records: registrations by default, or
 * others with their own `review`, `nameOf`, `messages` and the `actions` they allow.
 */
export const ReviewActionButtons = <T extends { id: string } = ReviewableRegistration>({
  registrations,
  onDone,
  size = "medium",
  actions,
  ...options
}: {
  registrations: T[];
  onDone?: () => void;
  size?: "small" | "medium";
  actions?: ReviewAction[];
} & ReviewOptions<T>) => {
  const translate = useTranslate();
  const [action, setAction] = useState<ReviewAction | null>(null);
  const messages = options.messages ?? "resources.Registration.review";
  return (
    <>
      <Stack direction="row" spacing={1}>
        {buttons
          .filter((button) => !actions || actions.includes(button.action))
          .map((button) => (
            <Button
              key={button.action}
              size={size}
              variant={button.action === "APPROVE" ? "contained" : "outlined"}
              color={button.color}
              startIcon={button.icon}
              disabled={registrations.length === 0}
              onClick={() => setAction(button.action)}
            >
              {translate(button.label.replace("resources.Registration.review", messages))}
            </Button>
          ))}
      </Stack>
      {action ? (
        <ReviewDialog<T>
          {...options}
          action={action}
          registrations={registrations}
          onClose={(changed) => {
            setAction(null);
            if (changed) onDone?.();
          }}
        />
      ) : null}
    </>
  );
};

/** Approve / return / reject on the show page, while the registration awaits review. */
export const ReviewButtons = () => {
  const record = useRecordContext<ReviewableRegistration>();
  if (!record || !awaitsReview(record.state)) return null;
  return <ReviewActionButtons registrations={[record]} />;
};

/** The same decisions for every selected row of the list, one request per row. */
export const BulkReviewButtons = () => {
  const { selectedIds, data, resource } = useListContext<ReviewableRegistration>();
  const unselectAll = useUnselectAll(resource ?? "Registration");
  const rows = data ?? [];
  const selected = selectedIds
    .map((id) => rows.find((row) => row.id === id))
    .filter((row): row is ReviewableRegistration => row !== undefined);
  return <ReviewActionButtons size="small" registrations={selected} onDone={() => unselectAll()} />;
};
