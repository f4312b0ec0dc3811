export * from "./access.ts";
export * from "./china-time.ts";
export * from "./errors.ts";
export * from "./id-number.ts";
export * from "./masking.ts";
export * from "./organization-tree.ts";
export * from "./roles.ts";
export * from "./worker.ts";
