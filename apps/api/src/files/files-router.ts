import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { DomainError } from "@jinzhou/domain";
import { type Request, type Response, Router } from "express";
import { findVisibleAttachment, isPublicCandidatePhoto } from "../attachments/attachment-access.ts";
import type { FileStorage } from "../attachments/file-storage.ts";
import { uploadAttachment } from "../attachments/upload-attachment.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { exportRegistrations } from "./export-registrations.ts";
import { exportResults } from "./export-results.ts";
import { type FileRouteDependencies, sendError, setDownloadHeaders, xlsxContentType } from "./file-http.ts";
import { importWorkers } from "./import-workers.ts";
import { readMultipart } from "./multipart.ts";
import { rosterTemplate } from "./roster-template.ts";

export interface FileSettings {
  /** Where attachments live; shared by every API instance. */
  storage: FileStorage;
  /** The largest upload accepted, in bytes. */
  uploadMaxBytes: number;
}

/** Public (not signed-in) uploads one client address may make per hour, per API instance. */
export const publicUploadsPerHour = 10;

/**
 * The file routes under /files: roster import and its template, Excel exports, attachments. They
 * take the same Bearer token as /graphql and answer refusals as JSON `{ error: { code, message } }`.
 */
export function filesRouter(dependencies: FileRouteDependencies, settings: FileSettings): Router {
  const storage = settings.storage;
  const router = Router();
  const publicUploads = new Map<string, number[]>();

  const handle =
    (work: (request: Request, response: Response, context: Context) => Promise<void>) =>
    async (request: Request, response: Response) => {
      try {
        await work(request, response, await dependencies.contextFor(request, request.headers.authorization));
      } catch (error) {
        sendError(response, error, dependencies.log);
      }
    };
  const sendXlsx = (response: Response, file: { fileName: string; bytes: Buffer }) => {
    setDownloadHeaders(response, file.fileName, xlsxContentType);
    response.status(200).end(file.bytes);
  };
  const idParameter = (value: unknown) => {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id < 1) throw new DomainError("NOT_FOUND");
    return id;
  };

  router.get(
    "/workers/import-template.xlsx",
    handle(async (_request, response, context) => {
      sendXlsx(response, { fileName: "职工名册导入模板.xlsx", bytes: await rosterTemplate(context) });
    }),
  );

  router.post(
    "/workers/import",
    handle(async (request, response, context) => {
      const actor = requireActor(context);
      if (actor.role !== "ADMIN" && actor.role !== "UNIT_ADMIN") throw new DomainError("FORBIDDEN");
      const upload = await readMultipart(request, storage, settings.uploadMaxBytes);
      const file = upload.file;
      if (!file || file.size === 0) {
        await file?.discard();
        throw new DomainError("BAD_REQUEST", [], "请选择要导入的名册文件（.xlsx 或 .csv）");
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(file.temporaryPath);
      } finally {
        await file.discard();
      }
      const dryRun = [request.query.dryRun, upload.fields.dryRun].some((value) => value === "true" || value === "1");
      const report = await importWorkers(context, { bytes, fileName: file.fileName }, dryRun);
      response.status(report.ok ? 200 : 422).json(
        report.ok
          ? report
          : {
              ...report,
              error: {
                code: "VALIDATION_FAILED",
                message: `名册中有 ${report.errors.length} 处错误，未导入任何职工，请修改后重新导入`,
              },
            },
      );
    }),
  );

  router.get(
    "/activities/:id/registrations.xlsx",
    handle(async (request, response, context) => {
      sendXlsx(response, await exportRegistrations(context, idParameter(request.params.id)));
    }),
  );

  router.get(
    "/activities/:id/results.xlsx",
    handle(async (request, response, context) => {
      sendXlsx(response, await exportResults(context, idParameter(request.params.id)));
    }),
  );

  router.post(
    "/attachments",
    handle(async (request, response, context) => {
      if (!context.actor) {
        const now = Date.now();
        const recent = (publicUploads.get(context.clientAddress) ?? []).filter((at) => at > now - 3600_000);
        if (recent.length >= publicUploadsPerHour) throw new DomainError("UPLOAD_RATE_LIMITED");
        recent.push(now);
        publicUploads.set(context.clientAddress, recent);
        if (publicUploads.size > 10_000) {
          for (const [address, times] of publicUploads) {
            if (times.every((at) => at <= now - 3600_000)) publicUploads.delete(address);
          }
        }
      }
      const upload = await readMultipart(request, storage, settings.uploadMaxBytes);
      const attachment = await uploadAttachment(context, storage, {
        kind: upload.fields.kind,
        registrationId: upload.fields.registrationId,
        file: upload.file,
      });
      response.status(201).json({
        id: attachment.id,
        kind: attachment.kind,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        size: attachment.size,
        sha256: attachment.sha256,
        registrationId: attachment.registrationId,
        uploadedAt: attachment.uploadedAt.toISOString(),
        downloadUrl: `/files/attachments/${attachment.id}`,
      });
    }),
  );

  router.get(
    "/attachments/:id",
    handle(async (request, response, context) => {
      const attachment = await findVisibleAttachment(context, idParameter(request.params.id));
      const etag = `"${attachment.sha256}"`;
      // A public vote's candidate photos are seen by many phones, again on each visit: browsers may keep
      // them for an hour (a disqualified candidate's photo goes within that hour). Everything else is private.
      const cacheControl = isPublicCandidatePhoto(attachment) ? "public, max-age=3600" : "private, no-store";
      if (request.headers["if-none-match"] === etag) {
        response.status(304).setHeader("ETag", etag).setHeader("Cache-Control", cacheControl).end();
        return;
      }
      const stream = createReadStream(storage.pathOf(attachment.storageKey));
      await new Promise<void>((resolve, reject) => {
        stream.once("open", () => {
          setDownloadHeaders(response, attachment.fileName, attachment.contentType);
          response.setHeader("Cache-Control", cacheControl);
          response.setHeader("Content-Length", String(attachment.size));
          response.setHeader("ETag", etag);
          stream.pipe(response);
          stream.once("end", resolve);
        });
        stream.once("error", (error: NodeJS.ErrnoException) =>
          reject(error.code === "ENOENT" ? new DomainError("NOT_FOUND", [], "附件文件已不存在") : error),
        );
      });
    }),
  );

  return router;
}
