// The innovation-award declaration (申报项目): title, summary, co-authors and documents, checked
// as the worker types with the limits the API applies.

export const projectTitleMaxLength = 100;
export const projectSummaryMaxLength = 2000;

/** The activity's attachment rule (Activity.configuration.attachments). */
export interface AttachmentRule {
  minCount: number;
  maxCount: number;
  /** Lower-case extensions without the dot. */
  acceptedExtensions: string[];
  maxMegabytesEach: number;
}

/** When the activity sets no rule: what the API accepts for any upload (docs/api/files.md). */
export const defaultAttachmentRule: AttachmentRule = {
  minCount: 0,
  maxCount: 20,
  acceptedExtensions: ["pdf", "doc", "docx", "jpg", "jpeg", "png", "webp", "xls", "xlsx", "pptx"],
  maxMegabytesEach: 10,
};

/** Reads the rule out of the activity's configuration JSON; the default when it has none or it is malformed. */
export function attachmentRuleOf(configuration: unknown): AttachmentRule {
  const rule = (configuration as { attachments?: Partial<AttachmentRule> | null } | null)?.attachments;
  if (!rule || !Array.isArray(rule.acceptedExtensions) || typeof rule.maxMegabytesEach !== "number") {
    return defaultAttachmentRule;
  }
  return {
    minCount: typeof rule.minCount === "number" ? rule.minCount : 0,
    maxCount: typeof rule.maxCount === "number" ? rule.maxCount : defaultAttachmentRule.maxCount,
    acceptedExtensions: rule.acceptedExtensions.map((extension) => String(extension).toLowerCase()),
    maxMegabytesEach: rule.maxMegabytesEach,
  };
}

/** The `accept` attribute of the file input: ".pdf,.doc,…". */
export function acceptAttribute(rule: AttachmentRule): string {
  return rule.acceptedExtensions.map((extension) => `.${extension}`).join(",");
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export type FileProblem =
  | { code: "FILE_TYPE_NOT_ALLOWED"; formats: string }
  | { code: "FILE_TOO_LARGE"; megabytes: number }
  | { code: "FILE_EMPTY" }
  | { code: "ATTACHMENT_LIMIT_REACHED"; maxCount: number };

/**
 * Why a chosen file will be refused, before it is sent: a format outside the rule (jpeg counts as
 * jpg), more than the rule's size, an empty file, or one file too many. Null when it may go.
 */
export function fileProblem(
  file: { name: string; size: number },
  rule: AttachmentRule,
  filesAlreadyChosen: number,
): FileProblem | null {
  const extension = extensionOf(file.name);
  const accepted = new Set(rule.acceptedExtensions);
  if (accepted.has("jpg")) accepted.add("jpeg");
  if (!accepted.has(extension)) return { code: "FILE_TYPE_NOT_ALLOWED", formats: rule.acceptedExtensions.join("、") };
  if (file.size === 0) return { code: "FILE_EMPTY" };
  if (file.size > rule.maxMegabytesEach * 1024 * 1024) {
    return { code: "FILE_TOO_LARGE", megabytes: rule.maxMegabytesEach };
  }
  if (filesAlreadyChosen >= rule.maxCount) return { code: "ATTACHMENT_LIMIT_REACHED", maxCount: rule.maxCount };
  return null;
}

/** 1.2 MB / 350 KB: a file's size as a phone user reads it. */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface ProjectProblems {
  title?: "activities.declare.titleRequired" | "activities.declare.titleTooLong";
  summary?: "activities.declare.summaryRequired" | "activities.declare.summaryTooLong";
  authors?: "activities.declare.tooManyAuthors";
  documents?: "activities.declare.documentsMissing";
}

/**
 * The declaration's problems before sending: title and summary required within their lengths, no
 * more authors than the category allows (the declarant included), and at least the rule's
 * minimum of documents.
 */
export function projectProblems(input: {
  title: string;
  summary: string;
  coAuthorCount: number;
  maxAuthors: number | null;
  documentCount: number;
  rule: AttachmentRule;
}): ProjectProblems {
  const problems: ProjectProblems = {};
  const title = input.title.trim();
  if (title === "") problems.title = "activities.declare.titleRequired";
  else if (title.length > projectTitleMaxLength) problems.title = "activities.declare.titleTooLong";
  const summary = input.summary.trim();
  if (summary === "") problems.summary = "activities.declare.summaryRequired";
  else if (summary.length > projectSummaryMaxLength) problems.summary = "activities.declare.summaryTooLong";
  if (input.maxAuthors !== null && input.coAuthorCount + 1 > input.maxAuthors) {
    problems.authors = "activities.declare.tooManyAuthors";
  }
  if (input.documentCount < input.rule.minCount) problems.documents = "activities.declare.documentsMissing";
  return problems;
}
