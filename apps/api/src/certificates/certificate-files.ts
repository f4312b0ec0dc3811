import { type CertificateData, DomainError, errorMessages } from "@jinzhou/domain";
import { type Response, Router } from "express";
import { requireActivityManager } from "../activities/activity-access.ts";
import type { FileRouteDependencies } from "../files/file-http.ts";
import { mayReadCertificate } from "./certificate-access.ts";
import { renderCertificatesPdf } from "./certificate-pdf.ts";

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

function refuse(response: Response, code: keyof typeof errorMessages) {
  response.status(statusOf[code] ?? 400).json({ code, message: errorMessages[code] });
}

function sendPdf(response: Response, bytes: Buffer, filename: string) {
  response.setHeader("Content-Type", "application/pdf");
  response.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Cache-Control", "private, no-store");
  response.end(bytes);
}

/**
 * PDF certificates over HTTP with the same Bearer token as GraphQL:
 * - GET /files/certificates/:id.pdf — one certificate: its worker, the owning department's
 *   organizers, the admin; an organization award's certificate also the unit admins above the unit;
 * - GET /files/activities/:id/certificates.pdf — every certificate of an activity in one PDF:
 *   the owning department's organizers and the admin.
 * Refusals are JSON `{ code, message }` in Chinese (401, 403, 404).
 */
export function certificateFiles({ contextFor, log }: FileRouteDependencies): Router {
  const router = Router();
  router.get("/files/certificates/:file", async (request, response) => {
    try {
      const match = /^(\d{1,12})\.pdf$/.exec(request.params.file ?? "");
      if (!match) return refuse(response, "NOT_FOUND");
      const context = await contextFor(request, request.headers.authorization);
      if (!context.actor) return refuse(response, "UNAUTHENTICATED");
      const certificate = await context.prisma.certificate.findUnique({
        where: { id: Number(match[1]) },
        include: {
          activity: { select: { department: { select: { code: true } } } },
          registration: { select: { members: { select: { workerId: true } } } },
          organizationAward: { select: { organization: { select: { path: true } } } },
        },
      });
      const allowed =
        certificate !== null &&
        (await mayReadCertificate(context, context.actor, {
          activityDepartmentCode: certificate.activity.department.code,
          memberWorkerIds: certificate.registration?.members.map((member) => member.workerId) ?? [],
          awardedOrganizationPath: certificate.organizationAward?.organization.path ?? null,
        }));
      // Someone else's certificate looks absent, as in GraphQL.
      if (!certificate || !allowed) return refuse(response, "NOT_FOUND");
      const bytes = await renderCertificatesPdf([certificate.data as unknown as CertificateData]);
      return sendPdf(response, bytes, `${certificate.number}.pdf`);
    } catch (error) {
      log.error("certificate download failed", { error: error instanceof Error ? error.name : "unknown" });
      return refuse(response, "INTERNAL");
    }
  });
  router.get("/files/activities/:id/certificates.pdf", async (request, response) => {
    try {
      if (!/^\d{1,12}$/.test(request.params.id ?? "")) return refuse(response, "NOT_FOUND");
      const context = await contextFor(request, request.headers.authorization);
      if (!context.actor) return refuse(response, "UNAUTHENTICATED");
      const activity = await context.prisma.activity.findUnique({
        where: { id: Number(request.params.id) },
        include: { department: { select: { code: true } } },
      });
      if (!activity) return refuse(response, "NOT_FOUND");
      try {
        await requireActivityManager(context, activity.department.code);
      } catch (error) {
        if (error instanceof DomainError) return refuse(response, error.code);
        throw error;
      }
      const certificates = await context.prisma.certificate.findMany({
        where: { activityId: activity.id },
        orderBy: { sequence: "asc" },
      });
      if (certificates.length === 0) {
        return response.status(404).json({ code: "CERTIFICATES_REFUSED", message: "该活动尚未颁发证书" });
      }
      const bytes = await renderCertificatesPdf(certificates.map((row) => row.data as unknown as CertificateData));
      return sendPdf(response, bytes, `certificates-${activity.code.replace(/[^A-Za-z0-9_-]/g, "_")}.pdf`);
    } catch (error) {
      log.error("certificate download failed", { error: error instanceof Error ? error.name : "unknown" });
      return refuse(response, "INTERNAL");
    }
  });
  return router;
}
