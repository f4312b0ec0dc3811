import { demoAccountUsernames, providerOf } from "@jinzhou/db";
import { demoExtraUnitAccounts } from "./demo/load-demo-activities.ts";
import { readEnvironment } from "./env.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./server.ts";

// `pnpm start`: serve the API, the admin and the workers' portal on one port, then say where and how to sign in.
const environment = readEnvironment();
const log = createLogger();
const server = await startServer({
  databaseUrl: environment.DATABASE_URL,
  port: environment.PORT,
  host: environment.HOST,
  production: environment.NODE_ENV === "production",
  demoData: environment.LOAD_DEMO_DATA === "auto" ? "auto" : environment.LOAD_DEMO_DATA === "true",
  // A first start shows a living system: the demo's activities go in with the demo data.
  demoActivities: true,
  authSecret: environment.AUTH_SECRET,
  adminDist: environment.ADMIN_DIST,
  portalDist: environment.PORTAL_DIST,
  tokenTtl: environment.TOKEN_TTL,
  redisUrl: environment.REDIS_URL,
  trustedProxyHops: environment.TRUST_PROXY ? 1 : 0,
  storageDir: environment.STORAGE_DIR,
  uploadMaxBytes: environment.UPLOAD_MAX_BYTES,
  smsSender: environment.SMS_SENDER,
  log,
});

// The demo accounts, then the county unit admins the demo's activities add.
const bannerUsernames: readonly string[] = [
  ...demoAccountUsernames,
  ...demoExtraUnitAccounts.map((account) => account.username),
];
const demoUsers = await server.database.prisma.user.findMany({
  where: { username: { in: [...bannerUsernames] } },
  select: { username: true, displayName: true },
});
const order = (username: string) => bannerUsernames.indexOf(username);
const demoAccounts = demoUsers.sort((one, other) => order(one.username) - order(other.username));
const lines = [
  "",
  "锦州市总工会 职工活动管理平台 已启动",
  `  职工页面  ${server.url}/`,
  `  管理后台  ${server.url}/admin/`,
  `  GraphQL   ${server.url}/graphql`,
  `  健康检查  ${server.url}/healthz`,
  `  数据库    ${providerOf(environment.DATABASE_URL) === "sqlite" ? `SQLite ${environment.DATABASE_URL.replace(/^file:/, "")}` : "PostgreSQL"}`,
];
if (demoAccounts.length > 0) {
  lines.push("  演示账号（密码均为 jinzhou2015）:");
  for (const account of demoAccounts) lines.push(`    ${account.username.padEnd(10)} ${account.displayName}`);
}
process.stdout.write(`${lines.join("\n")}\n\n`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log.info("shutting down", { signal });
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
