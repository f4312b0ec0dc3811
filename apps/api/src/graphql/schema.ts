import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.ts";
import "./types/department.ts";
import "./types/enums.ts";
import "./types/organization.ts";
import "./types/user.ts";
import "./types/worker.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
