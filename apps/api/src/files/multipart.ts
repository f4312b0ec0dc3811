import { DomainError } from "@jinzhou/domain";
import busboy from "busboy";
import type { Request } from "express";
import type { FileStorage, ReceivedFile } from "../attachments/file-storage.ts";

export interface MultipartUpload {
  fields: Record<string, string>;
  /** The one file part; null when the request had none. */
  file: (ReceivedFile & { fileName: string; declaredType: string }) | null;
}

/**
 * Reads a multipart/form-data request: text fields, and one file streamed to storage's temporary
 * area with the size limit enforced while it streams (FILE_TOO_LARGE; the partial file is removed
 * and nothing stays on disk). A second file part is refused.
 */
export async function readMultipart(
  request: Request,
  storage: FileStorage,
  maxBytes: number,
): Promise<MultipartUpload> {
  if (!/^multipart\/form-data/i.test(request.headers["content-type"] ?? "")) {
    throw new DomainError("BAD_REQUEST", [], "请以 multipart/form-data 格式上传文件");
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      limits: { files: 1, fields: 20, fieldSize: 4096, parts: 25, fileSize: maxBytes + 1 },
      defParamCharset: "utf8",
    });
  } catch {
    throw new DomainError("BAD_REQUEST", [], "上传格式不正确");
  }
  const fields: Record<string, string> = {};
  let file: MultipartUpload["file"] = null;
  let receiving: Promise<void> | null = null;
  let failure: unknown = null;
  await new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (_name, stream, info) => {
      if (receiving) {
        stream.resume();
        failure ??= new DomainError("BAD_REQUEST", [], "一次只能上传一个文件");
        return;
      }
      receiving = storage.receive(stream, maxBytes).then(
        (received) => {
          file = { ...received, fileName: info.filename ?? "", declaredType: info.mimeType ?? "" };
        },
        (error) => {
          failure ??= error;
        },
      );
    });
    parser.on("filesLimit", () => {
      failure ??= new DomainError("BAD_REQUEST", [], "一次只能上传一个文件");
    });
    parser.on("error", (error) =>
      reject(new DomainError("BAD_REQUEST", [], `上传格式不正确：${String((error as Error).message ?? error)}`)),
    );
    parser.on("close", () => resolve());
    request.on("aborted", () => reject(new DomainError("BAD_REQUEST", [], "上传中断")));
    request.pipe(parser);
  }).catch(async (error) => {
    await receiving;
    await (file as ReceivedFile | null)?.discard();
    throw error;
  });
  await receiving;
  const received = file as MultipartUpload["file"];
  if (failure) {
    await received?.discard();
    throw failure;
  }
  if (received?.tooLarge) {
    throw new DomainError("FILE_TOO_LARGE", [], `文件超过大小上限（${formatBytes(maxBytes)}）`);
  }
  return { fields, file: received };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
