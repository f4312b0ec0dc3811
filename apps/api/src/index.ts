export { schema } from "./graphql/schema.ts";
export { type RunningServer, type ServerOptions, startServer, version } from "./server.ts";
