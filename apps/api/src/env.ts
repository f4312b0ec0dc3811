import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root: the embedded database and its secret live in <root>/data/. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const defaultDataDir = `${repositoryRoot}data`;
export const defaultAdminDist = fileURLToPath(new URL("../../admin/dist/", import.meta.url));

const environmentSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  /** A postgresql:// URL, or a SQLite file (`file:./data/x.db`); the embedded file by default. */
  DATABASE_URL: z.string().min(1).default(`file:${defaultDataDir}/jinzhou.db`),
  /** Signs sign-in tokens; at least 32 characters. Generated and kept in data/ in the embedded mode. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** auto: on the first start of an empty embedded SQLite database only. */
  LOAD_DEMO_DATA: z.enum(["auto", "true", "false"]).default("auto"),
  ADMIN_DIST: z.string().default(defaultAdminDist),
});

export type Environment = z.infer<typeof environmentSchema>;

/** Reads and checks the environment once; a wrong value stops the start with every problem named. */
export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`The environment is not valid:\n${problems}`);
  }
  return parsed.data;
}
