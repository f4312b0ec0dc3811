import SportsTennis from "@mui/icons-material/SportsTennis";
import { Button } from "@mui/material";
import { useBasename, useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { Link } from "react-router-dom";

/** On a tournament activity's page: the way to its desk (draw, schedule, scores), for those who run it. */
export const TournamentDeskLink = () => {
  const record = useRecordContext<{ id: string; kind: string }>();
  const translate = useTranslate();
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: "TournamentDesk", action: "list" });
  if (record?.kind !== "TOURNAMENT" || !canAccess) return null;
  return (
    <Button component={Link} to={`${basename}/tournaments/${record.id}`} startIcon={<SportsTennis />} size="small">
      {translate("resources.TournamentDesk.open")}
    </Button>
  );
};
