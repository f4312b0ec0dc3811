import sdl from "@jinzhou/api/schema.graphql?raw";
import { buildSchema, type IntrospectionSchema, introspectionFromSchema } from "graphql";

/**
 * The API's schema as printed when the panel was built. The API refuses introspection in
 * production, so the data provider reads the schema from here instead of asking the server.
 */
export const graphqlSchema = buildSchema(sdl);

export const introspectionSchema: IntrospectionSchema = introspectionFromSchema(graphqlSchema).__schema;

/** The names of a mutation's arguments, so that a save sends only what the API accepts. */
export function mutationArgumentNames(mutation: string): ReadonlySet<string> {
  const field = graphqlSchema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(`The API schema has no mutation ${mutation}`);
  return new Set(field.args.map((argument) => argument.name));
}

/**
 * Types the API exposes a mutation for but the panel never treats as a resource. ra-data-graphql
 * would otherwise fetch only the `id` of these when they are nested (a registration's
 * attachments), since it expects resources to be fetched on their own.
 */
export const notResources = ["Attachment"];
