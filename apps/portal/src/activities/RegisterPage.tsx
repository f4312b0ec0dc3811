import { useRef, useState } from "react";
import { type ApiError, asApiError, mayHaveArrived } from "../api/api-error.ts";
import { graphql, idempotencyKey } from "../api/graphql.ts";
import type { PortalActivity, PortalCategory } from "../api/portal-activity.ts";
import { Link } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ErrorNotice, Notice, StatusBadge } from "../ui/Feedback.tsx";
import { TextField } from "../ui/Field.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import { memberRangeText, placesText } from "./category-text.ts";
import { placesState } from "./entry-option.ts";
import {
  entryFormProblems,
  entryShapeOf,
  type FormProblem,
  memberBoundsOf,
  memberCount,
  teamNameMaxLength,
  type WorkerChoice,
} from "./member-list.ts";
import { PartnerSearch, WorkerLine } from "./PartnerSearch.tsx";
import { type MyRegistration, type RegisterAnswer, type RegisterVariables, registerMutation } from "./queries.ts";
import { ReasonList } from "./ReasonList.tsx";
import { type FormSpot, spotsOf } from "./register-errors.ts";
import { outcomeOf } from "./registration-outcome.ts";
import { useActivity } from "./use-activity.ts";
import { WorkerEntryGate } from "./WorkerEntryGate.tsx";

/**
 * /activities/:id/register/:categoryId — a worker registers in one category: alone, with a
 * partner found by name (双打), or with a team; a confirmation of what will be sent; then the
 * outcome (待单位审核 / 已确认 / 候补第 N 位) and what happens next.
 */
export default function RegisterPage({ params }: PageProps) {
  const t = useT();
  const activityId = params.id ?? "";
  const view = useActivity(activityId);
  const back = `/activities/${activityId}`;
  const category = view.activity?.categories.find((candidate) => candidate.id === params.categoryId);
  const title = category ? t("activities.register.title", { category: category.name }) : t("activities.title");
  return (
    <WorkerEntryGate
      title={title}
      back={back}
      here={`${back}/register/${params.categoryId ?? ""}`}
      view={view}
      categoryOf={(activity) => activity.categories.find((candidate) => candidate.id === params.categoryId)}
    >
      {({ session, activity, category, mine }) => {
        const option = mine.Activity?.myEntryOptions.find((candidate) => candidate.categoryId === category.id);
        const entry = option?.registrationId
          ? mine.allRegistrations.find((registration) => registration.id === option.registrationId)
          : undefined;
        return (
          <Page title={title} back={back}>
            <CategorySummary activity={activity} category={category} />
            {category.entrantType === "PROJECT" ? (
              // Projects are declared with their documents, on their own page.
              <Link className="button button-primary" to={`${back}/declare`}>
                {t("activities.action.declare")}
              </Link>
            ) : option && option.registrationId === null && option.canRegister ? (
              <RegisterForm
                activity={activity}
                category={category}
                self={{ workerId: mine.me?.workerId ?? null, name: mine.me?.displayName ?? session.displayName }}
              />
            ) : entry ? (
              <Outcome registration={entry} activityId={activityId} justSent={false} />
            ) : (
              <div className="reasons" role="note">
                <p className="reasons-title">{t("activities.register.cannot")}</p>
                <ReasonList reasons={option?.reasons ?? [{ code: "FORBIDDEN", message: t("activities.notWorker") }]} />
              </div>
            )}
          </Page>
        );
      }}
    </WorkerEntryGate>
  );
}

