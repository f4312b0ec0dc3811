import { type ChangeEvent, type ReactNode, useRef, useState } from "react";
import { type ApiError, asApiError, mayHaveArrived } from "../api/api-error.ts";
import { graphql, idempotencyKey } from "../api/graphql.ts";
import type { PortalActivity, PortalCategory } from "../api/portal-activity.ts";
import { uploadAttachment } from "../api/upload.ts";
import { Link } from "../app/router.tsx";
import type { PageProps } from "../app/routes.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ErrorNotice, Notice, ProgressBar, StatusBadge, useErrorText } from "../ui/Feedback.tsx";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Card, Page, Section } from "../ui/Page.tsx";
import type { WorkerChoice } from "./member-list.ts";
import { PartnerSearch, WorkerLine } from "./PartnerSearch.tsx";
import {
  type AttachmentRule,
  acceptAttribute,
  attachmentRuleOf,
  type FileProblem,
  fileProblem,
  fileSizeText,
  projectProblems,
  projectSummaryMaxLength,
  projectTitleMaxLength,
} from "./project-form.ts";
import { type DeclareAnswer, declareMutation, type MyRegistration } from "./queries.ts";
import { ReasonList } from "./ReasonList.tsx";
import { outcomeOf } from "./registration-outcome.ts";
import { useActivity } from "./use-activity.ts";
import { WorkerEntryGate } from "./WorkerEntryGate.tsx";

/**
 * /activities/:id/declare — a worker declares an innovation project (创新工作奖): title, summary,
 * co-authors, documents; confirmed, then declareProject and each document uploaded against the
 * new registration with its progress.
 */
export default function DeclareProjectPage({ params }: PageProps) {
  const t = useT();
  const activityId = params.id ?? "";
  const view = useActivity(activityId);
  const back = `/activities/${activityId}`;
  const title = t("activities.declare.title");
  return (
    <WorkerEntryGate
      title={title}
      back={back}
      here={`${back}/declare`}
      view={view}
      categoryOf={(activity) => activity.categories.find((candidate) => candidate.entrantType === "PROJECT")}
    >
      {({ session, activity, category, mine }) => {
        const option = mine.Activity?.myEntryOptions.find((candidate) => candidate.categoryId === category.id);
        return (
          <Page title={title} back={back}>
            <p className="meta">{activity.name}</p>
            {option?.canRegister ? (
              <DeclareForm
                activity={activity}
                category={category}
                rule={attachmentRuleOf(mine.Activity?.configuration)}
                self={{ workerId: mine.me?.workerId ?? null, name: mine.me?.displayName ?? session.displayName }}
              />
            ) : (
              <div className="reasons" role="note">
                <p className="reasons-title">{t("activities.declare.cannot")}</p>
                <ReasonList reasons={option?.reasons ?? [{ code: "FORBIDDEN", message: t("activities.notWorker") }]} />
              </div>
            )}
          </Page>
        );
      }}
    </WorkerEntryGate>
  );
}

interface ChosenFile {
  localId: number;
  file: File;
  progress: number;
  status: "waiting" | "uploading" | "done" | "failed";
  error?: ApiError;
}

