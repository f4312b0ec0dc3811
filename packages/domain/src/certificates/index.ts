export * from "./certificate.ts";
export * from "./certificate-award.ts";
export * from "./certificate-number.ts";
export * from "./organization-award.ts";
