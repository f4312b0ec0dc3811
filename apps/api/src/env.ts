import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root: the embedded database and its secret live in <root>/data/. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const defaultDataDir = `${repositoryRoot}data`;
export const defaultAdminDist = fileURLToPath(new URL("../../admin/dist/", import.meta.url));
/** The workers' portal's build (apps/portal/dist), served at /. */
export const defaultPortalDist = fileURLToPath(new URL("../../portal/dist/", import.meta.url));
/** Uploaded files (attachments): one directory every API instance shares (an NFS mount with several). */
export const defaultStorageDir = `${defaultDataDir}/files`;
/** 10 MB: a phone photo, a scanned certificate, an Office document. */
export const defaultUploadMaxBytes = 10 * 1024 * 1024;

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
  /** The workers' portal's build, served at / (apps/portal/dist by default). */
  PORTAL_DIST: z.string().default(defaultPortalDist),
  /** Where attachments are stored; shared by every API instance (see docs/api/files.md). */
  STORAGE_DIR: z.string().min(1).default(defaultStorageDir),
  /** The largest upload accepted, in bytes (10 MB by default). */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(defaultUploadMaxBytes),
  /** How SMS notifications leave: "log" prints them (phone masked) to the log, the embedded default. */
  SMS_SENDER: z.enum(["log", "none"]).default("log"),
  /** redis://host:port: live results reach subscribers on every API instance; in memory when unset. */
  REDIS_URL: z.string().url("REDIS_URL must be a redis:// URL").optional(),
  /** true only behind a reverse proxy that sets X-Forwarded-For: the client address is read from it. */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  /** How long a sign-in token stays valid, e.g. "12h", "30m", "7d". */
  TOKEN_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'TOKEN_TTL must be a number followed by s, m, h or d, e.g. "12h"')
    .default("12h"),
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