function DeclareForm({
  activity,
  category,
  rule,
  self,
}: {
  activity: PortalActivity;
  category: PortalCategory;
  rule: AttachmentRule;
  self: { workerId: string | null; name: string };
}) {
  const t = useT();
  const errorText = useErrorText();
  const [step, setStep] = useState<"form" | "confirm" | "sending">("form");
  const [projectTitle, setProjectTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [authors, setAuthors] = useState<WorkerChoice[]>([]);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [fileRefusal, setFileRefusal] = useState<{ name: string; problem: FileProblem }>();
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<ApiError>();
  const [declared, setDeclared] = useState<MyRegistration>();
  const [declaring, setDeclaring] = useState(false);
  const key = useRef(idempotencyKey());
  const nextLocalId = useRef(1);
  const input = useRef<HTMLInputElement>(null);

  const maxAuthors = category.maxMembers;
  const problems = projectProblems({
    title: projectTitle,
    summary,
    coAuthorCount: authors.length,
    maxAuthors,
    documentCount: files.length,
    rule,
  });
  const shown = (field: keyof typeof problems) =>
    problems[field] && (tried || touched.has(field)) ? t(problems[field]) : undefined;
  const apiField = (field: string) => refusal?.fieldMessage(field);
  const touch = (field: string) => setTouched((previous) => new Set(previous).add(field));

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = "";
    let count = files.length;
    const accepted: ChosenFile[] = [];
    setFileRefusal(undefined);
    for (const file of chosen) {
      const problem = fileProblem(file, rule, count);
      if (problem) {
        setFileRefusal({ name: file.name, problem });
        continue;
      }
      count += 1;
      accepted.push({ localId: nextLocalId.current++, file, progress: 0, status: "waiting" });
    }
    setFiles((previous) => [...previous, ...accepted]);
    touch("documents");
  };
  const updateFile = (localId: number, change: Partial<ChosenFile>) =>
    setFiles((previous) => previous.map((item) => (item.localId === localId ? { ...item, ...change } : item)));

  const uploadOne = async (registrationId: string, item: ChosenFile) => {
    updateFile(item.localId, { status: "uploading", progress: 0, error: undefined });
    try {
      await uploadAttachment(item.file, { kind: "PROJECT_DOCUMENT", registrationId }, (progress) =>
        updateFile(item.localId, { progress }),
      );
      updateFile(item.localId, { status: "done", progress: 1 });
    } catch (failure) {
      updateFile(item.localId, {
        status: "failed",
        error: asApiError(failure),
      });
    }
  };
  const uploadAll = async (registrationId: string, items: ChosenFile[]) => {
    // One at a time: a phone's upload bandwidth is shared anyway, and progress reads clearly.
    for (const item of items) await uploadOne(registrationId, item);
  };

  const send = async () => {
    setDeclaring(true);
    setRefusal(undefined);
    try {
      const answer = await graphql<DeclareAnswer>(declareMutation, {
        activityId: activity.id,
        categoryKey: category.key,
        title: projectTitle.trim(),
        summary: summary.trim(),
        authors: authors.map((author) => author.workerId),
        key: key.current,
      });
      setDeclared(answer.declareProject);
      setStep("sending");
      setDeclaring(false);
      await uploadAll(answer.declareProject.id, files);
    } catch (failure) {
      const error = asApiError(failure);
      if (!mayHaveArrived(error)) key.current = idempotencyKey();
      setRefusal(error);
      if (error.fieldErrors.length > 0) setStep("form");
      setDeclaring(false);
    }
  };

  if (step === "sending" && declared) {
    const failed = files.filter((item) => item.status === "failed");
    const busy = files.some((item) => item.status === "uploading" || item.status === "waiting");
    const outcome = outcomeOf(declared.state);
    return (
      <Section title={busy ? t("activities.declare.declaring") : t("activities.declare.doneTitle")}>
        <Card className="outcome">
          <p className="outcome-state">
            <StatusBadge tone={outcome.tone}>{declared.stateLabel}</StatusBadge>
          </p>
          <p>{t(outcome.next)}</p>
        </Card>
        <FileList
          files={files}
          wide
          renderStatus={(item) => (
            <>
              {item.status === "uploading" || item.status === "waiting" ? (
                <ProgressBar
                  fraction={item.progress}
                  label={
                    item.status === "waiting"
                      ? t("activities.declare.waiting")
                      : t("activities.declare.uploading", { name: item.file.name })
                  }
                />
              ) : null}
              {item.status === "done" ? (
                <StatusBadge tone="good">{t("activities.declare.uploaded")}</StatusBadge>
              ) : null}
              {item.status === "failed" && item.error ? (
                <>
                  <p className="field-error" role="alert">
                    {errorText(item.error)}
                  </p>
                  <Button variant="secondary" onClick={() => uploadOne(declared.id, item)}>
                    {t("activities.declare.retryUpload")}
                  </Button>
                </>
              ) : null}
            </>
          )}
        />
        {!busy && failed.length > 0 ? (
          <Notice tone="warning">{t("activities.declare.someFailed", { count: failed.length })}</Notice>
        ) : null}
        {!busy ? (
          <div className="button-row">
            <Link className="button button-primary" to={`/me/registrations/${declared.id}`}>
              {t("activities.register.viewEntry")}
            </Link>
            <Link className="button button-secondary" to={`/activities/${activity.id}`}>
              {t("activities.register.backToActivity")}
            </Link>
          </div>
        ) : null}
      </Section>
    );
  }

  if (step === "confirm") {
    return (
      <Section title={t("activities.declare.confirmTitle")}>
        <Card>
          <dl className="facts">
            <dt>{t("activities.declare.projectTitle")}</dt>
            <dd>{projectTitle.trim()}</dd>
            <dt>{t("activities.declare.leader")}</dt>
            <dd>{self.name}</dd>
            {authors.length > 0 ? (
              <>
                <dt>{t("activities.declare.authors")}</dt>
                <dd>{authors.map((author) => author.name).join("、")}</dd>
              </>
            ) : null}
            <dt>{t("activities.declare.documents")}</dt>
            <dd>{t("activities.declare.fileCount", { count: files.length })}</dd>
          </dl>
          <p className="summary-preview">{summary.trim()}</p>
        </Card>
        {refusal ? <ErrorNotice error={refusal} /> : null}
        {refusal && (refusal.code === "NETWORK" || refusal.code === "SERVER") ? (
          <p className="meta">{t("activities.register.retrySafe")}</p>
        ) : null}
        <div className="button-row">
          <Button variant="secondary" onClick={() => setStep("form")} disabled={declaring}>
            {t("activities.register.edit")}
          </Button>
          <Button onClick={send} busy={declaring}>
            {t("activities.declare.submit")}
          </Button>
        </div>
      </Section>
    );
  }

  const ruleText = t("activities.declare.rule", {
    formats: rule.acceptedExtensions.join("、"),
    size: rule.maxMegabytesEach,
    count: rule.maxCount,
  });
  return (
    <form
      className="declare-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (Object.keys(problems).length === 0) {
          setStep("confirm");
          window.scrollTo(0, 0);
        }
      }}
    >
      <p className="meta">{t("activities.declare.intro")}</p>
      {refusal && refusal.fieldErrors.length === 0 ? <ErrorNotice error={refusal} /> : null}
      <TextField
        label={t("activities.declare.projectTitle")}
        value={projectTitle}
        maxLength={projectTitleMaxLength}
        autoComplete="off"
        onChange={(event) => {
          setProjectTitle(event.target.value);
          touch("title");
        }}
        error={apiField("title") ?? apiField("name") ?? shown("title")}
        hint={
          <span className="field-count">
            {projectTitle.length}/{projectTitleMaxLength}
          </span>
        }
      />
      <TextArea
        label={t("activities.declare.summary")}
        value={summary}
        maxLength={projectSummaryMaxLength}
        rows={6}
        onChange={(event) => {
          setSummary(event.target.value);
          touch("summary");
        }}
        error={apiField("summary") ?? shown("summary")}
        hint={t("activities.declare.summaryHint")}
      />
      <Section title={t("activities.declare.authors")}>
        <p className="meta">
          {t("activities.declare.leader")}：{t("activities.register.self", { name: self.name })}
        </p>
        {maxAuthors !== null ? (
          <p className="meta">{t("activities.declare.authorsHint", { max: maxAuthors })}</p>
        ) : null}
        <ul className="list-plain member-list">
          {authors.map((author) => (
            <li key={author.workerId} className="member-row">
              <WorkerLine worker={author} />
              <Button
                variant="text"
                onClick={() => setAuthors((previous) => previous.filter((other) => other.workerId !== author.workerId))}
              >
                {t("activities.register.remove")}
              </Button>
            </li>
          ))}
        </ul>
        {maxAuthors === null || authors.length + 1 < maxAuthors ? (
          <PartnerSearch
            label={t("activities.declare.authorSearch")}
            excludeIds={[...(self.workerId ? [self.workerId] : []), ...authors.map((author) => author.workerId)]}
            onPick={(worker) => {
              setAuthors((previous) => [...previous, worker]);
              touch("authors");
            }}
          />
        ) : null}
        {shown("authors") || apiField("members") ? (
          <p className="field-error" role="alert">
            {apiField("members") ?? shown("authors")}
          </p>
        ) : null}
        {refusal?.fieldErrors
          .filter((problem) => /^members\[\d+\]$/.test(problem.field) || problem.field === "categoryId")
          .map((problem) => (
            <p key={problem.message} className="field-error" role="alert">
              {problem.message}
            </p>
          ))}
      </Section>
      <Section title={t("activities.declare.documents")}>
        <p className="meta">{ruleText}</p>
        {rule.minCount > 0 ? (
          <p className="meta">{t("activities.declare.ruleMinimum", { min: rule.minCount })}</p>
        ) : null}
        {files.length === 0 ? <p className="meta">{t("activities.declare.noFiles")}</p> : null}
        <FileList
          files={files}
          renderStatus={(item) => (
            <Button
              variant="text"
              onClick={() => setFiles((previous) => previous.filter((other) => other.localId !== item.localId))}
              aria-label={`${t("activities.declare.removeFile")} ${item.file.name}`}
            >
              {t("activities.declare.removeFile")}
            </Button>
          )}
        />
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept={acceptAttribute(rule)}
          multiple
          onChange={choose}
          aria-label={t("activities.declare.chooseFile")}
        />
        {files.length < rule.maxCount ? (
          <Button variant="secondary" onClick={() => input.current?.click()}>
            {t("activities.declare.chooseFile")}
          </Button>
        ) : null}
        {fileRefusal ? (
          <p className="field-error" role="alert">
            {fileRefusal.name}：{fileProblemText(t, fileRefusal.problem)}
          </p>
        ) : shown("documents") ? (
          <p className="field-error" role="alert">
            {shown("documents")}
          </p>
        ) : null}
      </Section>
      <Button type="submit" block>
        {t("activities.register.next")}
      </Button>
    </form>
  );
}

