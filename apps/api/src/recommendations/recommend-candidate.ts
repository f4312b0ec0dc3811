import { isUniqueViolation } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  DomainError,
  type FieldError,
  firstApprovalState,
  formatChineseDate,
  idsOnPath,
  isMobilePhone,
  validationError,
} from "@jinzhou/domain";
import { attachPublicUploads } from "../attachments/attach-uploads.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";

export interface RecommendationRequest {
  activityId: number;
  /** The category key; the activity's first individual category when omitted. */
  categoryKey?: string | null;
  candidateName: string;
  /** The candidate's grassroots union (基层工会). */
  organizationId: number;
  /** 事迹: what the candidate did. */
  story: string;
  /** Who recommends: sensitive, masked for everyone but the organizer, never logged. */
  recommenderName: string;
  recommenderPhone: string;
  /** Client-chosen; a retry with the same key (from the same phone) returns the first recommendation. */
  idempotencyKey: string;
  /**
   * The candidate's photo, uploaded beforehand (POST /files/attachments, kind PHOTO, no
   * registration); required when the activity's attachment rule asks for at least one file.
   */
  photoAttachmentId?: number | null;
}

const limits = { candidateName: 30, story: 2000, recommenderName: 30, idempotencyKey: 100 } as const;

/**
 * Anyone (no account needed) recommends a candidate for an activity that takes public
 * recommendations (公众推荐, the 最美劳动者 search) while it is open for entries. The recommendation
 * is a registration with channel PUBLIC_RECOMMENDATION at the first step of the activity's approval
 * chain (the unit confirms its worker, then the county, then the organizer's preliminary review
 * 初评), like every other entry. A photo uploaded beforehand joins it in the same transaction. The recommender's name and phone are kept for the organizer only
 * and never reach a log or the audit log.
 */
export async function recommendCandidate(context: Context, request: RecommendationRequest): Promise<{ id: number }> {
  const input = cleaned(request);
  const earlier = await replayed(context, input.activityId, input.idempotencyKey, input.recommenderPhone);
  if (earlier) return earlier;

  const activity = await context.prisma.activity.findUnique({
    where: { id: input.activityId },
    include: { categories: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } },
  });
  if (!activity) throw new DomainError("NOT_FOUND");
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  if (!configuration.entryChannels.includes("PUBLIC_RECOMMENDATION")) {
    throw new DomainError("RECOMMENDATION_NOT_ALLOWED", [], `“${activity.name}”不接受公众推荐`);
  }
  if (activity.state !== "REGISTRATION_OPEN") {
    throw new DomainError("RECOMMENDATION_NOT_ALLOWED", [], `“${activity.name}”现在不在推荐期，不能推荐`);
  }
  if (activity.registrationClosesOn !== null && context.today > activity.registrationClosesOn) {
    throw new DomainError(
      "RECOMMENDATION_NOT_ALLOWED",
      [],
      `推荐已于 ${formatChineseDate(activity.registrationClosesOn)} 截止，不能再推荐`,
    );
  }
  const photoRequired = (configuration.attachments?.minCount ?? 0) > 0;
  if (photoRequired && input.photoAttachmentId === null) {
    throw validationError([{ field: "photoAttachmentId", code: "REQUIRED", message: "请上传候选人的照片" }]);
  }
  const category = activity.categories.find((row) =>
    input.categoryKey ? row.key === input.categoryKey : row.entrantType === "INDIVIDUAL",
  );
  if (category?.entrantType !== "INDIVIDUAL") {
    throw validationError([{ field: "categoryKey", code: "NOT_FOUND", message: "该活动没有可以推荐个人候选人的组别" }]);
  }
  const unit = await context.prisma.organization.findUnique({
    where: { id: input.organizationId },
    select: { id: true, kind: true, path: true, name: true },
  });
  if (unit?.kind !== "GRASSROOTS_UNION") {
    throw validationError([
      { field: "organizationId", code: "NOT_FOUND", message: "请选择候选人所在的基层工会（单位）" },
    ]);
  }
  const state =
    configuration.approvalChain.levels.length === 0
      ? ("APPROVED" as const)
      : firstApprovalState(configuration.approvalChain, {
          countyOrIndustryPath:
            (
              await context.prisma.organization.findFirst({
                where: { id: { in: idsOnPath(unit.path) }, kind: { in: ["COUNTY_FEDERATION", "INDUSTRY_UNION"] } },
                select: { path: true },
              })
            )?.path ?? null,
        });

  try {
    return await context.prisma.$transaction(async (tx) => {
      const registeredAt = new Date();
      const created = await tx.registration.create({
        data: {
          activityId: activity.id,
          categoryId: category.id,
          entrantType: "INDIVIDUAL",
          channel: "PUBLIC_RECOMMENDATION",
          state,
          name: input.candidateName,
          organizationId: unit.id,
          registeredAt,
          stateChangedAt: registeredAt,
          details: { story: input.story },
          recommenderName: input.recommenderName,
          recommenderPhone: input.recommenderPhone,
          idempotencyKey: input.idempotencyKey,
          submittedById: context.actor?.userId ?? null,
        },
        select: { id: true },
      });
      if (input.photoAttachmentId !== null) {
        await attachPublicUploads(tx, {
          attachmentIds: [input.photoAttachmentId],
          kind: "PHOTO",
          target: { registrationId: created.id },
          linkedById: context.actor?.userId ?? null,
          field: "photoAttachmentId",
          noun: "照片",
          maxCount: 1,
          rule: configuration.attachments,
        });
      }
      // The recommender is recorded as "a member of the public", never by name or phone.
      await recordAuditEntry(tx, context.actor, {
        action: "RECOMMENDATION_FILED",
        entityType: "Registration",
        entityId: created.id,
        activityId: activity.id,
        after: {
          categoryKey: category.key,
          channel: "PUBLIC_RECOMMENDATION",
          candidateName: input.candidateName,
          organizationId: unit.id,
          state,
          photoAttachmentId: input.photoAttachmentId,
        },
      });
      return created;
    });
  } catch (error) {
    const fields = isUniqueViolation(error);
    if (!fields) throw error;
    const first = await replayed(context, input.activityId, input.idempotencyKey, input.recommenderPhone);
    if (first) return first;
    throw error;
  }
}

