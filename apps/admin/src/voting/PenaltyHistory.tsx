import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useLocale, useTranslate } from "react-admin";
import type { PenaltyRow } from "./votingApi.ts";

/** 处罚记录: every step of every candidate, oldest first, with its reason. */
export const PenaltyHistory = ({
  penalties,
  names,
}: {
  penalties: PenaltyRow[];
  names: ReadonlyMap<string, string>;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale.startsWith("zh") ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "long",
    timeStyle: "short",
  });
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.PublicVote.penalty.${key}`, options);
  if (penalties.length === 0) return <Typography variant="body2">{t("none")}</Typography>;
  return (
    <Box sx={{ overflowX: "auto", contain: "inline-size" }}>
      <Table size="small" aria-label={t("history")}>
        <TableHead>
          <TableRow>
            <TableCell>{t("decidedAt")}</TableCell>
            <TableCell>{t("candidate")}</TableCell>
            <TableCell>{t("step")}</TableCell>
            <TableCell>{t("reasonHeader")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {penalties.map((penalty) => (
            <TableRow key={penalty.id}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{format.format(new Date(penalty.decidedAt))}</TableCell>
              <TableCell>{names.get(penalty.registrationId) ?? penalty.registrationId}</TableCell>
              <TableCell>
                {`${translate(`resources.PublicVote.levels.${penalty.fromLevel}`)} → ${translate(`resources.PublicVote.levels.${penalty.level}`)}`}
                {penalty.voidedVoteIds.length > 0 ? `（${t("voided", { count: penalty.voidedVoteIds.length })}）` : ""}
              </TableCell>
              <TableCell>{penalty.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
