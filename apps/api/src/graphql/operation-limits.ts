import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, GraphQLError, type GraphQLSchema, specifiedRules, validate } from "graphql";
import { maxQueryCost, operationCost, queryTooComplex } from "./query-cost.ts";
import { queryLimits } from "./query-limits.ts";

/** Depth and alias limits, applied as validation rules to every operation (HTTP and WebSocket). */
export const operationLimitRules = [queryLimits({ maxDepth: 8, maxAliases: 30 })];

/** Refuses HTTP operations over the cost limit once the operation and its variables are known. */
export function queryCostPlugin(maxCost = maxQueryCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const cost = operationCost(schema, document, operationName, request.variables);
          if (cost > maxCost) throw queryTooComplex(cost, maxCost);
        },
      };
    },
  };
}

/**
 * The same checks as over HTTP, for an operation received over WebSocket (graphql-ws does not run
 * Apollo's validation rules or plugins): the standard rules, depth and aliases, then the cost.
 * Returns the errors to send, or an empty list when the operation may run.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxCost = maxQueryCost,
): readonly GraphQLError[] {
  const errors = validate(schema, document, [...specifiedRules, ...operationLimitRules]);
  if (errors.length > 0) {
    // The code Apollo gives the same refusal over HTTP, so both transports answer alike.
    return errors.map(
      (error) =>
        new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
    );
  }
  const cost = operationCost(schema, document, operationName, variables);
  return cost > maxCost ? [queryTooComplex(cost, maxCost)] : [];
}
