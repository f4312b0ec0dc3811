import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { type Database, ensureDemoData, openDatabase, providerOf, sqliteFileOf } from "@jinzhou/db";
import { chinaDateOf } from "@jinzhou/domain";
import express from "express";
import { actorFromAuthorization } from "./auth/actor-from-request.ts";
import { resolveAuthSecret } from "./auth/auth-secret.ts";
import { createTokenIssuer } from "./auth/tokens.ts";
import type { Context } from "./context.ts";
import { defaultAdminDist } from "./env.ts";
import { createErrorFormatter } from "./graphql/errors.ts";
import { queryLimits } from "./graphql/query-limits.ts";
import { schema } from "./graphql/schema.ts";
import { adminPanel } from "./http/admin-panel.ts";
import { healthz } from "./http/healthz.ts";
import { requestLog } from "./http/request-log.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { createLoaders } from "./loaders.ts";
import { createLogger, type Logger } from "./logger.ts";

export const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

export interface ServerOptions {
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Introspection and the landing page are off in production. */
  production?: boolean;
  /** "auto": only into an empty embedded (SQLite) database, once. */
  demoData?: boolean | "auto";
  authSecret?: string;
  adminDist?: string;
  log?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** True when this start loaded the demo data. */
  loadedDemoData: boolean;
  close(): Promise<void>;
}

/** Opens (and migrates) the database, then serves /graphql, /healthz and /admin/ on one port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger();
  // Checked before the database is touched: a PostgreSQL start without a shared key must not begin.
  const tokens = createTokenIssuer(
    resolveAuthSecret({
      configured: options.authSecret,
      embeddedSecretFile:
        providerOf(options.databaseUrl) === "sqlite"
          ? `${dirname(sqliteFileOf(options.databaseUrl))}/auth-secret`
          : undefined,
    }),
  );
  const database = await openDatabase(options.databaseUrl);
  if (database.appliedMigrations.length > 0) log.info("migrations applied", { migrations: database.appliedMigrations });
  const demoData = options.demoData ?? "auto";
  const loadedDemoData = await ensureDemoData(database.prisma, {
    allowed: demoData === true || (demoData === "auto" && database.provider === "sqlite"),
  });
  if (loadedDemoData) log.info("demo data loaded");

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = createServer(app);
  const production = options.production ?? true;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    validationRules: [queryLimits({ maxDepth: 8, maxAliases: 30 })],
    includeStacktraceInErrorResponses: false,
    // Apollo's own messages go through the same redacting logger as ours.
    logger: {
      debug: () => {},
      info: (message) => log.info(String(message)),
      warn: (message) => log.warn(String(message)),
      error: (message) => log.error(String(message)),
    },
    formatError: createErrorFormatter(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(securityHeaders);
  app.use(requestLog(log));
  app.get("/healthz", healthz(database, version));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        prisma: database.prisma,
        actor: await actorFromAuthorization(req.headers.authorization, tokens, database.prisma),
        tokens,
        loaders: createLoaders(database.prisma),
        today: chinaDateOf(new Date()),
        log,
      }),
    }),
  );
  app.use("/admin", adminPanel(options.adminDist ?? defaultAdminDist));
  app.get("/", (_request, response) => response.redirect("/admin/"));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "0.0.0.0", resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    database,
    loadedDemoData,
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}
