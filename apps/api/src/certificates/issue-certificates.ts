import {
  type ActivityConfiguration,
  buildCertificates,
  type CertificateAward,
  type CertificateOrganizationAward,
  type CertificateParticipant,
  DomainError,
  excellenceAwardName,
} from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";

function refused(reasons: { code: string; message: string }[]): DomainError {
  return new DomainError(
    "CERTIFICATES_REFUSED",
    reasons.map(({ code, message }) => ({ field: "activityId", code, message })),
    `暂不能颁发证书：${reasons.map((reason) => reason.message).join("；")}`,
  );
}

/** The levelKey of an organization award's certificate (one per award, by organizationAwardId). */
export const organizationAwardLevelKey = "ORGANIZATION";

/**
 * 颁发证书 once results are final: a 荣誉证书 per award and award level, a 荣誉证书 per
 * organization award (优秀组织奖, made out to the unit), a 参赛证书 for everyone else who was placed
 * or listed, numbered by the domain. Issuing again adds only what is missing (a certificate per
 * entry and level, per organization award, numbers continuing the sequence), never a duplicate.
 */
export async function issueCertificates(context: Context, activityId: number) {
  const activity = await findActivity(context, activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  if (activity.state !== "FINAL") {
    throw refused([{ code: "RESULTS_NOT_FINAL", message: "结果正式发布后才能颁发证书" }]);
  }
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const rule = configuration.certificates;
  return context.prisma.$transaction(async (tx) => {
    // Bumping the categories serializes concurrent issues of the same activity.
    await tx.category.updateMany({ where: { activityId }, data: { version: { increment: 1 } } });
    const [results, issued, organizationAwardRows] = await Promise.all([
      tx.result.findMany({
        where: { activityId },
        orderBy: [{ categoryId: "asc" }, { trackKey: "asc" }, { registrationId: "asc" }],
        include: {
          category: { select: { key: true, name: true } },
          registration: {
            select: {
              name: true,
              organization: { select: { name: true } },
              members: {
                select: { worker: { select: { name: true } } },
                orderBy: [{ isLeader: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
              },
            },
          },
        },
      }),
      tx.certificate.findMany({
        where: { activityId },
        select: { registrationId: true, levelKey: true, sequence: true },
      }),
      tx.organizationAward.findMany({
        where: { activityId, certificate: { is: null } },
        orderBy: { id: "asc" },
        select: { id: true, name: true, organization: { select: { name: true } } },
      }),
    ]);
    if (results.length === 0) throw refused([{ code: "RESULTS_NOT_COMPUTED", message: "没有成绩记录" }]);
    const issuedLines = new Set(issued.map((row) => `${row.registrationId}:${row.levelKey}`));
    const holdsAward = new Set<number>();
    for (const row of issued) {
      if (row.registrationId !== null && row.levelKey !== "PARTICIPATION") holdsAward.add(row.registrationId);
    }
    const singleCategory = configuration.categories?.length === 1;
    const awards: CertificateAward[] = [];
    const participants = new Map<number, CertificateParticipant>();
    for (const result of results) {
      const participant: CertificateParticipant = {
        entryId: result.registrationId,
        recipientName:
          result.registration.name ?? result.registration.members.map((member) => member.worker.name).join("、"),
        organizationName: result.registration.organization.name,
        categoryKey: result.category.key,
        categoryName: singleCategory ? null : result.category.name,
      };
      const titles = (result.titles as string[]).filter((title) => title !== excellenceAwardName);
      const excellence = (result.titles as string[]).includes(excellenceAwardName);
      const awardName = result.awardTierName ?? (excellence ? excellenceAwardName : null);
      if (rule.awards && (awardName !== null || titles.length > 0)) {
        if (!issuedLines.has(`${result.registrationId}:${result.trackKey}`)) {
          awards.push({
            ...participant,
            levelKey: result.trackKey,
            levelName: result.trackName,
            place: result.place,
            awardName,
            titles,
          });
        }
        holdsAward.add(result.registrationId);
      }
      if (rule.participation && !issuedLines.has(`${result.registrationId}:PARTICIPATION`)) {
        participants.set(result.registrationId, participant);
      }
    }
    for (const id of holdsAward) participants.delete(id);
    const organizationAwards: CertificateOrganizationAward[] = rule.awards
      ? organizationAwardRows.map((row) => ({
          organizationAwardId: row.id,
          organizationName: row.organization.name,
          awardName: row.name,
        }))
      : [];
    const firstSequence = Math.max(0, ...issued.map((row) => row.sequence)) + 1;
    const built = buildCertificates({
      activity: { code: rule.numberPrefix, name: activity.name, issuerName: rule.issuerName },
      issueDate: context.today,
      firstSequence,
      awards,
      organizationAwards,
      participants: [...participants.values()],
    });
    if (!built.ok) throw refused(built.reasons);
    const issuedAt = new Date();
    if (built.value.length > 0) {
      await tx.certificate.createMany({
        data: built.value.map((certificate) => {
          const common = {
            activityId,
            kind: certificate.kind,
            number: certificate.number,
            sequence: certificate.sequence,
            data: JSON.parse(JSON.stringify(certificate)),
            issuedOn: certificate.issueDate,
            issuedAt,
            issuedById: performer.userId,
          };
          if (certificate.organizationAwardId !== undefined) {
            return {
              ...common,
              registrationId: null,
              organizationAwardId: certificate.organizationAwardId,
              levelKey: organizationAwardLevelKey,
            };
          }
          const award = awards.find(
            (line) => line.entryId === certificate.entryId && line.levelName === certificate.levelName,
          );
          return {
            ...common,
            registrationId: certificate.entryId,
            levelKey: certificate.kind === "AWARD" ? (award?.levelKey ?? "CITY") : "PARTICIPATION",
          };
        }),
      });
    }
    await recordAuditEntry(tx, context.actor, {
      action: "CERTIFICATES_ISSUE",
      entityType: "Activity",
      entityId: activityId,
      activityId,
      before: { issued: issued.length },
      after: { issued: issued.length + built.value.length, numbers: built.value.map((c) => c.number) },
    });
    return tx.certificate.findMany({ where: { activityId }, orderBy: { sequence: "asc" } });
  });
}
