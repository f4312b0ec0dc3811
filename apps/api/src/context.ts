import type { PrismaClient } from "@jinzhou/db";
import type { Actor, CalendarDate } from "@jinzhou/domain";
import type { TokenIssuer } from "./auth/tokens.ts";
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
  log: Logger;
}
