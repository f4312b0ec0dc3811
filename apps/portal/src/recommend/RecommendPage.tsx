import { type FormEvent, useRef, useState } from "react";
import { idempotencyKey } from "../api/graphql.ts";
import { type PortalActivity, portalActivityFields } from "../api/portal-activity.ts";
import { useMutation, useQuery } from "../api/use-query.ts";
import { useUploads } from "../api/use-uploads.ts";
import { Link } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { chinaToday, formatDay } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ConfirmActions } from "../ui/ConfirmActions.tsx";
import { EmptyState, ErrorNotice, Loading, Notice } from "../ui/Feedback.tsx";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import { CandidatePhoto, PhotoPreview } from "./CandidatePhoto.tsx";
import {
  emptyRecommendation,
  phoneDigits,
  phoneProblemWhileTyping,
  type RecommendDraft,
  type RecommendField,
  recommendLimits,
  recommendProblems,
  refusalOf,
} from "./recommend-form.ts";
import { type Unit, UnitSearch } from "./UnitSearch.tsx";

const activityQuery = `query RecommendActivity($id: ID!) { publicActivity(id: $id) { ${portalActivityFields} } }`;

const recommendMutation = `mutation Recommend($activityId: ID!, $categoryKey: String, $candidateName: String!,
  $organizationId: ID!, $story: String!, $recommenderName: String!, $recommenderPhone: String!, $idempotencyKey: String!,
  $photoAttachmentId: ID) {
  recommendCandidate(activityId: $activityId, categoryKey: $categoryKey, candidateName: $candidateName,
    organizationId: $organizationId, story: $story, recommenderName: $recommenderName,
    recommenderPhone: $recommenderPhone, idempotencyKey: $idempotencyKey, photoAttachmentId: $photoAttachmentId) {
    id candidateName organizationName state stateLabel attachments { id kind }
  }
}`;

interface Recommended {
  id: string;
  candidateName: string;
  organizationName: string;
  stateLabel: string;
  attachments: { id: string; kind: string }[];
}

/** /activities/:id/recommend — anyone recommends a candidate (公众推荐) for 最美劳动者, no sign-in. */
export default function RecommendPage({ params }: PageProps) {
  const { t } = useI18n();
  const activityId = params.id ?? "";
  const { data, error, loading, reload } = useQuery<{ publicActivity: PortalActivity | null }>(activityQuery, {
    id: activityId,
  });
  const activity = data?.publicActivity;
  const [done, setDone] = useState<Recommended>();
  const [round, setRound] = useState(0);

  return (
    <Page title={t("recommend.title")} back={`/activities/${activityId}`}>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading ? <Loading /> : null}
      {data && !activity ? <EmptyState>{t("recommend.notFound")}</EmptyState> : null}
      {activity && done ? (
        <Receipt
          recommended={done}
          onAnother={() => {
            setDone(undefined);
            setRound((value) => value + 1);
          }}
        />
      ) : null}
      {activity && !done ? (
        activity.publicRecommendationOpen ? (
          <RecommendForm key={round} activity={activity} onDone={setDone} />
        ) : (
          <Refusal activity={activity} />
        )
      ) : null}
    </Page>
  );
}

/** Why no recommendation can be made, in plain words. */
function Refusal({ activity }: { activity: PortalActivity }) {
  const { t, locale } = useI18n();
  const reason = refusalOf(activity, chinaToday());
  const text = t(reason, {
    name: activity.name,
    date: activity.registrationClosesOn ? formatDay(activity.registrationClosesOn, locale) : "",
  });
  return (
    <>
      <Notice tone="warning">
        <p>{text}</p>
      </Notice>
      <Link className="button button-secondary button-block" to={`/activities/${activity.id}`}>
        {t("recommend.toActivity")}
      </Link>
    </>
  );
}

