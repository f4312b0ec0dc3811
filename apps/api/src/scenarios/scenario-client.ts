// A client that drives the API the way another program would: only over HTTP, only through the
// operations docs/api/ documents, signed in as the demo accounts. Scenario tests use it so that a
// whole activity is run from set-up to certificates exactly as an independent client would.
import type { DatabaseProvider } from "@jinzhou/db";
import { type ApiHarness, type GraphQLAnswer, startApiHarness } from "../test/api-harness.ts";

const demoPassword = "jinzhou2015";
const signInAgainAfterMs = 60 * 60 * 1000;

export interface SignedInClient {
  username: string;
  token: string;
  /** Runs an operation and returns its data; any error fails with the code and Chinese message. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation that must be refused, and returns the first error's code and message. */
  refused(query: string, variables?: Record<string, unknown>): Promise<{ code: string; message: string }>;
  /** GET on a file route with the token; the raw response. */
  download(path: string): Promise<Response>;
  /** POST /files/attachments (multipart) with the token, as docs/api/files.md describes. */
  upload(
    fields: Record<string, string>,
    file: { bytes: Buffer; name: string; type: string },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
}

export interface Scenario {
  harness: ApiHarness;
  /**
   * A demo account (password jinzhou2015). Signed in again when the clock has moved on by more than
   * an hour since the last sign-in, so a scenario that moves a faked clock across days keeps valid
   * tokens (tokens last 12 hours).
   */
  as(username: string): Promise<SignedInClient>;
  /**
   * The same account for a whole story across a moving clock: every call goes through `as`, so
   * the token is renewed whenever the clock has moved on.
   */
  actor(username: string): Pick<SignedInClient, "run" | "refused">;
  /** The public: no token. */
  public: SignedInClient;
  close(): Promise<void>;
}

export async function startScenario(provider: DatabaseProvider): Promise<Scenario> {
  const harness = await startApiHarness(provider);
  const clients = new Map<string, { client: SignedInClient; signedInAt: number }>();
  const clientFor = (username: string, token: string): SignedInClient => ({
    username,
    token,
    async run(query, variables) {
      const answer = await harness.graphql(query, variables, token || undefined);
      if (answer.errors?.length || answer.data === null) {
        throw new Error(`${username || "public"}: ${describeErrors(answer)}\n${query}`);
      }
      return answer.data as never;
    },
    async refused(query, variables) {
      const answer = await harness.graphql(query, variables, token || undefined);
      const first = answer.errors?.[0];
      if (!first) throw new Error(`${username || "public"}: expected a refusal, got ${JSON.stringify(answer.data)}`);
      return { code: String(first.extensions?.code ?? ""), message: first.message };
    },
    download(path) {
      return fetch(`${harness.server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    },
    async upload(fields, file) {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
      const response = await fetch(`${harness.server.url}/files/attachments`, {
        method: "POST",
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: form,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  });
  const scenario: Scenario = {
    harness,
    async as(username) {
      const known = clients.get(username);
      if (known && Date.now() - known.signedInAt < signInAgainAfterMs) return known.client;
      const answer = await harness.graphql<{ login: { token: string } }>(
        "mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { token } }",
        { username, password: demoPassword },
      );
      if (!answer.data) throw new Error(`${username} could not sign in: ${describeErrors(answer)}`);
      const client = clientFor(username, answer.data.login.token);
      clients.set(username, { client, signedInAt: Date.now() });
      return client;
    },
    actor(username) {
      return {
        run: async (query, variables) => (await scenario.as(username)).run(query, variables),
        refused: async (query, variables) => (await scenario.as(username)).refused(query, variables),
      };
    },
    public: clientFor("", ""),
    close: () => harness.close(),
  };
  return scenario;
}

function describeErrors(answer: GraphQLAnswer): string {
  return (answer.errors ?? [])
    .map((error) => {
      const fields = (error.extensions?.fieldErrors ?? []).map((field) => `${field.field}: ${field.code}`).join(", ");
      return `${error.extensions?.code ?? "?"} ${error.message}${fields ? ` [${fields}]` : ""}`;
    })
    .join("; ");
}
