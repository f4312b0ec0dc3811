import { useState } from "react";
import { RequireSignIn } from "../account/RequireSignIn.tsx";
import { WithdrawButton } from "../activities/WithdrawButton.tsx";
import { useMutation, useQuery } from "../api/use-query.ts";
import { Link } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { EmptyState, ErrorNotice, Loading, Notice, StatusBadge } from "../ui/Feedback.tsx";
import { TextArea } from "../ui/Field.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import {
  certificateFields,
  inPlayingOrder,
  type MyCertificate,
  type MyMatch,
  type MyRegistration,
  type MyResult,
  matchFields,
  registrationFields,
  resultFields,
} from "./my-queries.ts";
import { CertificatesSection, MatchesSection, ResultsSection } from "./OutcomeSections.tsx";
import { isLive, nextStepOf, toneOfState } from "./registration-state.ts";

interface RegistrationDetail extends MyRegistration {
  approvals: {
    id: string;
    action: string;
    level: string | null;
    actorName: string;
    reason: string | null;
    createdAt: string;
  }[];
  attachments: { id: string; kindLabel: string; fileName: string; size: number }[];
}

const detailQuery = `query MyRegistration($id: ID!) {
  Registration(id: $id) { ${registrationFields}
    approvals { id action level actorName reason createdAt }
    attachments { id kindLabel fileName size }
  }
  myMatches { ${matchFields} }
  myResults { ${resultFields} }
  myCertificates { ${certificateFields} }
}`;

const resubmitMutation = `mutation Resubmit($id: ID!, $note: String, $version: Int) {
  resubmitRegistration(id: $id, note: $note, version: $version) { id state stateLabel version }
}`;

const actionKey = {
  APPROVE: "mine.action.APPROVE",
  RETURN: "mine.action.RETURN",
  REJECT: "mine.action.REJECT",
  RESUBMIT: "mine.action.RESUBMIT",
} as const;

const levelKey = {
  UNIT: "mine.level.UNIT",
  COUNTY_OR_INDUSTRY: "mine.level.COUNTY_OR_INDUSTRY",
  ORGANIZER: "mine.level.ORGANIZER",
} as const;

/** One registration: where it stands and what comes next, its review history, matches and result. */
export default function RegistrationPage({ params }: PageProps) {
  return (
    <RequireSignIn>
      <RegistrationDetailView id={params.id ?? ""} />
    </RequireSignIn>
  );
}

