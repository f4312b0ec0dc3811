import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.ts";
import "./types/audit-entry.ts";
import "./types/activity.ts";
import "./types/department.ts";
import "./types/enums.ts";
import "./types/holiday.ts";
import "./types/organization.ts";
import "./types/registration.ts";
import "./types/registration-review.ts";
import "./types/user.ts";
import "./types/worker.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
