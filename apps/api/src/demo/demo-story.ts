import type { PrismaClient } from "@jinzhou/db";
import { type Actor, addDaysToCalendarDate, type CalendarDate, calendarDaysFrom, chinaDateOf } from "@jinzhou/domain";
import type { FileStorage } from "../attachments/file-storage.ts";
import type { TokenIssuer } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import type { LiveResults } from "../live/live-results.ts";
import { createLoaders } from "../loaders.ts";
import type { Logger } from "../logger.ts";
import { at } from "./demo-clock.ts";

/** What the server hands the demo: the same services every request's context is made of. */
export interface DemoServices {
  prisma: PrismaClient;
  tokens: TokenIssuer;
  live: LiveResults;
  storage: FileStorage;
  log: Logger;
}

/** A step's moment: days from the load day (−7 a week before), China time of day. */
export interface DemoMoment {
  day: number;
  time?: string;
}

/** The address a demo request comes from unless the step says otherwise (an office behind NAT). */
const defaultClientAddress = "10.12.0.8";

/**
 * The demo's story teller: each step runs as a demo account, at a moment relative to the day the
 * demo is loaded (China time), through the API's own use cases with a request context like the
 * one the server builds for that account's requests.
 */
export class DemoStory {
  readonly prisma: PrismaClient;
  /** The China calendar day the demo is loaded on. */
  readonly today: CalendarDate;
  private readonly actors = new Map<string, Actor>();
  /** SMS codes the embedded sender logged, in order: what each voter reads on their phone. */
  private readonly smsCodes: string[] = [];
  private readonly log: Logger;

  constructor(
    private readonly services: DemoServices,
    readonly loadedAt: Date,
  ) {
    this.prisma = services.prisma;
    this.today = chinaDateOf(loadedAt);
    const serverLog = services.log;
    const smsCodes = this.smsCodes;
    // The embedded SMS sender writes the code to the log for the developer; the demo's voters read it there.
    this.log = {
      info(message, fields) {
        if (typeof fields?.developerOnlyCode === "string") {
          smsCodes.push(fields.developerOnlyCode);
          return;
        }
        serverLog.info(message, fields);
      },
      warn: (message, fields) => serverLog.warn(message, fields),
      error: (message, fields) => serverLog.error(message, fields),
    };
  }

  /** The China calendar day `days` from the load day. */
  day(days: number): CalendarDate {
    return addDaysToCalendarDate(this.today, days);
  }

  /** Days from the load day to a China calendar day (−3 for three days before). */
  offsetOf(date: CalendarDate): number {
    return calendarDaysFrom(this.today, date);
  }

  /**
   * The instant of a moment: its China day at its time (09:00 unless given). The story never runs
   * ahead of the load: a moment later today than the load is taken as a minute before it.
   */
  instant(moment: DemoMoment): Date {
    const instant = new Date(`${this.day(moment.day)}T${moment.time ?? "09:00"}:00+08:00`);
    const latest = this.loadedAt.getTime() - 60_000;
    return instant.getTime() > latest ? new Date(latest) : instant;
  }

  /** Runs one step as `username` at `moment`, like a request of theirs then. */
  async as<T>(
    username: string | null,
    moment: DemoMoment,
    work: (context: Context) => Promise<T>,
    clientAddress = defaultClientAddress,
  ): Promise<T> {
    const actor = username === null ? null : await this.actor(username);
    const instant = this.instant(moment);
    return at(instant, () =>
      work({
        prisma: this.prisma,
        actor,
        tokens: this.services.tokens,
        loaders: createLoaders(this.prisma),
        today: chinaDateOf(instant),
        clientAddress,
        live: this.services.live,
        storage: this.services.storage,
        log: this.log,
      }),
    );
  }

  /** The code of the last SMS the embedded sender "sent". */
  lastSmsCode(): string {
    const code = this.smsCodes.at(-1);
    if (code === undefined) throw new Error("demo: no SMS code was logged");
    return code;
  }

  /** The account as the server sees it on a request: role, subtree and worker. */
  async actor(username: string): Promise<Actor> {
    const known = this.actors.get(username);
    if (known) return known;
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, role: true, workerId: true, organization: { select: { path: true } } },
    });
    const actor: Actor = {
      userId: user.id,
      role: user.role,
      scopePath: user.organization.path,
      workerId: user.workerId,
    };
    this.actors.set(username, actor);
    return actor;
  }

  async userId(username: string): Promise<number> {
    return (await this.actor(username)).userId;
  }

  async organizationId(code: string): Promise<number> {
    return (await this.prisma.organization.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  }

  async departmentId(code: string): Promise<number> {
    return (await this.prisma.department.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  }
}
