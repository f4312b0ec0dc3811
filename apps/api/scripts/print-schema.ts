// `pnpm schema:print`: writes the schema the API serves to apps/api/schema.graphql. The file is
// committed; the admin builds against it and a test fails when it is stale.
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../src/graphql/schema.ts";

const file = new URL("../schema.graphql", import.meta.url);
writeFileSync(file, `${printSchema(schema)}\n`);
console.log(`Wrote ${file.pathname}`);
