import Leaderboard from "@mui/icons-material/Leaderboard";
import { Button } from "@mui/material";
import { useBasename, useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { Link } from "react-router-dom";

const withResults = new Set(["JUDGING", "PUBLIC_NOTICE", "FINAL"]);

/** On an activity's page: opens its results desk once it is being judged (admin, organizers). */
export const ResultsLinkButton = () => {
  const record = useRecordContext<{ id: string; state: string }>();
  const translate = useTranslate();
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: "Result", action: "list" });
  if (!record || !canAccess || !withResults.has(record.state)) return null;
  return (
    <Button
      component={Link}
      to={`${basename}/activities/${record.id}/results`}
      startIcon={<Leaderboard />}
      size="small"
    >
      {translate("resources.Result.open")}
    </Button>
  );
};
