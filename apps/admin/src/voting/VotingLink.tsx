import HowToVote from "@mui/icons-material/HowToVote";
import { Button } from "@mui/material";
import { useBasename, useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { Link } from "react-router-dom";

/** On an activity's page: the way to its public vote desk, for activities that hold a public vote. */
export const VotingLink = () => {
  const record = useRecordContext<{ id: string; kind: string }>();
  const translate = useTranslate();
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: "PublicVote", action: "list" });
  if (!record || !canAccess || record.kind !== "MOST_BEAUTIFUL_WORKER") return null;
  return (
    <Button component={Link} to={`${basename}/activities/${record.id}/voting`} startIcon={<HowToVote />} size="small">
      {translate("resources.PublicVote.open")}
    </Button>
  );
};