function Receipt({ recommended, onAnother }: { recommended: Recommended; onAnother(): void }) {
  const { t } = useI18n();
  return (
    <Card className="recommend-receipt">
      <Notice tone="success">
        <p>
          <strong>{t("recommend.receipt")}</strong>
        </p>
        <p>{t("recommend.reference", { id: recommended.id })}</p>
        <p>
          {recommended.candidateName} · {recommended.organizationName}
        </p>
        <p>{t("recommend.state", { state: recommended.stateLabel })}</p>
        {recommended.attachments.some((file) => file.kind === "PHOTO") ? <p>{t("recommend.photoAttached")}</p> : null}
      </Notice>
      <p>{t("recommend.nextSteps")}</p>
      <div className="button-row">
        <Button variant="secondary" onClick={onAnother}>
          {t("recommend.another")}
        </Button>
        <Link className="button button-primary" to="/">
          {t("recommend.home")}
        </Link>
      </div>
    </Card>
  );
}

function RecommendForm({ activity, onDone }: { activity: PortalActivity; onDone(recommended: Recommended): void }) {
  const { t, locale } = useI18n();
  const categories = activity.categories.filter((category) => category.entrantType === "INDIVIDUAL");
  const needsCategory = categories.length > 1;
  const [draft, setDraft] = useState<RecommendDraft>(() => ({
    ...emptyRecommendation,
    categoryKey: categories.length === 1 ? (categories[0]?.key ?? "") : "",
  }));
  const [unit, setUnit] = useState<Unit | null>(null);
  const [touched, setTouched] = useState<Partial<Record<RecommendField, boolean>>>({});
  const [tried, setTried] = useState(false);
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  // One key per recommendation: a retry after a lost answer does not recommend twice.
  const key = useRef(idempotencyKey());
  const mutation = useMutation<Record<string, unknown>, { recommendCandidate: Recommended }>(recommendMutation);
  // Optional unless the activity's attachment rule asks for a file (the API then answers REQUIRED
  // on photoAttachmentId); the public portal does not see that rule, so a photo is urged on everyone.
  const photo = useUploads({ kind: "PHOTO", max: 1, accept: "image" });
  const photoFile = photo.uploads.find((upload) => upload.attachmentId)?.file;
  const photoError = mutation.error?.fieldMessage("photoAttachmentId");

  const problems = recommendProblems(draft, needsCategory);
  const shown = (field: RecommendField) => {
    if (field === "recommenderPhone" && !tried) {
      const typing = phoneProblemWhileTyping(draft.recommenderPhone, Boolean(touched.recommenderPhone));
      return typing ? t(typing) : undefined;
    }
    const problem = problems[field];
    const apiProblem = mutation.error?.fieldMessage(field);
    if (apiProblem) return apiProblem;
    return problem && (tried || touched[field]) ? t(problem) : undefined;
  };
  const set = (field: RecommendField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    mutation.clearError();
  };
  const leave = (field: RecommendField) => () => setTouched((current) => ({ ...current, [field]: true }));
  const chooseUnit = (chosen: Unit | null) => {
    setUnit(chosen);
    set("organizationId")(chosen?.id ?? "");
  };
  const category = categories.find((candidate) => candidate.key === draft.categoryKey);

  const review = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0 || photo.busy) return;
    setStep("confirm");
    window.scrollTo(0, 0);
  };
  const submit = async () => {
    const answer = await mutation.run({
      activityId: activity.id,
      categoryKey: draft.categoryKey || null,
      candidateName: draft.candidateName.trim(),
      organizationId: draft.organizationId,
      story: draft.story.trim(),
      recommenderName: draft.recommenderName.trim(),
      recommenderPhone: phoneDigits(draft.recommenderPhone),
      idempotencyKey: key.current,
      photoAttachmentId: photo.attachmentIds[0] ?? null,
    });
    if (answer) onDone(answer.recommendCandidate);
  };

  if (step === "confirm") {
    return (
      <Card className="recommend-confirm">
        <h3>{t("recommend.confirmTitle")}</h3>
        <dl className="facts">
          {category && needsCategory ? (
            <>
              <dt>{t("recommend.category")}</dt>
              <dd>{category.name}</dd>
            </>
          ) : null}
          <dt>{t("recommend.candidateName")}</dt>
          <dd>{draft.candidateName.trim()}</dd>
          <dt>{t("recommend.unit")}</dt>
          <dd>{unit?.name}</dd>
          <dt>{t("recommend.story")}</dt>
          <dd className="pre-wrap">{draft.story.trim()}</dd>
          <dt>{t("recommend.photo")}</dt>
          <dd>
            {photoFile ? (
              <PhotoPreview file={photoFile} alt={t("recommend.photoAlt")} />
            ) : (
              <span className="meta">{t("recommend.photoNone")}</span>
            )}
          </dd>
          <dt>{t("recommend.recommenderName")}</dt>
          <dd>{draft.recommenderName.trim()}</dd>
          <dt>{t("recommend.recommenderPhone")}</dt>
          <dd>{phoneDigits(draft.recommenderPhone)}</dd>
        </dl>
        <ConfirmActions
          warning={t("recommend.confirmText")}
          error={mutation.error}
          running={mutation.running}
          editLabel={t("recommend.edit")}
          submitLabel={t("recommend.submit")}
          onEdit={() => setStep("edit")}
          onSubmit={submit}
        />
      </Card>
    );
  }

  return (
    <form noValidate onSubmit={review}>
      <Card>
        <h3>{activity.name}</h3>
        <p className="meta">{activity.departmentName}</p>
        {activity.registrationClosesOn ? (
          <p className="meta">{t("recommend.deadline", { date: formatDay(activity.registrationClosesOn, locale) })}</p>
        ) : null}
        <p>{t("recommend.intro")}</p>
      </Card>
      {mutation.error && mutation.error.fieldErrors.length === 0 ? <ErrorNotice error={mutation.error} /> : null}
      <Section title={t("recommend.candidateSection")}>
        {needsCategory ? (
          <fieldset className="field">
            <legend>{t("recommend.category")}</legend>
            {categories.map((option) => (
              <label
                key={option.key}
                className={option.key === draft.categoryKey ? "choice choice-selected" : "choice"}
              >
                <input
                  type="radio"
                  name="categoryKey"
                  value={option.key}
                  checked={option.key === draft.categoryKey}
                  onChange={() => set("categoryKey")(option.key)}
                />
                {option.name}
              </label>
            ))}
            {shown("categoryKey") ? (
              <span className="field-error" role="alert">
                {shown("categoryKey")}
              </span>
            ) : null}
          </fieldset>
        ) : null}
        <TextField
          label={t("recommend.candidateName")}
          value={draft.candidateName}
          maxLength={recommendLimits.candidateName}
          autoComplete="off"
          onChange={(event) => set("candidateName")(event.target.value)}
          onBlur={leave("candidateName")}
          error={shown("candidateName")}
        />
        <UnitSearch chosen={unit} onChoose={chooseUnit} error={shown("organizationId")} />
        <TextArea
          label={t("recommend.story")}
          hint={t("recommend.storyHint")}
          value={draft.story}
          maxLength={recommendLimits.story}
          rows={8}
          onChange={(event) => set("story")(event.target.value)}
          onBlur={leave("story")}
          error={shown("story")}
        />
        <CandidatePhoto
          photo={{
            ...photo,
            replace: (file) => {
              mutation.clearError();
              photo.replace(file);
            },
          }}
          error={photoError}
        />
        <p className="meta">{t("recommend.documentsNote")}</p>
      </Section>
      <Section title={t("recommend.recommenderSection")}>
        <p className="meta">{t("recommend.recommenderHint")}</p>
        <TextField
          label={t("recommend.recommenderName")}
          value={draft.recommenderName}
          maxLength={recommendLimits.recommenderName}
          autoComplete="name"
          onChange={(event) => set("recommenderName")(event.target.value)}
          onBlur={leave("recommenderName")}
          error={shown("recommenderName")}
        />
        <TextField
          label={t("recommend.recommenderPhone")}
          value={draft.recommenderPhone}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={13}
          onChange={(event) => set("recommenderPhone")(event.target.value)}
          onBlur={leave("recommenderPhone")}
          error={shown("recommenderPhone")}
        />
      </Section>
      {tried && Object.keys(problems).length > 0 ? (
        <p className="field-error" role="alert">
          {t("recommend.fixProblems")}
        </p>
      ) : null}
      {tried && photo.busy ? <p className="meta">{t("recommend.photoWait")}</p> : null}
      <Button type="submit" block>
        {t("recommend.next")}
      </Button>
    </form>
  );
}