/** The category being entered, confirmed at the top with its places. */
function CategorySummary({ activity, category }: { activity: PortalActivity; category: PortalCategory }) {
  const t = useT();
  const places = placesText(t, category);
  return (
    <Card className="category-card">
      <dl className="facts">
        <dt>{t("activities.register.activity")}</dt>
        <dd>{activity.name}</dd>
        <dt>{t("activities.register.category")}</dt>
        <dd>
          <strong>{category.name}</strong>
        </dd>
        <dt>{t("activities.register.places")}</dt>
        <dd>
          <StatusBadge tone={places.tone}>{places.text}</StatusBadge>
        </dd>
      </dl>
      {placesState(category).kind === "full" ? (
        <Notice tone="warning">{t("activities.register.fullNotice")}</Notice>
      ) : null}
    </Card>
  );
}

type Step = "form" | "confirm";

function RegisterForm({
  activity,
  category,
  self,
}: {
  activity: PortalActivity;
  category: PortalCategory;
  self: { workerId: string | null; name: string };
}) {
  const t = useT();
  const shape = entryShapeOf(category);
  const bounds = memberBoundsOf(category);
  const [step, setStep] = useState<Step>("form");
  const [partner, setPartner] = useState<WorkerChoice | null>(null);
  const [teamMates, setTeamMates] = useState<WorkerChoice[]>([]);
  const [teamName, setTeamName] = useState("");
  const [leaderWorkerId, setLeaderWorkerId] = useState<string | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<ApiError>();
  const [result, setResult] = useState<MyRegistration>();
  // One key per form: a retry after a lost connection returns the first registration.
  const key = useRef(idempotencyKey());

  const problems = entryFormProblems({
    shape,
    bounds,
    selfWorkerId: self.workerId,
    partner,
    teamMates,
    teamName,
    leaderWorkerId,
  });
  const apiSpots = refusal ? spotsOf(refusal.fieldErrors, shape, partner?.name ?? null) : new Map<FormSpot, string[]>();
  const problemText = (problem: FormProblem) => t(problem.key, problem.values);
  const shownProblem = (field: FormProblem["field"]) => {
    const local = problems.find((problem) => problem.field === field);
    return local && (tried || touched.has(field)) ? problemText(local) : undefined;
  };
  const apiText = (spot: FormSpot) => apiSpots.get(spot)?.join("；");
  const touch = (field: string) => setTouched((previous) => new Set(previous).add(field));
  const clearRefusal = () => setRefusal(undefined);

  if (result) return <Outcome registration={result} activityId={activity.id} justSent />;

  const next = () => {
    setTried(true);
    if (problems.length === 0) {
      setStep("confirm");
      window.scrollTo(0, 0);
    }
  };
  const send = async () => {
    setSending(true);
    setRefusal(undefined);
    const variables: RegisterVariables = {
      activityId: activity.id,
      categoryId: category.id,
      key: key.current,
      partner: shape === "pair" ? (partner?.workerId ?? null) : null,
      team:
        shape === "team"
          ? {
              name: teamName.trim(),
              memberWorkerIds: teamMates.map((mate) => mate.workerId),
              leaderWorkerId,
            }
          : null,
    };
    try {
      const answer = await graphql<RegisterAnswer>(registerMutation, variables);
      setResult(answer.register);
      window.scrollTo(0, 0);
    } catch (failure) {
      const error = asApiError(failure);
      setRefusal(error);
      // A refusal wrote nothing: the corrected form is a new request with a new key.
      if (!mayHaveArrived(error)) key.current = idempotencyKey();
      if (error.fieldErrors.length > 0) setStep("form");
    } finally {
      setSending(false);
    }
  };

  if (step === "confirm") {
    return (
      <Section title={t("activities.register.confirmTitle")}>
        <Card>
          <dl className="facts">
            <dt>{t("activities.register.you")}</dt>
            <dd>{self.name}</dd>
            {shape === "pair" && partner ? (
              <>
                <dt>{t("activities.register.partner")}</dt>
                <dd>
                  <WorkerLine worker={partner} />
                </dd>
              </>
            ) : null}
            {shape === "team" ? (
              <>
                <dt>{t("activities.register.teamName")}</dt>
                <dd>{teamName.trim()}</dd>
                <dt>{t("activities.register.members")}</dt>
                <dd>{[self.name, ...teamMates.map((mate) => mate.name)].join("、")}</dd>
                <dt>{t("activities.register.leader")}</dt>
                <dd>{teamMates.find((mate) => mate.workerId === leaderWorkerId)?.name ?? self.name}</dd>
              </>
            ) : null}
            <dt>{t("activities.register.places")}</dt>
            <dd>
              {placesState(category).kind === "full"
                ? t("activities.register.fullNotice")
                : placesState(category).kind === "unlimited"
                  ? t("activities.register.noLimit")
                  : t("activities.register.willConfirm")}
            </dd>
          </dl>
        </Card>
        {refusal ? <ErrorNotice error={refusal} /> : null}
        {refusal && (refusal.code === "NETWORK" || refusal.code === "SERVER") ? (
          <p className="meta">{t("activities.register.retrySafe")}</p>
        ) : null}
        <div className="button-row">
          <Button variant="secondary" onClick={() => setStep("form")} disabled={sending}>
            {t("activities.register.edit")}
          </Button>
          <Button onClick={send} busy={sending}>
            {t("activities.register.submit")}
          </Button>
        </div>
      </Section>
    );
  }

  return (
    <form
      className="register-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
    >
      {apiText("category") ? (
        <div className="notice notice-error" role="alert">
          {apiSpots.get("category")?.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : refusal && refusal.fieldErrors.length === 0 ? (
        <ErrorNotice error={refusal} />
      ) : null}
      {shape === "individual" ? <p className="meta">{t("activities.register.alone")}</p> : null}
      {shape === "pair" ? (
        <Section title={t("activities.register.partner")}>
          {partner ? (
            <Card className={apiText("partner") ? "chosen chosen-invalid" : "chosen"}>
              <WorkerLine worker={partner} />
              {apiText("partner") ? (
                <p className="field-error" role="alert">
                  {apiText("partner")}
                </p>
              ) : null}
              <Button
                variant="text"
                onClick={() => {
                  setPartner(null);
                  clearRefusal();
                }}
              >
                {t("activities.register.change")}
              </Button>
            </Card>
          ) : (
            <PartnerSearch
              label={t("activities.register.partnerSearch")}
              excludeIds={self.workerId ? [self.workerId] : []}
              onPick={(worker) => {
                setPartner(worker);
                touch("partner");
                clearRefusal();
              }}
              error={apiText("partner") ?? shownProblem("partner")}
            />
          )}
        </Section>
      ) : null}
      {shape === "team" ? (
        <TeamFields
          self={self}
          rangeText={memberRangeText(t, bounds)}
          count={memberCount(teamMates.length + 1, bounds)}
          teamMates={teamMates}
          teamName={teamName}
          leaderWorkerId={leaderWorkerId}
          onTeamName={(value) => {
            setTeamName(value);
            touch("name");
            clearRefusal();
          }}
          onAdd={(worker) => {
            setTeamMates((previous) => [...previous, worker]);
            touch("members");
            clearRefusal();
          }}
          onRemove={(workerId) => {
            setTeamMates((previous) => previous.filter((mate) => mate.workerId !== workerId));
            if (leaderWorkerId === workerId) setLeaderWorkerId(null);
            touch("members");
            clearRefusal();
          }}
          onLeader={(workerId) => {
            setLeaderWorkerId(workerId);
            clearRefusal();
          }}
          errors={{
            name: apiText("name") ?? shownProblem("name"),
            members: apiText("members") ?? shownProblem("members"),
            leader: apiText("leader") ?? shownProblem("leader"),
          }}
        />
      ) : null}
      <Button type="submit" block>
        {t("activities.register.next")}
      </Button>
    </form>
  );
}

function TeamFields(props: {
  self: { workerId: string | null; name: string };
  rangeText: string;
  count: ReturnType<typeof memberCount>;
  teamMates: WorkerChoice[];
  teamName: string;
  leaderWorkerId: string | null;
  onTeamName(value: string): void;
  onAdd(worker: WorkerChoice): void;
  onRemove(workerId: string): void;
  onLeader(workerId: string | null): void;
  errors: { name?: string | undefined; members?: string | undefined; leader?: string | undefined };
}) {
  const t = useT();
  const { self, teamMates, count, errors } = props;
  const full = count.kind === "full" || count.kind === "tooMany";
  return (
    <>
      <TextField
        label={t("activities.register.teamName")}
        value={props.teamName}
        maxLength={teamNameMaxLength}
        autoComplete="off"
        onChange={(event) => props.onTeamName(event.target.value)}
        error={errors.name}
      />
      <Section title={t("activities.register.members")}>
        <p className={count.kind === "tooFew" || count.kind === "tooMany" ? "meta member-count-bad" : "meta"}>
          {t("activities.register.membersCount", { count: teamMates.length + 1, range: props.rangeText })}
        </p>
        <ul className="list-plain member-list">
          <li className="member-row">
            <span>{t("activities.register.self", { name: self.name })}</span>
          </li>
          {teamMates.map((mate) => (
            <li key={mate.workerId} className="member-row">
              <WorkerLine worker={mate} />
              <Button variant="text" onClick={() => props.onRemove(mate.workerId)}>
                {t("activities.register.remove")}
              </Button>
            </li>
          ))}
        </ul>
        {full ? (
          <p className="meta">{t("activities.register.membersFull")}</p>
        ) : (
          <PartnerSearch
            label={t("activities.register.memberSearch")}
            excludeIds={[...(self.workerId ? [self.workerId] : []), ...teamMates.map((mate) => mate.workerId)]}
            onPick={props.onAdd}
          />
        )}
        {errors.members ? (
          <p className="field-error" role="alert">
            {errors.members}
          </p>
        ) : null}
      </Section>
      <fieldset className="leader-field">
        <legend>{t("activities.register.leader")}</legend>
        <LeaderChoice
          label={t("activities.register.self", { name: self.name })}
          checked={props.leaderWorkerId === null}
          onChoose={() => props.onLeader(null)}
        />
        {teamMates.map((mate) => (
          <LeaderChoice
            key={mate.workerId}
            label={mate.name}
            checked={props.leaderWorkerId === mate.workerId}
            onChoose={() => props.onLeader(mate.workerId)}
          />
        ))}
        {errors.leader ? (
          <p className="field-error" role="alert">
            {errors.leader}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}

function LeaderChoice({ label, checked, onChoose }: { label: string; checked: boolean; onChoose(): void }) {
  return (
    <label className={checked ? "choice choice-selected" : "choice"}>
      <input type="radio" name="leader" checked={checked} onChange={onChoose} />
      <span>{label}</span>
    </label>
  );
}

/** The registration's state after sending (or as it is): 待单位审核 / 已确认 / 候补第 N 位, and what next. */
export function Outcome({
  registration,
  activityId,
  justSent,
}: {
  registration: MyRegistration;
  activityId: string;
  /** Sent just now (报名已提交), or found when the page opened (您已报名这个组别). */
  justSent: boolean;
}) {
  const t = useT();
  const outcome = outcomeOf(registration.state);
  return (
    <Card className="outcome">
      <h2>{justSent ? t("activities.register.doneTitle") : t("activities.register.heldTitle")}</h2>
      <p className="outcome-state">
        <StatusBadge tone={outcome.tone}>{registration.stateLabel}</StatusBadge>
      </p>
      <p>{t(outcome.next)}</p>
      <div className="button-row">
        <Link className="button button-primary" to={`/me/registrations/${registration.id}`}>
          {t("activities.register.viewEntry")}
        </Link>
        <Link className="button button-secondary" to={`/activities/${activityId}`}>
          {t("activities.register.backToActivity")}
        </Link>
      </div>
    </Card>
  );
}
