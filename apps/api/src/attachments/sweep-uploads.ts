import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { PrismaClient } from "@jinzhou/db";
import type { Logger } from "../logger.ts";
import { publicUploadTtlMs } from "./attach-uploads.ts";
import type { FileStorage } from "./file-storage.ts";

/**
 * Removes what no record will ever use: uploads of any kind attached to nothing after 24 hours
 * (evidence for an objection that was never filed, a photo for a recommendation never made) with
 * their files, and temporary files left by an instance that
 * stopped in the middle of an upload. Rows go first, then bytes, as in deleting an attachment.
 */
export async function sweepUploads(prisma: PrismaClient, storage: FileStorage, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - publicUploadTtlMs);
  const stale = await prisma.attachment.findMany({
    where: { registrationId: null, objectionId: null, indicatorReportId: null, uploadedAt: { lt: before } },
    select: { id: true, storageKey: true },
    take: 500,
  });
  for (const attachment of stale) {
    const { count } = await prisma.attachment.deleteMany({
      where: { id: attachment.id, registrationId: null, objectionId: null, indicatorReportId: null },
    });
    if (count > 0) await storage.remove(attachment.storageKey);
  }
  const temporary = join(storage.root, "tmp");
  for (const name of await readdir(temporary).catch(() => [] as string[])) {
    const path = join(temporary, name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtime < before) await rm(path, { force: true });
  }
  return stale.length;
}

/** Sweeps once an hour (and shortly after start) until stopped. */
export function startUploadSweeper(options: { prisma: PrismaClient; storage: FileStorage; log: Logger }) {
  let running: Promise<unknown> | null = null;
  const sweep = () => {
    if (running) return;
    running = sweepUploads(options.prisma, options.storage)
      .then((removed) => {
        if (removed > 0) options.log.info("unattached uploads removed", { count: removed });
      })
      .catch((error) => options.log.warn("upload sweep failed", { error: String(error) }))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(sweep, 60_000);
  const timer = setInterval(sweep, 3600_000);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
