import { useEffect, useState } from "react";
import { useSession } from "../account/session.ts";
import { idempotencyKey } from "../api/graphql.ts";
import { useMutation, useQuery } from "../api/use-query.ts";
import type { PageProps } from "../app/routes.ts";
import { formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { EmptyState, ErrorNotice, Loading, Notice, useErrorText } from "../ui/Feedback.tsx";
import { Page, Section } from "../ui/Page.tsx";
import { CandidateCard } from "./CandidateCard.tsx";
import { PhoneVerification } from "./PhoneVerification.tsx";
import {
  type BallotRefusal,
  chosenNames,
  dailyLimitOf,
  type PublicVote,
  toggleCandidate,
  type VoterStatus,
  votePhase,
} from "./vote-rules.ts";
import { forgetVoterToken, keepVoterToken, storedVoterToken, type VoterToken } from "./voter-token.ts";

const voteQuery = `query PortalVote($roundId: ID!) {
  publicVote(roundId: $roundId) {
    roundId activityId activityName name opensAt closesAt closedAt isOpen countsShown
    maxCandidatesPerBallot ballotsPerVoterPerDay
    candidates { registrationId name organizationName story photoUrl validVotes }
  }
}`;
const statusQuery = `query PortalVoterStatus($roundId: ID!, $voterToken: String) {
  voterStatus(roundId: $roundId, voterToken: $voterToken) { votingDay ballotsCastToday ballotsPerVoterPerDay nextDayStartsAt }
}`;
const castMutation = `mutation PortalCastBallot($roundId: ID!, $candidateIds: [ID!]!, $voterToken: String, $key: String) {
  castBallot(roundId: $roundId, candidateIds: $candidateIds, voterToken: $voterToken, idempotencyKey: $key) {
    id votingDay votes { registrationId }
  }
}`;

interface CastVariables extends Record<string, unknown> {
  roundId: string;
  candidateIds: string[];
  voterToken: string | null;
  key: string;
}

/**
 * The public vote for 最美劳动者: the candidates with their stories, the ballot's limits up front,
 * ticking up to the allowed number, and casting as a signed-in worker or with a phone proved by SMS.
 */
export default function VotePage({ params }: PageProps) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const roundId = params.roundId ?? "";
  const session = useSession();
  const votesAsWorker = session?.role === "WORKER";
  const [voter, setVoter] = useState<VoterToken | null>(() => storedVoterToken());
  const identified = votesAsWorker || voter !== null;
  const voterToken = votesAsWorker ? null : (voter?.voterToken ?? null);

  const vote = useQuery<{ publicVote: PublicVote }>(voteQuery, { roundId }, { pollSeconds: 60 });
  const status = useQuery<{ voterStatus: VoterStatus }>(statusQuery, { roundId, voterToken }, { skip: !identified });
  const cast = useMutation<CastVariables, { castBallot: { id: string } }>(castMutation);

  const [selected, setSelected] = useState<string[]>([]);
  const [tooMany, setTooMany] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [ballotKey, setBallotKey] = useState<string | null>(null);
  const [voted, setVoted] = useState<string[] | null>(null);
  const [refusal, setRefusal] = useState<BallotRefusal>();

  // A voter token the API no longer accepts (expired, or from another server) is dropped: verify again.
  const tokenRefused = status.error?.code === "VOTER_CODE_INVALID" || cast.error?.code === "VOTER_CODE_INVALID";
  useEffect(() => {
    if (tokenRefused && !votesAsWorker) {
      forgetVoterToken();
      setVoter(null);
    }
  }, [tokenRefused, votesAsWorker]);
  // The API's words for a used-up day stay on the page after the error is cleared.
  const castError = cast.error;
  useEffect(() => {
    if (castError?.code === "VOTE_LIMIT_REACHED") setRefusal({ code: castError.code, message: castError.message });
  }, [castError]);

  const data = vote.data?.publicVote;
  if (!data) {
    return (
      <Page title={t("vote.title")} back="/">
        {vote.error ? <ErrorNotice error={vote.error} onRetry={vote.reload} /> : <Loading lines={4} />}
      </Page>
    );
  }

  const phase = votePhase(data, Date.now());
  const voterStatus = identified ? status.data?.voterStatus : undefined;
  const limit = dailyLimitOf(voterStatus, refusal, Date.now());
  const canVote = phase === "open" && !limit.reached;
  const max = data.maxCandidatesPerBallot;

  const toggle = (candidateId: string) => {
    const next = toggleCandidate(selected, candidateId, max);
    setTooMany(next.refused);
    if (next.refused) return;
    setSelected(next.selected);
    setBallotKey(null);
    setConfirming(false);
    setVoted(null);
    cast.clearError();
  };

  const submit = async () => {
    const key = ballotKey ?? idempotencyKey();
    setBallotKey(key);
    const answer = await cast.run({ roundId, candidateIds: selected, voterToken, key });
    setConfirming(false);
    if (answer) {
      setVoted(chosenNames(data.candidates, selected));
      setSelected([]);
      setBallotKey(null);
      setRefusal(undefined);
      status.reload();
      vote.reload();
    } else {
      // Refused: today's count may have changed elsewhere (another device, the same network), or the vote closed.
      status.reload();
      vote.reload();
    }
  };
  const verified = (token: VoterToken) => {
    keepVoterToken(token);
    setVoter(token);
    cast.clearError();
  };
  const changePhone = () => {
    forgetVoterToken();
    setVoter(null);
    setRefusal(undefined);
  };

  return (
    <Page title={data.name} back="/">
      <p className="vote-activity">{data.activityName}</p>
      <PhaseNotice vote={data} phase={phase} />

      <section className="card vote-rules" aria-label={t("vote.rules")}>
        <ul className="list-plain">
          <li>{t("vote.rules.perBallot", { count: max })}</li>
          <li>{t("vote.rules.perDay", { count: data.ballotsPerVoterPerDay })}</li>
          {voterStatus ? (
            <li data-testid="vote-today">
              <strong>{t("vote.rules.today", { count: voterStatus.ballotsCastToday })}</strong>
            </li>
          ) : null}
        </ul>
      </section>

      {voted ? (
        <Notice tone="success">
          <p>
            <strong>{t("vote.success")}</strong>
          </p>
          <p>{t("vote.success.what", { names: voted.join("、") })}</p>
          {voterStatus ? (
            <p>
              {t("vote.success.today", {
                count: voterStatus.ballotsCastToday,
                limit: voterStatus.ballotsPerVoterPerDay,
              })}
            </p>
          ) : null}
        </Notice>
      ) : null}

      {limit.reached && phase === "open" ? (
        <div className="notice notice-warning" role="alert" data-testid="vote-limit">
          <p>
            <strong>{t("vote.limit")}</strong>
          </p>
          {limit.apiMessage ? <p>{limit.apiMessage}</p> : null}
          {limit.nextVoteAt ? <p>{t("vote.limit.next", { time: formatDayTime(limit.nextVoteAt, locale) })}</p> : null}
        </div>
      ) : null}

      <Section title={t("vote.candidates", { count: data.candidates.length })}>
        {data.candidates.length === 0 ? <EmptyState>{t("vote.candidates.none")}</EmptyState> : null}
        {data.candidates.map((candidate) => (
          <CandidateCard
            key={candidate.registrationId}
            candidate={candidate}
            selected={selected.includes(candidate.registrationId)}
            selectable={canVote}
            countsShown={data.countsShown}
            onToggle={() => toggle(candidate.registrationId)}
          />
        ))}
      </Section>

      {canVote ? (
        <div className="vote-bar" data-testid="vote-bar">
          <span className="vote-counter" aria-live="polite">
            {t("vote.counter", { count: selected.length, max })}
          </span>
          {tooMany ? (
            <span className="vote-too-many" role="alert">
              {t("vote.tooMany", { max })}
            </span>
          ) : null}
        </div>
      ) : null}

      {phase === "open" ? (
        <Section title={t("vote.ballot")} id="vote-ballot">
          <div className="card">
            {votesAsWorker ? (
              <p className="meta">{t("vote.asWorker", { name: session?.displayName ?? "" })}</p>
            ) : voter ? (
              <div className="row">
                <p className="meta">
                  {t("vote.asPhone", { phone: voter.maskedPhone, time: formatDayTime(voter.expiresAt, locale) })}
                </p>
                <Button variant="text" onClick={changePhone}>
                  {t("vote.changePhone")}
                </Button>
              </div>
            ) : (
              <PhoneVerification onVerified={verified} />
            )}
            {castError && castError.code !== "VOTE_LIMIT_REACHED" ? (
              <div className="notice notice-error" role="alert">
                <p>{errorText(castError)}</p>
              </div>
            ) : null}
            {identified && !confirming ? (
              <Button
                block
                disabled={!canVote || selected.length === 0}
                onClick={() => {
                  setConfirming(true);
                  setVoted(null);
                }}
              >
                {limit.reached
                  ? t("vote.submit.limit")
                  : selected.length === 0
                    ? t("vote.submit.pick", { max })
                    : t("vote.submit", { count: selected.length })}
              </Button>
            ) : null}
            {identified && confirming ? (
              <fieldset className="vote-confirm" data-testid="vote-confirm">
                <legend>{t("vote.confirm.title")}</legend>
                <p>{chosenNames(data.candidates, selected).join("、")}</p>
                <p className="meta">{t("vote.confirm.note")}</p>
                <div className="button-row">
                  <Button variant="secondary" onClick={() => setConfirming(false)}>
                    {t("vote.confirm.back")}
                  </Button>
                  <Button busy={cast.running} onClick={submit}>
                    {t("vote.confirm.cast")}
                  </Button>
                </div>
              </fieldset>
            ) : null}
          </div>
        </Section>
      ) : null}
    </Page>
  );
}

function PhaseNotice({ vote, phase }: { vote: PublicVote; phase: ReturnType<typeof votePhase> }) {
  const { t, locale } = useI18n();
  if (phase === "open") {
    return (
      <Notice tone="info">
        {vote.closesAt ? t("vote.phase.open", { time: formatDayTime(vote.closesAt, locale) }) : t("vote.phase.openNow")}
      </Notice>
    );
  }
  if (phase === "soon" && vote.opensAt) {
    return <Notice tone="warning">{t("vote.phase.soon", { time: formatDayTime(vote.opensAt, locale) })}</Notice>;
  }
  if (phase === "unscheduled") return <Notice tone="warning">{t("vote.phase.unscheduled")}</Notice>;
  return <Notice tone="warning">{t("vote.phase.closed")}</Notice>;
}
