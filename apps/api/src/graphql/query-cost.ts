import { DomainError, errorMessages } from "@jinzhou/domain";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { defaultPerPage } from "./list-args.ts";

/** A list that is not paginated is assumed this long (a paginated one is priced by its page size). */
export const assumedListLength = 10;

/** The most an operation may cost; a full page of 1,000 rows with 20 fields costs 20,001. */
export const maxQueryCost = 25_000;

/**
 * What an operation asks the server to produce: every field counts 1, and a list field counts its
 * selection once per row it can return — `perPage` rows for a paginated list (`defaultPerPage` when
 * the client leaves it out), `assumedListLength` for any other list. Introspection fields count 1.
 * Unlike validation rules, it reads the request's variables, so `perPage: $perPage` is priced by
 * the value sent.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const literalOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    return undefined;
  };
  const fieldOf = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visited: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = fieldOf(parent, name);
        if (name.startsWith("__") || !field) {
          total += 1;
          continue;
        }
        const named = getNamedType(field.type);
        const children =
          selection.selectionSet && isCompositeType(named) ? costOf(selection.selectionSet, named, visited) : 0;
        let rows = 1;
        const isList = isListType(getNullableType(field.type));
        if (isList && field.args.some((argument) => argument.name === "perPage")) {
          const given = selection.arguments?.find((argument) => argument.name.value === "perPage");
          const value = given ? literalOf(given.value) : undefined;
          rows = typeof value === "number" && Number.isFinite(value) && value > 0 ? value : defaultPerPage;
        } else if (isList) {
          rows = assumedListLength;
        }
        total += 1 + rows * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, isCompositeType(condition) ? condition : parent, visited);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visited.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        total += costOf(
          fragment.selectionSet,
          isCompositeType(condition) ? condition : parent,
          new Set([...visited, name]),
        );
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

/** The refusal for an operation over the limit: code QUERY_TOO_COMPLEX with the cost in Chinese. */
export function queryTooComplex(cost: number, maxCost: number): GraphQLError {
  const domainError = new DomainError(
    "QUERY_TOO_COMPLEX",
    [],
    `${errorMessages.QUERY_TOO_COMPLEX}（本次查询计算量 ${cost}，最多允许 ${maxCost}）`,
  );
  return new GraphQLError(domainError.message, {
    originalError: domainError,
    extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } },
  });
}
