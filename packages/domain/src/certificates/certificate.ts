import { type CalendarDate, formatChineseDate, isCalendarDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import { formatCertificateNumber, isCertificateActivityCode } from "./certificate-number.ts";

/** The activity a batch of certificates belongs to. */
export interface CertificateActivity {
  /** The numbering prefix, e.g. "JZ-2015-ZYB". */
  code: string;
  /** As printed, e.g. "锦州市第二届“状元杯”职工职业技能大赛". */
  name: string;
  /** Who issues and seals the certificate, e.g. "锦州市总工会". */
  issuerName: string;
}

/** Someone who took part, as their certificate names them. */
export interface CertificateParticipant {
  entryId: number;
  /** 参赛选手 or 参赛队伍 name. */
  recipientName: string;
  /** 所在单位. */
  organizationName: string;
  categoryKey: string;
  /** 组别/工种/项目, e.g. "车工"; null when the activity has a single category. */
  categoryName: string | null;
}

/** One award to certify: a tier or 优胜奖 on one award level, and any titles with it. */
export interface CertificateAward extends CertificateParticipant {
  /** The award track or level ("CITY", "COUNTY-GTQ"); one certificate per entry and level. */
  levelKey: string;
  /** As printed before the award, e.g. "市级", "县(市)区级（古塔区）"; null for none. */
  levelName: string | null;
  /** 名次 on that level, for ordering; null when the award has no place (e.g. 工人先锋号). */
  place: number | null;
  /** e.g. "一等奖", "优胜奖", "工人先锋号"; null when only a title is awarded. */
  awardName: string | null;
  /** Titles that go with it, e.g. ["状元"]. */
  titles: readonly string[];
}

/**
 * An award made to a unit (优秀组织奖) for how it organized its people's part in the activity: a
 * 荣誉证书 made out to the unit itself.
 */
export interface CertificateOrganizationAward {
  organizationAwardId: number;
  /** The unit as printed, e.g. "古塔区总工会". */
  organizationName: string;
  /** As printed, e.g. "优秀组织奖". */
  awardName: string;
}

export type CertificateKind = "AWARD" | "PARTICIPATION";

export const certificateHeadings: Record<CertificateKind, string> = {
  AWARD: "荣誉证书",
  PARTICIPATION: "参赛证书",
};

/** Everything a certificate says; the PDF layout is decided elsewhere. */
export interface CertificateData {
  /** Unique within the activity, e.g. "JZ-2015-ZYB-0001". */
  number: string;
  sequence: number;
  kind: CertificateKind;
  /** 荣誉证书 or 参赛证书. */
  heading: string;
  /** The entry it certifies; null for a unit's organization award. */
  entryId: number | null;
  /**
   * The organization award it certifies (then entryId is null and the recipient is the unit);
   * absent on an entry's certificate.
   */
  organizationAwardId?: number;
  /** The person, team or project; for an organization award, the unit. */
  recipientName: string;
  organizationName: string;
  activityName: string;
  categoryName: string | null;
  levelName: string | null;
  awardName: string | null;
  titles: readonly string[];
  /** The sentence of the certificate, e.g. "张伟（锦州机床厂工会）在……中荣获市级一等奖，并获“状元”称号。特发此证，以资鼓励。" */
  citation: string;
  issuerName: string;
  issueDate: CalendarDate;
  /** "2015年10月20日". */
  issueDateText: string;
}

export interface CertificateBatchInput {
  activity: CertificateActivity;
  issueDate: CalendarDate;
  /** Sequence of this batch's first certificate: 1 for the first batch, the last issued + 1 after. */
  firstSequence?: number;
  awards: readonly CertificateAward[];
  /** Awards made to units (优秀组织奖); none when left out. */
  organizationAwards?: readonly CertificateOrganizationAward[];
  /** Everyone who took part; those holding an award certificate get no 参赛证书 as well. */
  participants: readonly CertificateParticipant[];
}

export type CertificateBatchOutcome = { ok: true; value: CertificateData[] } | { ok: false; reasons: Reason[] };

/**
 * Builds a batch of certificates: one 荣誉证书 per award line (an entry awarded on both the city
 * and the county level gets two), then one 荣誉证书 per organization award (made out to the unit),
 * then one 参赛证书 for every participant without an award.
 *
 * Numbering does not depend on the order of the input, so rebuilding a batch gives every
 * certificate the same number: award certificates first, by category key, level key ("CITY"
 * before "COUNTY-…"), place (no place last), entry id; then organization awards by their id; then
 * participation certificates by category key and entry id. Keys are compared by code point, never
 * by locale.
 */
export function buildCertificates(input: CertificateBatchInput): CertificateBatchOutcome {
  const reasons = validateBatch(input);
  if (reasons.length > 0) return { ok: false, reasons };

  const { activity, issueDate } = input;
  const awards = [...input.awards].sort(
    (a, b) =>
      compareText(a.categoryKey, b.categoryKey) ||
      compareText(a.levelKey, b.levelKey) ||
      (a.place ?? Number.POSITIVE_INFINITY) - (b.place ?? Number.POSITIVE_INFINITY) ||
      a.entryId - b.entryId,
  );
  const organizationAwards = [...(input.organizationAwards ?? [])].sort(
    (a, b) => a.organizationAwardId - b.organizationAwardId,
  );
  const awarded = new Set(awards.map((award) => award.entryId));
  const participants = input.participants
    .filter((participant) => !awarded.has(participant.entryId))
    .sort((a, b) => compareText(a.categoryKey, b.categoryKey) || a.entryId - b.entryId);

  const firstSequence = input.firstSequence ?? 1;
  const common = {
    activityName: activity.name,
    issuerName: activity.issuerName,
    issueDate,
    issueDateText: formatChineseDate(issueDate),
  };
  const certificates: CertificateData[] = [];
  for (const award of awards) {
    const sequence = firstSequence + certificates.length;
    certificates.push({
      ...common,
      number: formatCertificateNumber(activity.code, sequence),
      sequence,
      kind: "AWARD",
      heading: certificateHeadings.AWARD,
      entryId: award.entryId,
      recipientName: award.recipientName.trim(),
      organizationName: award.organizationName.trim(),
      categoryName: award.categoryName,
      levelName: award.levelName,
      awardName: award.awardName,
      titles: award.titles,
      citation: awardCitation(activity, award),
    });
  }
  for (const award of organizationAwards) {
    const sequence = firstSequence + certificates.length;
    const organizationName = award.organizationName.trim();
    const awardName = award.awardName.trim();
    certificates.push({
      ...common,
      number: formatCertificateNumber(activity.code, sequence),
      sequence,
      kind: "AWARD",
      heading: certificateHeadings.AWARD,
      entryId: null,
      organizationAwardId: award.organizationAwardId,
      recipientName: organizationName,
      organizationName,
      categoryName: null,
      levelName: null,
      awardName,
      titles: [],
      citation: `${organizationName}在${activity.name}中荣获“${awardName}”。特发此证，以资鼓励。`,
    });
  }
  for (const participant of participants) {
    const sequence = firstSequence + certificates.length;
    certificates.push({
      ...common,
      number: formatCertificateNumber(activity.code, sequence),
      sequence,
      kind: "PARTICIPATION",
      heading: certificateHeadings.PARTICIPATION,
      entryId: participant.entryId,
      recipientName: participant.recipientName.trim(),
      organizationName: participant.organizationName.trim(),
      categoryName: participant.categoryName,
      levelName: null,
      awardName: null,
      titles: [],
      citation: `${who(participant)}参加${activity.name}${categoryPart(participant)}。特发此证。`,
    });
  }
  return { ok: true, value: certificates };
}

/** Code-point order: the same everywhere, unlike localeCompare, which depends on the runtime's ICU data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function who(recipient: CertificateParticipant): string {
  return `${recipient.recipientName.trim()}（${recipient.organizationName.trim()}）`;
}

function categoryPart(recipient: CertificateParticipant): string {
  return recipient.categoryName ? `（${recipient.categoryName}）` : "";
}

/** "……中荣获市级一等奖，并获“状元”称号", or "……中荣获市级“状元”称号" for a title alone. */
function awardCitation(activity: CertificateActivity, award: CertificateAward): string {
  const level = award.levelName ?? "";
  const honours = award.awardName ? [`荣获${level}${award.awardName}`] : [];
  for (const title of award.titles) {
    honours.push(honours.length === 0 ? `荣获${level}“${title}”称号` : `并获“${title}”称号`);
  }
  return `${who(award)}在${activity.name}${categoryPart(award)}中${honours.join("，")}。特发此证，以资鼓励。`;
}

function validateBatch(input: CertificateBatchInput): Reason[] {
  const reasons: Reason[] = [];
  const { activity } = input;
  if (!isCertificateActivityCode(activity.code)) {
    reasons.push({
      code: "CERTIFICATE_ACTIVITY_CODE_FORMAT",
      message: "证书编号前缀应由大写字母、数字和连字符组成，如 JZ-2015-ZYB",
    });
  }
  if (activity.name.trim() === "")
    reasons.push({ code: "CERTIFICATE_ACTIVITY_NAME_REQUIRED", message: "请填写活动名称" });
  if (activity.issuerName.trim() === "") {
    reasons.push({ code: "CERTIFICATE_ISSUER_REQUIRED", message: "请填写发证单位" });
  }
  if (!isCalendarDate(input.issueDate)) {
    reasons.push({ code: "CERTIFICATE_ISSUE_DATE_INVALID", message: "发证日期不是有效日期" });
  }
  const firstSequence = input.firstSequence ?? 1;
  if (!Number.isSafeInteger(firstSequence) || firstSequence < 1) {
    reasons.push({ code: "CERTIFICATE_FIRST_SEQUENCE_INVALID", message: "证书起始序号应为不小于 1 的整数" });
  }

  const awardLines = new Set<string>();
  input.awards.forEach((award, index) => {
    const label = `第 ${index + 1} 条获奖记录`;
    reasons.push(...recipientProblems(award, label));
    if (!award.awardName?.trim() && award.titles.length === 0) {
      reasons.push({ code: "CERTIFICATE_AWARD_NAME_REQUIRED", message: `${label}缺少奖项或称号` });
    }
    const line = `${award.entryId}\u0000${award.levelKey}`;
    if (awardLines.has(line)) {
      reasons.push({
        code: "CERTIFICATE_AWARD_DUPLICATE",
        message: `${label}（${shownName(award)}）在同一奖项层级重复出现`,
      });
    }
    awardLines.add(line);
  });
  const organizationAwardIds = new Set<number>();
  (input.organizationAwards ?? []).forEach((award, index) => {
    const label = `第 ${index + 1} 条组织奖记录`;
    if (award.organizationName.trim() === "") {
      reasons.push({ code: "CERTIFICATE_ORGANIZATION_REQUIRED", message: `${label}缺少获奖单位名称` });
    }
    if (award.awardName.trim() === "") {
      reasons.push({ code: "CERTIFICATE_AWARD_NAME_REQUIRED", message: `${label}缺少奖项名称` });
    }
    if (organizationAwardIds.has(award.organizationAwardId)) {
      reasons.push({
        code: "CERTIFICATE_ORGANIZATION_AWARD_DUPLICATE",
        message: `${label}（${award.organizationName.trim() || `#${award.organizationAwardId}`}）重复出现`,
      });
    }
    organizationAwardIds.add(award.organizationAwardId);
  });
  const participantIds = new Set<number>();
  input.participants.forEach((participant, index) => {
    const label = `第 ${index + 1} 条参赛记录`;
    reasons.push(...recipientProblems(participant, label));
    if (participantIds.has(participant.entryId)) {
      reasons.push({
        code: "CERTIFICATE_PARTICIPANT_DUPLICATE",
        message: `${label}（${shownName(participant)}）重复出现`,
      });
    }
    participantIds.add(participant.entryId);
  });
  return reasons;
}

/** The name, or the entry id when the name is blank, so that a message always points somewhere. */
function shownName(recipient: CertificateParticipant): string {
  return recipient.recipientName.trim() || `#${recipient.entryId}`;
}

function recipientProblems(recipient: CertificateParticipant, label: string): Reason[] {
  const problems: Reason[] = [];
  if (recipient.recipientName.trim() === "") {
    problems.push({ code: "CERTIFICATE_RECIPIENT_NAME_REQUIRED", message: `${label}缺少获证人姓名` });
  }
  if (recipient.organizationName.trim() === "") {
    problems.push({ code: "CERTIFICATE_ORGANIZATION_REQUIRED", message: `${label}缺少所在单位` });
  }
  return problems;
}
