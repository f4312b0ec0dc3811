// `pnpm db:demo`: loads the demo data into the database DATABASE_URL names (the embedded SQLite
// file <repo>/data/jinzhou.db by default). The embedded database gets the demo on its first start
// by itself; this is how it gets into PostgreSQL, or into an embedded file started without it.
// It refuses any database that already has organizations: the demo never mixes with real data.
import { fileURLToPath } from "node:url";
import { DemoDataRefusedError, demoDataState, loadDemoData } from "../src/demo/index.ts";
import { openDatabase } from "../src/open-database.ts";
import { providerOf } from "../src/provider.ts";

const defaultDatabaseUrl = `file:${fileURLToPath(new URL("../../../data/jinzhou.db", import.meta.url))}`;
const databaseUrl = process.env.DATABASE_URL?.trim() || defaultDatabaseUrl;

/** The URL without its password, fit for a terminal and a log. */
function describeDatabase(url: string): string {
  if (providerOf(url) === "sqlite") return `SQLite ${url.replace(/^file:/, "")}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.host}${parsed.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

const target = describeDatabase(databaseUrl);
const database = await openDatabase(databaseUrl);
try {
  const state = await demoDataState(database.prisma);
  if (state !== "empty") {
    console.error(
      state === "loaded"
        ? `演示数据已载入过 ${target}，不会重复载入。\nThe demo data was already loaded into ${target}; nothing to do.`
        : `${target} 中已有组织或部门数据，演示数据只能载入空数据库。\n` +
            `${target} already has organizations or departments; the demo data only goes into an empty database.\n` +
            "Point DATABASE_URL at an empty database to load it there.",
    );
    process.exitCode = 1;
  } else {
    const summary = await loadDemoData(database.prisma);
    const kinds = summary.organizationsByKind;
    const classes = summary.grassrootsUnionsByClass;
    console.log(`已向 ${target} 载入演示数据 / Demo data loaded into ${target}:`);
    console.log(
      `  组织 ${summary.organizations}: 市总工会 ${kinds.CITY_FEDERATION}, 县(市)区总工会 ${kinds.COUNTY_FEDERATION}, ` +
        `产业工会 ${kinds.INDUSTRY_UNION}, 基层工会 ${kinds.GRASSROOTS_UNION} ` +
        `(A ${classes.A}, B ${classes.B}, C ${classes.C}, D ${classes.D})`,
    );
    console.log(`  部门 ${summary.departments}, 职工 ${summary.workers}, 节假日安排 ${summary.holidays} 天`);
    console.log(`  演示账号 (密码 ${summary.password}):`);
    for (const account of summary.accounts) {
      console.log(`    ${account.username.padEnd(10)} ${account.role.padEnd(11)} ${account.displayName}`);
    }
  }
} catch (error) {
  if (!(error instanceof DemoDataRefusedError)) throw error;
  // Someone else filled the database between the check and the load.
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
