import GavelIcon from "@mui/icons-material/Gavel";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { Title, useBasename, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { fetchJudgingActivities } from "./judgingApi.ts";

/** The organizer's 评审 page: the activities whose judging can be prepared or is under way. */
export const JudgingActivitiesPage = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const { data, error, loading } = useLoaded(fetchJudgingActivities, "judging-activities");
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("resources.Judging.title")} />
      <CardContent>
        <Typography variant="h6" component="h1">
          {translate("resources.Judging.activities.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("resources.Judging.activities.intro")}
        </Typography>
        {loading && !data ? <LinearProgress /> : null}
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        {data && data.length === 0 ? (
          <Box sx={{ textAlign: "center", py: 4 }}>
            <GavelIcon sx={{ fontSize: 64, color: "text.disabled" }} />
            <Typography variant="h6" component="p">
              {translate("resources.Judging.activities.emptyTitle")}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate("resources.Judging.activities.emptyHint")}
            </Typography>
          </Box>
        ) : null}
        {data && data.length > 0 ? (
          <TableContainer>
            <Table size="small" aria-label={translate("resources.Judging.activities.title")}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate("resources.Judging.activities.code")}</TableCell>
                  <TableCell>{translate("resources.Judging.activities.name")}</TableCell>
                  <TableCell>{translate("resources.Judging.activities.state")}</TableCell>
                  <TableCell>{translate("resources.Judging.activities.categories")}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((activity) => (
                  <TableRow key={activity.id}>
                    <TableCell>{activity.code}</TableCell>
                    <TableCell>{activity.name}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={activity.state === "JUDGING" ? "primary" : "default"}
                        label={translate(`resources.Judging.states.${activity.state}`)}
                      />
                    </TableCell>
                    <TableCell>{activity.categories.map((category) => category.name).join("、")}</TableCell>
                    <TableCell align="right">
                      <Button
                        component={Link}
                        to={`${basename}/judging/${activity.id}`}
                        variant="outlined"
                        size="small"
                      >
                        {translate("resources.Judging.activities.open")}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : null}
      </CardContent>
    </Card>
  );
};
