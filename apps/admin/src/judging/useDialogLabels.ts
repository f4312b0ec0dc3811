import { useTranslate } from "react-admin";

/** The labels every reason dialog of the organizer's desk shares. */
export function useDialogLabels() {
  const translate = useTranslate();
  return {
    cancelLabel: translate("resources.Judging.dialog.cancel"),
    confirmLabel: translate("resources.Judging.dialog.confirm"),
    reasonRequired: translate("resources.Judging.dialog.reasonRequired"),
  };
}
