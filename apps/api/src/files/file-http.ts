import type { IncomingMessage } from "node:http";
import { DomainError, type ErrorCode, errorMessages } from "@jinzhou/domain";
import type { Response } from "express";
import type { Context } from "../context.ts";
import type { Logger } from "../logger.ts";

/** What the file routes need from the server: the same context GraphQL requests get, from the same Bearer token. */
export interface FileRouteDependencies {
  contextFor(request: IncomingMessage, authorization: string | undefined): Promise<Context>;
  log: Logger;
}

const statusOfCode: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  IMPORT_FILE_UNREADABLE: 422,
  UPLOAD_RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** The JSON body of a refusal: the same code and Chinese message GraphQL would give. */
export function errorBody(error: DomainError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors.length > 0 ? { fieldErrors: error.fieldErrors } : {}),
    },
  };
}

/** Sends a refusal, or logs an unexpected failure (redacted) and sends the generic message. */
export function sendError(response: Response, error: unknown, log: Logger): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof DomainError) {
    response.status(statusOfCode[error.code] ?? 409).json(errorBody(error));
    return;
  }
  log.error("file request failed", {
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  response.status(500).json({ error: { code: "INTERNAL", message: errorMessages.INTERNAL } });
}

/** `Content-Disposition: attachment` with the name in UTF-8 (RFC 6266 / 5987) and an ASCII fallback. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Headers of every file answer: a download, never rendered, never sniffed. */
export function setDownloadHeaders(response: Response, fileName: string, contentType: string): void {
  response.setHeader("Content-Type", contentType);
  response.setHeader("Content-Disposition", attachmentDisposition(fileName));
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
  response.setHeader("Cache-Control", "private, no-store");
}

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
