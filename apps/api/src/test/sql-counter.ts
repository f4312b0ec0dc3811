// Counts the SQL statements the server sends, by wrapping the database drivers themselves: with
// driver adapters Prisma's `$on("query")` reports nothing, so the count is taken where the SQL
// leaves the process — better-sqlite3's Database#prepare/exec and pg's Client#query (every pool
// query goes through a client). The test runs the server in the same process, so patching the
// prototypes the adapters use sees every statement of a request. Only statements made while
// handling an HTTP request count (AsyncLocalStorage), not the server's background work.
import { AsyncLocalStorage } from "node:async_hooks";
import { Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";

export interface SqlCounter {
  /** Statements sent since the last reset. */
  readonly count: number;
  /** Their SQL, in order. */
  readonly statements: readonly string[];
  reset(): void;
}

const statements: string[] = [];
let installed = false;
/**
 * Set while the server handles an HTTP request, and closed when its response is sent: timers a
 * request starts (a notification outbox's poll) carry its store, and must not count later.
 */
const inRequest = new AsyncLocalStorage<{ open: boolean }>();

function record(sql: unknown) {
  if (!inRequest.getStore()?.open) return;
  statements.push(typeof sql === "string" ? sql : String((sql as { text?: unknown })?.text ?? sql));
}

/** The driver modules exactly as the adapters in @jinzhou/db resolve them. */
function driverRequire(adapter: string): NodeJS.Require {
  const fromApi = createRequire(import.meta.url);
  const fromDb = createRequire(fromApi.resolve("@jinzhou/db"));
  return createRequire(fromDb.resolve(adapter));
}

export function installSqlCounter(): SqlCounter {
  if (!installed) {
    installed = true;
    // Every request the server handles runs inside `inRequest`, and so does all it awaits.
    const emit = Server.prototype.emit;
    Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
      if (event !== "request") return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
      const store = { open: true };
      (args[1] as ServerResponse).once("finish", () => {
        store.open = false;
      });
      return inRequest.run(store, () => emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>));
    } as typeof emit;
    const Sqlite = driverRequire("@prisma/adapter-better-sqlite3")("better-sqlite3") as {
      prototype: { prepare(sql: string): unknown; exec(sql: string): unknown };
    };
    const prepare = Sqlite.prototype.prepare;
    Sqlite.prototype.prepare = function (this: unknown, sql: string) {
      record(sql);
      return prepare.call(this, sql);
    };
    const exec = Sqlite.prototype.exec;
    Sqlite.prototype.exec = function (this: unknown, sql: string) {
      record(sql);
      return exec.call(this, sql);
    };
    const pg = driverRequire("@prisma/adapter-pg")("pg") as {
      Client: { prototype: { query(...args: unknown[]): unknown } };
    };
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      record(args[0]);
      return query.apply(this, args);
    };
  }
  return {
    get count() {
      return statements.length;
    },
    get statements() {
      return [...statements];
    },
    reset() {
      statements.length = 0;
    },
  };
}