async function replayed(context: Context, activityId: number, idempotencyKey: string, phone: string) {
  const earlier = await context.prisma.registration.findUnique({
    where: { activityId_idempotencyKey: { activityId, idempotencyKey } },
    select: { id: true, recommenderPhone: true },
  });
  if (!earlier) return null;
  if (earlier.recommenderPhone !== phone) throw new DomainError("IDEMPOTENCY_KEY_REUSED");
  return { id: earlier.id };
}

function cleaned(request: RecommendationRequest) {
  const value = {
    activityId: request.activityId,
    categoryKey: request.categoryKey?.trim() || null,
    candidateName: request.candidateName.trim(),
    organizationId: request.organizationId,
    story: request.story.trim(),
    recommenderName: request.recommenderName.trim(),
    recommenderPhone: request.recommenderPhone.trim(),
    idempotencyKey: request.idempotencyKey.trim(),
    photoAttachmentId: request.photoAttachmentId ?? null,
  };
  const errors: FieldError[] = [];
  const text = (field: keyof typeof limits, label: string) => {
    const length = value[field].length;
    if (length === 0) errors.push({ field, code: "REQUIRED", message: `请填写${label}` });
    else if (length > limits[field]) {
      errors.push({ field, code: "TOO_LONG", message: `${label}不能超过 ${limits[field]} 个字` });
    }
  };
  text("candidateName", "候选人姓名");
  text("story", "候选人事迹");
  text("recommenderName", "推荐人姓名");
  text("idempotencyKey", "请求编号");
  if (!isMobilePhone(value.recommenderPhone)) {
    errors.push({ field: "recommenderPhone", code: "INVALID", message: "推荐人手机号格式不正确，请填写 11 位手机号" });
  }
  if (errors.length > 0) throw validationError(errors);
  return value;
}
