import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { type Database, ensureDemoData, openDatabase, providerOf, sqliteFileOf } from "@jinzhou/db";
import { chinaDateOf } from "@jinzhou/domain";
import express from "express";
import { GraphQLError, parse } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { createFileStorage } from "./attachments/file-storage.ts";
import { startUploadSweeper } from "./attachments/sweep-uploads.ts";
import { actorFromAuthorization } from "./auth/actor-from-request.ts";
import { resolveAuthSecret } from "./auth/auth-secret.ts";
import { createTokenIssuer } from "./auth/tokens.ts";
import { certificateFiles } from "./certificates/certificate-files.ts";
import type { Context } from "./context.ts";
import { loadDemoActivitiesLogged } from "./demo/load-demo-activities.ts";
import { defaultAdminDist, defaultPortalDist, defaultStorageDir, defaultUploadMaxBytes } from "./env.ts";
import { filesRouter } from "./files/files-router.ts";
import { createErrorFormatter } from "./graphql/errors.ts";
import { checkOperation, operationLimitRules, queryCostPlugin } from "./graphql/operation-limits.ts";
import { schema } from "./graphql/schema.ts";
import { clientAddressOf } from "./http/client-address.ts";
import { healthz } from "./http/healthz.ts";
import { requestLog } from "./http/request-log.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { singlePageApp } from "./http/single-page-app.ts";
import { createLiveResults, type LiveResults } from "./live/live-results.ts";
import { createMemoryBus, createRedisBus } from "./live/round-change-bus.ts";
import { createLoaders } from "./loaders.ts";
import { createLogger, type Logger } from "./logger.ts";
import { startSmsDispatcher } from "./notifications/sms-dispatcher.ts";
import { createSmsSender, type SmsSenderName } from "./notifications/sms-sender.ts";

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
  /**
   * With the demo data, the demo's activities (demo/load-demo-activities.ts), told through the use
   * cases as the demo accounts; only on the start that loads the demo data. Off unless asked
   * (`pnpm start` asks): tests make their own activities.
   */
  demoActivities?: boolean;
  authSecret?: string;
  adminDist?: string;
  /** The workers' portal's build, served at / (PORTAL_DIST; apps/portal/dist when unset). */
  portalDist?: string;
  log?: Logger;
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (0: use the socket address). */
  trustedProxyHops?: number;
  /** How long sign-in tokens stay valid ("12h" by default). */
  tokenTtl?: string;
  /** Live results across instances through Redis; in memory (this instance only) when unset. */
  redisUrl?: string;
  /** Attachments' directory, shared by every instance (STORAGE_DIR); <repo>/data/files when unset. */
  storageDir?: string;
  /** The largest upload in bytes (UPLOAD_MAX_BYTES); 10 MB when unset. */
  uploadMaxBytes?: number;
  /** How SMS notifications leave (SMS_SENDER); "log" when unset. */
  smsSender?: SmsSenderName;
}

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** True when this start loaded the demo data. */
  loadedDemoData: boolean;
  /** Live results: `live.roundChanged(roundId)` refreshes the round's scoreboards on every instance. */
  live: LiveResults;
  close(): Promise<void>;
}

/** Opens (and migrates) the database, then serves /graphql, /files, /healthz, /admin/ and the portal at / on one port. */
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
    options.tokenTtl,
  );
  const database = await openDatabase(options.databaseUrl);
  if (database.appliedMigrations.length > 0) log.info("migrations applied", { migrations: database.appliedMigrations });
  const demoData = options.demoData ?? "auto";
  const loadedDemoData = await ensureDemoData(database.prisma, {
    allowed: demoData === true || (demoData === "auto" && database.provider === "sqlite"),
  });
  if (loadedDemoData) log.info("demo data loaded");
  const live = createLiveResults(
    database.prisma,
    options.redisUrl ? await createRedisBus(options.redisUrl, log) : createMemoryBus(),
    log,
  );
  const storage = createFileStorage(options.storageDir ?? defaultStorageDir);
  if (loadedDemoData && options.demoActivities) {
    await loadDemoActivitiesLogged({ prisma: database.prisma, tokens, live, storage, log });
  }
  const sms = startSmsDispatcher({
    prisma: database.prisma,
    sender: createSmsSender(options.smsSender ?? "log", log),
    log,
  });
  const uploadSweeper = startUploadSweeper({ prisma: database.prisma, storage, log });
  const formatError = createErrorFormatter(log);
  /** The same context for HTTP requests and WebSocket subscriptions. */
  const contextFor = async (request: IncomingMessage, authorization: string | undefined): Promise<Context> => ({
    prisma: database.prisma,
    actor: await actorFromAuthorization(authorization, tokens, database.prisma),
    tokens,
    loaders: createLoaders(database.prisma),
    today: chinaDateOf(new Date()),
    clientAddress: clientAddressOf(request, options.trustedProxyHops ?? 0),
    live,
    storage,
    log,
  });

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = createServer(app);
  const production = options.production ?? true;
  // Subscriptions (graphql-ws) on the same port and path. graphql-ws runs neither Apollo's
  // validation rules nor its plugins, so every operation is checked here the same way.
  const webSockets = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const webSocketServer = useServer<{ authorization?: string }>(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [new GraphQLError((error as Error).message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
        }
        const errors = checkOperation(schema, document, payload.operationName, payload.variables);
        if (errors.length > 0) return errors;
        const authorization = ctx.connectionParams?.authorization ?? ctx.extra.request.headers.authorization;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFor(
            ctx.extra.request,
            typeof authorization === "string" ? authorization : undefined,
          ),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : result,
    },
    webSockets,
  );
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    validationRules: operationLimitRules,
    includeStacktraceInErrorResponses: false,
    // Apollo's own messages go through the same redacting logger as ours.
    logger: {
      debug: () => {},
      info: (message) => log.info(String(message)),
      warn: (message) => log.warn(String(message)),
      error: (message) => log.error(String(message)),
    },
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryCostPlugin(),
      { serverWillStart: async () => ({ drainServer: async () => webSocketServer.dispose() }) },
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(securityHeaders);
  app.use(requestLog(log));
  app.get("/healthz", healthz(database, version));
  app.use(certificateFiles({ contextFor, log }));
  app.use(
    "/files",
    sms.afterResponse,
    filesRouter({ contextFor, log }, { storage, uploadMaxBytes: options.uploadMaxBytes ?? defaultUploadMaxBytes }),
  );
  app.use(
    "/graphql",
    sms.afterResponse,
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: ({ req }) => contextFor(req, req.headers.authorization),
    }),
  );
  app.use(
    "/admin",
    singlePageApp({
      distDir: options.adminDist ?? defaultAdminDist,
      notBuiltMessage: "管理后台尚未构建。请在项目根目录运行 pnpm build（或 pnpm start），然后刷新本页。",
    }),
  );
  // The workers' portal answers every other GET with its index.html (deep links), except under
  // the routes above: an unknown /graphql/…, /files/… or /admin… path stays a 404.
  app.use(
    singlePageApp({
      distDir: options.portalDist ?? defaultPortalDist,
      notBuiltMessage: "职工活动页面尚未构建。请在项目根目录运行 pnpm build（或 pnpm start），然后刷新本页。",
      reservedPaths: ["/graphql", "/files", "/healthz", "/admin"],
    }),
  );

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
    live,
    async close() {
      await apollo.stop();
      await live.close();
      await sms.stop();
      await uploadSweeper.stop();
      await database.close();
    },
  };
}
