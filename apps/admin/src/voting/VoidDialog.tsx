import { useNotify, useTranslate } from "react-admin";
import { ReasonDialog } from "../layout/ReasonDialog.tsx";
import { voidVotes } from "./votingApi.ts";

/** Voids the chosen votes with a reason; the API refuses all of them if any cannot be voided. */
export const VoidDialog = ({
  roundId,
  voteIds,
  onClose,
}: {
  roundId: string;
  voteIds: string[];
  onClose: (changed: boolean) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.PublicVote.void.${key}`, options);

  return (
    <ReasonDialog
      title={t("title")}
      text={t("count", { count: voteIds.length })}
      reasonLabel={t("reason")}
      reasonRequired={t("reasonRequired")}
      cancelLabel={t("cancel")}
      confirmLabel={t("confirm")}
      name="voidReason"
      confirmColor="error"
      action={async (reason) => {
        const { voidVotes: voided } = await voidVotes(roundId, voteIds, reason);
        notify(t("done", { count: voided.length }), { type: "success" });
      }}
      onClose={onClose}
    />
  );
};
