import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";

/**
 * Attachments' bytes in one directory that every API instance shares (a local folder in the
 * embedded mode, an NFS or similar mount with several instances). A file is written under
 * `tmp/` with a random name while it streams in, then renamed into `objects/ab/cd/<key>`: a rename
 * inside one directory tree is atomic on local file systems and on NFS, so another instance never
 * sees half a file. The storage key is random (128 bits), never derived from the name.
 */
export interface FileStorage {
  readonly root: string;
  /**
   * Streams `source` into a temporary file, hashing as it goes. Stops at `maxBytes`: the partial
   * file is removed and `tooLarge` is true.
   */
  receive(source: Readable, maxBytes: number): Promise<ReceivedFile>;
  /** Moves a received file to its final place under a new storage key. */
  keep(file: ReceivedFile): Promise<string>;
  /** The path of a stored file, for streaming it out. */
  pathOf(storageKey: string): string;
  remove(storageKey: string): Promise<void>;
}

export interface ReceivedFile {
  temporaryPath: string;
  size: number;
  sha256: string;
  /** The first bytes, for recognizing the type. */
  head: Buffer;
  tooLarge: boolean;
  discard(): Promise<void>;
}

const headLength = 4096;

export function createFileStorage(root: string): FileStorage {
  const pathOf = (storageKey: string) => {
    if (!/^[0-9a-f]{32}$/.test(storageKey)) throw new Error("not a storage key");
    return join(root, "objects", storageKey.slice(0, 2), storageKey.slice(2, 4), storageKey);
  };
  return {
    root,
    pathOf,
    async receive(source, maxBytes) {
      await mkdir(join(root, "tmp"), { recursive: true });
      const temporaryPath = join(root, "tmp", `${randomBytes(16).toString("hex")}.part`);
      const hash = createHash("sha256");
      const sink = createWriteStream(temporaryPath, { flags: "wx" });
      let size = 0;
      let tooLarge = false;
      const headParts: Buffer[] = [];
      let headSize = 0;
      const discard = () => rm(temporaryPath, { force: true });
      try {
        await new Promise<void>((resolve, reject) => {
          let stopped = false;
          // Stops writing: the rest of the request is read and dropped, the sink is closed (a write
          // still in flight may then report an error, which no longer matters).
          const stop = (error?: Error) => {
            if (stopped) return;
            stopped = true;
            source.removeAllListeners("data");
            source.resume();
            sink.on("error", () => {});
            const done = () => (error ? reject(error) : resolve());
            if (sink.closed) done();
            else {
              sink.once("close", done);
              sink.destroy();
            }
          };
          source.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              tooLarge = true;
              stop();
              return;
            }
            hash.update(chunk);
            if (headSize < headLength) {
              headParts.push(chunk);
              headSize += chunk.length;
            }
            if (!sink.write(chunk)) {
              source.pause();
              sink.once("drain", () => source.resume());
            }
          });
          source.once("end", () => {
            if (stopped) return;
            sink.end(() => resolve());
          });
          source.once("error", (error: Error) => stop(error));
          sink.once("error", (error: Error) => stop(error));
          // busboy marks a file cut at its own limit this way.
          source.once("limit", () => {
            tooLarge = true;
            stop();
          });
        });
      } catch (error) {
        await discard();
        throw error;
      }
      if (tooLarge) {
        await discard();
        return { temporaryPath, size, sha256: "", head: Buffer.alloc(0), tooLarge, discard };
      }
      return {
        temporaryPath,
        size,
        sha256: hash.digest("hex"),
        head: Buffer.concat(headParts).subarray(0, headLength),
        tooLarge,
        discard,
      };
    },
    async keep(file) {
      const storageKey = randomBytes(16).toString("hex");
      const target = pathOf(storageKey);
      await mkdir(join(target, ".."), { recursive: true });
      // Flushed before the rename, so an instance reading over NFS sees every byte.
      const handle = await open(file.temporaryPath, "r");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(file.temporaryPath, target);
      return storageKey;
    },
    async remove(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },
  };
}
