import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { useTranslate } from "react-admin";
import { VotesTable } from "./VotesTable.tsx";
import type { TallyRow } from "./votingApi.ts";

const noSelection = new Set<string>();

/** A candidate's voided votes (无效票), each with its ballot and the reason it was voided. */
export const VoidedVotesDialog = ({
  roundId,
  candidate,
  names,
  onClose,
}: {
  roundId: string;
  candidate: TallyRow;
  names: ReadonlyMap<string, string>;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open fullWidth maxWidth="md" onClose={onClose}>
      <DialogTitle>{translate("resources.PublicVote.voided.title", { name: candidate.name })}</DialogTitle>
      <DialogContent>
        <VotesTable
          filter={{ roundId, registrationId: candidate.registrationId, voided: true }}
          names={names}
          selected={noSelection}
          onSelect={() => {}}
          selectable={false}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("resources.PublicVote.voided.close")}</Button>
      </DialogActions>
    </Dialog>
  );
};