function RegistrationDetailView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useQuery<{
    Registration: RegistrationDetail | null;
    myMatches: MyMatch[];
    myResults: MyResult[];
    myCertificates: MyCertificate[];
  }>(detailQuery, { id });
  const registration = data?.Registration;
  const activity = useQuery<{ publicActivity: { registrationClosesOn: string | null } | null }>(
    "query RegistrationDeadline($id: ID!) { publicActivity(id: $id) { registrationClosesOn } }",
    { id: registration?.activityId },
    { skip: !registration },
  );
  if (loading)
    return (
      <Page title={t("mine.detail.title")} back="/me">
        <Loading />
      </Page>
    );
  if (error) {
    return (
      <Page title={t("mine.detail.title")} back="/me">
        <ErrorNotice error={error} onRetry={reload} />
      </Page>
    );
  }
  if (!registration) {
    return (
      <Page title={t("mine.detail.title")} back="/me">
        <EmptyState>{t("mine.detail.notFound")}</EmptyState>
      </Page>
    );
  }
  const mine = new Set([registration.id]);
  const matches = inPlayingOrder((data?.myMatches ?? []).filter((match) => involves(match, registration.id)));
  const results = (data?.myResults ?? []).filter((result) => result.registrationId === registration.id);
  const certificates = (data?.myCertificates ?? []).filter((one) => one.registrationId === registration.id);
  return (
    <Page title={registration.activityName} back="/me">
      <Card>
        <div className="row">
          <StatusBadge tone={toneOfState(registration.state)}>{registration.stateLabel}</StatusBadge>
        </div>
        {registration.waitingPosition !== null ? (
          <p className="waiting-position">{t("mine.waitingPosition", { position: registration.waitingPosition })}</p>
        ) : null}
        <p>{t(nextStepOf(registration.state))}</p>
        <dl className="facts">
          <dt>{t("mine.detail.category")}</dt>
          <dd>
            {registration.category.name}
            {registration.name ? ` · ${registration.name}` : null}
          </dd>
          {registration.members.length > 1 ? (
            <>
              <dt>{t("mine.detail.members")}</dt>
              <dd>{registration.members.map((member) => member.name).join("、")}</dd>
            </>
          ) : null}
          <dt>{t("mine.detail.registeredAt")}</dt>
          <dd>{formatDayTime(registration.registeredAt, locale)}</dd>
          {registration.returnReason && registration.state === "RETURNED" ? (
            <>
              <dt>{t("mine.detail.returnReason")}</dt>
              <dd>{registration.returnReason}</dd>
            </>
          ) : null}
          {registration.rejectionReason && registration.state === "REJECTED" ? (
            <>
              <dt>{t("mine.detail.rejectionReason")}</dt>
              <dd>{registration.rejectionReason}</dd>
            </>
          ) : null}
        </dl>
        <Link to={`/activities/${registration.activityId}`}>{t("mine.detail.activityPage")} ›</Link>
        {isLive(registration.state) ? (
          <WithdrawButton
            registration={registration}
            registrationClosesOn={activity.data?.publicActivity?.registrationClosesOn ?? null}
            onWithdrawn={reload}
          />
        ) : null}
      </Card>
      {registration.state === "RETURNED" ? <ResubmitForm registration={registration} onDone={reload} /> : null}
      <MatchesSection matches={matches} myRegistrationIds={mine} />
      <ResultsSection results={results} />
      <CertificatesSection certificates={certificates} />
      <Section title={t("mine.detail.history")}>
        <Card>
          {registration.approvals.length === 0 ? <p className="meta">{t("mine.detail.history.none")}</p> : null}
          <ol className="list-plain timeline">
            {registration.approvals.map((approval) => (
              <li key={approval.id}>
                <strong>
                  {approval.level && approval.level in levelKey
                    ? `${t(levelKey[approval.level as keyof typeof levelKey])} · `
                    : null}
                  {approval.action in actionKey
                    ? t(actionKey[approval.action as keyof typeof actionKey])
                    : approval.action}
                </strong>
                <p className="meta">
                  {approval.actorName} · {formatDayTime(approval.createdAt, locale)}
                </p>
                {approval.reason ? <p>{approval.reason}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
      </Section>
      {registration.attachments.length > 0 ? (
        <Section title={t("mine.detail.attachments")}>
          <Card>
            <ul className="list-plain">
              {registration.attachments.map((attachment) => (
                <li key={attachment.id}>
                  {attachment.kindLabel} · {attachment.fileName}
                </li>
              ))}
            </ul>
          </Card>
        </Section>
      ) : null}
    </Page>
  );
}

function involves(match: MyMatch, registrationId: string): boolean {
  return match.entrantA?.registrationId === registrationId || match.entrantB?.registrationId === registrationId;
}

function ResubmitForm({ registration, onDone }: { registration: RegistrationDetail; onDone(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const [done, setDone] = useState(false);
  const resubmit = useMutation<{ id: string; note: string; version: number }, unknown>(resubmitMutation);
  if (done) return <Notice tone="success">{t("mine.detail.resubmitted")}</Notice>;
  return (
    <Card>
      <TextArea
        label={t("mine.detail.resubmitNote")}
        hint={t("mine.detail.resubmitHint")}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.target.value)}
      />
      {resubmit.error ? <ErrorNotice error={resubmit.error} /> : null}
      <Button
        block
        busy={resubmit.running}
        onClick={async () => {
          const answer = await resubmit.run({ id: registration.id, note: note.trim(), version: registration.version });
          if (answer) {
            setDone(true);
            onDone();
          }
        }}
      >
        {t("mine.detail.resubmit")}
      </Button>
    </Card>
  );
}
