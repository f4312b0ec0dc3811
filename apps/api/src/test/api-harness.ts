// Runs the real server over real HTTP against a throw-away database with the demo data, and
// speaks GraphQL to it the way a client does.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseProvider } from "@jinzhou/db";
import { createTestDatabase } from "@jinzhou/db/testing";
import { createTokenIssuer } from "../auth/tokens.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: { field: string; code: string }[] } }[];
}

export interface ApiHarness {
  server: RunningServer;
  /** The server's attachment storage: a temporary directory of its own, removed on close. */
  storageDir: string;
  /** Every line the server logged. */
  logLines: string[];
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLAnswer<T>>;
  /** Signs in a demo account (password jinzhou2015) and returns its token. */
  tokenFor(username: string): Promise<string>;
  /** A sign-in token for a user made in the test, without an argon2 check per account. */
  tokenForUserId(userId: number): Promise<string>;
  close(): Promise<void>;
}

export async function startApiHarness(
  provider: DatabaseProvider,
  options: { production?: boolean; demoData?: boolean } = {},
): Promise<ApiHarness> {
  const database = await createTestDatabase(provider);
  const logLines: string[] = [];
  const storageDir = mkdtempSync(join(tmpdir(), "jinzhou-files-"));
  const authSecret = "test-secret-test-secret-test-secret-0123";
  const server = await startServer({
    databaseUrl: database.url,
    port: 0,
    host: "127.0.0.1",
    production: options.production ?? false,
    demoData: options.demoData ?? true,
    authSecret,
    storageDir,
    log: createLogger((line) => logLines.push(line)),
  });
  const tokens = new Map<string, string>();
  const harness: ApiHarness = {
    server,
    storageDir,
    logLines,
    async graphql(query, variables, token) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLAnswer["errors"] };
      return {
        status: response.status,
        data: (body.data ?? null) as never,
        ...(body.errors ? { errors: body.errors } : {}),
      };
    },
    async tokenFor(username) {
      const known = tokens.get(username);
      if (known) return known;
      const answer = await harness.graphql<{ login: { token: string } }>(
        "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
        { u: username, p: "jinzhou2015" },
      );
      if (!answer.data) throw new Error(`login ${username} failed: ${JSON.stringify(answer.errors)}`);
      tokens.set(username, answer.data.login.token);
      return answer.data.login.token;
    },
    tokenForUserId: (userId) => createTokenIssuer(authSecret).issue(userId),
    async close() {
      await server.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
  return harness;
}
