import type { PrismaClient } from "@jinzhou/db";
import type { Actor, CalendarDate } from "@jinzhou/domain";
import type { FileStorage } from "./attachments/file-storage.ts";
import type { TokenIssuer } from "./auth/tokens.ts";
import type { LiveResults } from "./live/live-results.ts";
import type { Loaders } from "./loaders.ts";
import type { Logger } from "./logger.ts";

/** What every resolver knows about the request: who asks, the database, and request-scoped caches. */
export interface Context {
  prisma: PrismaClient;
  actor: Actor | null;
  tokens: TokenIssuer;
  loaders: Loaders;
  /** The China calendar date when the request arrived. */
  today: CalendarDate;
  /** The client's address (http/client-address.ts): the socket peer, or X-Forwarded-For behind trusted proxies. */
  clientAddress: string;
  /** Live results: `live.roundChanged(roundId)` after a score is written refreshes every big screen. */
  live: LiveResults;
  /** Attachments' shared file storage (attachments/file-storage.ts). */
  storage: FileStorage;
  log: Logger;
}
