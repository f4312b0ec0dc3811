import ReportProblem from "@mui/icons-material/ReportProblem";
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { VoidDialog } from "./VoidDialog.tsx";
import { VotesTable } from "./VotesTable.tsx";
import type { Finding } from "./votingApi.ts";

/** One prompt to check: what was seen, and the ballots behind it, selectable for voiding. */
const FindingCard = ({
  finding,
  roundId,
  names,
  version,
  onChanged,
}: {
  finding: Finding;
  roundId: string;
  names: ReadonlyMap<string, string>;
  version: number;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [voiding, setVoiding] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.PublicVote.${key}`, options);
  return (
    <Card variant="outlined" data-testid="suspicious-finding" data-kind={finding.kind}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 1 }}>
          <ReportProblem color="warning" />
          <Chip size="small" color="warning" label={t(`suspicious.kinds.${finding.kind}`, { _: finding.kind })} />
          <Typography variant="body2">{finding.description}</Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap", rowGap: 1 }}>
          <Button size="small" onClick={() => setOpen(!open)}>
            {open ? t("suspicious.hideVotes") : t("suspicious.showVotes", { count: finding.voteCount })}
          </Button>
          {open ? (
            <Button
              size="small"
              variant="contained"
              color="error"
              disabled={selected.size === 0}
              onClick={() => setVoiding(true)}
            >
              {t("votes.voidSelected", { count: selected.size })}
            </Button>
          ) : null}
        </Stack>
        {open ? (
          <Box sx={{ mt: 1 }}>
            <VotesTable
              filter={{ roundId, ids: finding.voteIds }}
              names={names}
              selected={selected}
              onSelect={setSelected}
              version={version}
            />
          </Box>
        ) : null}
      </CardContent>
      {voiding ? (
        <VoidDialog
          roundId={roundId}
          voteIds={[...selected]}
          onClose={(changed) => {
            setVoiding(false);
            if (changed) {
              setSelected(new Set());
              onChanged();
            }
          }}
        />
      ) : null}
    </Card>
  );
};

/** 疑似刷票提示: the API's prompts (many ballots from one address, bursts), each with its ballots. */
export const SuspiciousFindings = ({
  findings,
  roundId,
  names,
  version,
  onChanged,
}: {
  findings: Finding[];
  roundId: string;
  names: ReadonlyMap<string, string>;
  version: number;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  if (findings.length === 0) {
    return <Typography variant="body2">{translate("resources.PublicVote.suspicious.none")}</Typography>;
  }
  return (
    <Stack spacing={1}>
      <Alert severity="info">{translate("resources.PublicVote.suspicious.hint")}</Alert>
      {findings.map((finding) => (
        <FindingCard
          key={`${finding.kind}-${finding.ipAddress ?? ""}-${finding.votingDay ?? ""}-${finding.registrationId ?? ""}-${finding.from ?? ""}`}
          finding={finding}
          roundId={roundId}
          names={names}
          version={version}
          onChanged={onChanged}
        />
      ))}
    </Stack>
  );
};
