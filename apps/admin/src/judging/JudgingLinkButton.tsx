import GavelIcon from "@mui/icons-material/Gavel";
import { Button } from "@mui/material";
import { useBasename, useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { judgingActivityStates } from "./judgingApi.ts";

/** On an activity's page: opens its judging desk, for organizers, once registration is closed. */
export const JudgingLinkButton = () => {
  const record = useRecordContext<{ id: string; state: string }>();
  const translate = useTranslate();
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: "Judging", action: "list" });
  if (!record || !canAccess || !(judgingActivityStates as readonly string[]).includes(record.state)) return null;
  return (
    <Button component={Link} to={`${basename}/judging/${record.id}`} startIcon={<GavelIcon />} size="small">
      {translate("resources.Judging.activityLink")}
    </Button>
  );
};
