import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { useGraphqlQuery } from "../dataProvider/useGraphqlQuery.ts";
import {
  grantMutation,
  type OrganizationAwardRow,
  organizationAwardsQuery,
  organizationSearchQuery,
  revokeMutation,
} from "./organizationAwardsApi.ts";
import { useDeskRefresh, useGraphqlData } from "./useGraphqlData.ts";

interface OrganizationOption {
  id: string;
  name: string;
  pathName: string;
}

const grantStates = new Set(["JUDGING", "PUBLIC_NOTICE"]);

const GrantDialog = ({ activityId, onClose }: { activityId: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [search, setSearch] = useState("");
  const [organization, setOrganization] = useState<OrganizationOption | null>(null);
  const [name, setName] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  const found = useGraphqlQuery<{ allOrganizations: OrganizationOption[] }>(organizationSearchQuery, {
    q: search || null,
  });
  const options = found.data?.allOrganizations ?? [];

  const grant = async () => {
    if (!organization) return;
    setBusy(true);
    try {
      await requestGraphql(grantMutation, {
        activityId,
        organizationId: organization.id,
        reason: reason.trim(),
        name: name.trim() || null,
      });
      notify(translate("resources.Result.orgAward.granted", { organization: organization.name }), {
        type: "success",
      });
      changed();
      onClose();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate("resources.Result.orgAward.grant")}</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 2, pt: "8px !important" }}>
        <Autocomplete
          options={options}
          value={organization}
          onChange={(_event, value) => setOrganization(value)}
          onInputChange={(_event, value) => setSearch(value)}
          getOptionLabel={(option) => option.pathName || option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          filterOptions={(all) => all}
          renderInput={(params) => (
            <TextField {...params} label={translate("resources.Result.orgAward.organization")} />
          )}
        />
        <TextField
          label={translate("resources.Result.orgAward.name")}
          helperText={translate("resources.Result.orgAward.nameHint")}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          multiline
          minRows={2}
          label={translate("resources.Result.orgAward.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("resources.Result.notice.cancel")}</Button>
        <Button variant="contained" disabled={busy || !organization || reason.trim() === ""} onClick={grant}>
          {translate("resources.Result.notice.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const RevokeDialog = ({ award, onClose }: { award: OrganizationAwardRow; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setBusy(true);
    try {
      await requestGraphql(revokeMutation, { id: award.id, reason: reason.trim() });
      notify(translate("resources.Result.orgAward.revoked"), { type: "success" });
      changed();
      onClose();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{`${translate("resources.Result.orgAward.revoke")}：${award.organizationName}`}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          sx={{ mt: 1 }}
          label={translate("resources.Result.orgAward.revokeReason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("resources.Result.notice.cancel")}</Button>
        <Button variant="contained" color="warning" disabled={busy || reason.trim() === ""} onClick={revoke}>
          {translate("resources.Result.notice.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** 优秀组织奖: units granted the award (with the grounds), grant and revoke before the results are final. */
export const OrganizationAwardsSection = ({ activityId, state }: { activityId: string; state: string }) => {
  const translate = useTranslate();
  const [granting, setGranting] = useState(false);
  const [revoking, setRevoking] = useState<OrganizationAwardRow | null>(null);
  const { data, error } = useGraphqlData<{ allOrganizationAwards: OrganizationAwardRow[] }>(organizationAwardsQuery, {
    activityId,
  });
  const awards = data?.allOrganizationAwards ?? [];
  const mayRevoke = state !== "FINAL";
  return (
    <Box component="section" aria-labelledby="organization-awards-title">
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 2, mb: 1 }}>
        <Typography id="organization-awards-title" variant="h6" component="h2">
          {translate("resources.Result.orgAward.title")}
        </Typography>
        {grantStates.has(state) ? (
          <Button variant="outlined" onClick={() => setGranting(true)}>
            {translate("resources.Result.orgAward.grant")}
          </Button>
        ) : null}
      </Box>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data && awards.length === 0 ? (
        <Typography color="text.secondary">{translate("resources.Result.orgAward.empty")}</Typography>
      ) : null}
      <List dense>
        {awards.map((award) => (
          <ListItem
            key={award.id}
            secondaryAction={
              mayRevoke ? (
                <Button size="small" color="warning" onClick={() => setRevoking(award)}>
                  {translate("resources.Result.orgAward.revoke")}
                </Button>
              ) : null
            }
          >
            <ListItemText primary={`${award.organizationName} · ${award.name}`} secondary={award.reason} />
          </ListItem>
        ))}
      </List>
      {granting ? <GrantDialog activityId={activityId} onClose={() => setGranting(false)} /> : null}
      {revoking ? <RevokeDialog award={revoking} onClose={() => setRevoking(null)} /> : null}
    </Box>
  );
};
