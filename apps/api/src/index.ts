export { type RunningServer, type ServerOptions, startServer, version } from "./server.ts";
export { schema } from "./graphql/schema.ts";
