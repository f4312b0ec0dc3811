import { defaultOptions, introspectSchema } from "ra-data-graphql";
import { describe, expect, it } from "vitest";
import { introspectionSchema, notResources } from "./schema.ts";

describe("the schema the panel is built with", () => {
  it("gives ra-data-graphql-simple every operation of each resource without asking the server", async () => {
    const noClient = {} as Parameters<typeof introspectSchema>[0];
    const result = await introspectSchema(noClient, {
      schema: introspectionSchema,
      operationNames: defaultOptions.introspection.operationNames,
      exclude: notResources,
    });
    const resources = Object.fromEntries(
      result.resources.map((resource) => [
        resource.type.name,
        Object.keys(resource)
          .filter((key) => key !== "type")
          .sort(),
      ]),
    );
    const all = ["CREATE", "DELETE", "GET_LIST", "GET_MANY", "GET_MANY_REFERENCE", "GET_ONE", "UPDATE"];
    const readOnly = ["GET_LIST", "GET_MANY", "GET_MANY_REFERENCE", "GET_ONE"];
    const noDelete = ["CREATE", "GET_LIST", "GET_MANY", "GET_MANY_REFERENCE", "GET_ONE", "UPDATE"];
    const listOnly = ["GET_LIST", "GET_MANY", "GET_MANY_REFERENCE"];
    expect(resources).toEqual({
      // Activities are never deleted (they move through the lifecycle); the audit log is append-only.
      Activity: noDelete,
      AuditEntry: readOnly,
      // Ballots and votes are never changed or deleted; fraudulent votes are voided by voidVotes.
      Ballot: listOnly,
      Certificate: readOnly,
      Department: readOnly,
      Holiday: all,
      IndicatorReport: readOnly,
      JudgeAssignment: readOnly,
      Match: readOnly,
      Nomination: readOnly,
      Objection: readOnly,
      Organization: all,
      // 优秀组织奖 are granted and revoked by their own mutations.
      OrganizationAward: readOnly,
      Quota: readOnly,
      Recommendation: listOnly,
      // Registrations are made by register and ended by withdrawRegistration, never edited as a record.
      Registration: readOnly,
      Result: readOnly,
      Round: readOnly,
      RoundJudge: listOnly,
      RoundResult: listOnly,
      TournamentDraw: readOnly,
      // Users are disabled, never deleted: the audit log names them.
      User: noDelete,
      Vote: listOnly,
      Worker: all,
    });
  });
});
