import type PrismaTypes from "@jinzhou/db/pothos-types";
import { getDatamodel } from "@jinzhou/db/pothos-types";
import { DomainError, type Role } from "@jinzhou/domain";
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { valueFromASTUntyped } from "graphql";
import type { Context } from "../context.ts";

export interface ApiSchemaTypes {
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { signedIn: boolean; role: Role[] };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<ApiSchemaTypes>({
  plugins: [ScopeAuthPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.actor !== null,
      role: (allowed) => context.actor !== null && allowed.includes(context.actor.role),
    }),
    unauthorizedError: (_parent, context) =>
      context.actor === null ? new DomainError("UNAUTHENTICATED") : new DomainError("FORBIDDEN"),
  },
  prisma: {
    // The client is chosen at start-up (SQLite or PostgreSQL), so it travels in the context.
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    onUnusedQuery: null,
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 string in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new DomainError("BAD_REQUEST");
    return date;
  },
});

builder.scalarType("JSON", {
  description: "A plain JSON value (object, array, string, number, boolean or null).",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