function fileProblemText(t: ReturnType<typeof useT>, problem: FileProblem): string {
  switch (problem.code) {
    case "FILE_TYPE_NOT_ALLOWED":
      return t("activities.declare.file.FILE_TYPE_NOT_ALLOWED", { formats: problem.formats });
    case "FILE_TOO_LARGE":
      return t("activities.declare.file.FILE_TOO_LARGE", { size: problem.megabytes });
    case "FILE_EMPTY":
      return t("activities.declare.file.FILE_EMPTY");
    case "ATTACHMENT_LIMIT_REACHED":
      return t("activities.declare.file.ATTACHMENT_LIMIT_REACHED", { count: problem.maxCount });
  }
}

function FileList({
  files,
  wide = false,
  renderStatus,
}: {
  files: ChosenFile[];
  /** The status takes a line of its own (progress bars while sending). */
  wide?: boolean;
  renderStatus(item: ChosenFile): ReactNode;
}) {
  if (files.length === 0) return null;
  return (
    <ul className="list-plain file-list">
      {files.map((item) => (
        <li key={item.localId} className="file-row">
          <div className="file-name">
            <span>{item.file.name}</span>
            <span className="meta">{fileSizeText(item.file.size)}</span>
          </div>
          <div className={wide ? "file-status file-status-wide" : "file-status"}>{renderStatus(item)}</div>
        </li>
      ))}
    </ul>
  );
}
