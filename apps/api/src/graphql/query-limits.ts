import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * Refuses queries nested deeper than `maxDepth` or with more than `maxAliases` aliases before any
 * resolver runs: one request must not be able to make the server walk the tree without end.
 */
export function queryLimits({ maxDepth, maxAliases }: { maxDepth: number; maxAliases: number }): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    let aliases = 0;
    const depthOf = (selectionSet: SelectionSetNode | undefined, visited: Set<string>): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases++;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visited));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visited));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !visited.has(name)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visited, name])));
          }
        }
      }
      return deepest;
    };
    const refuse = (message: string, node: ASTNode) =>
      context.reportError(new GraphQLError(message, { nodes: [node] }));
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) refuse(`查询嵌套 ${depth} 层，最多允许 ${maxDepth} 层`, operation);
        if (aliases > maxAliases) refuse(`查询使用了 ${aliases} 个别名，最多允许 ${maxAliases} 个`, operation);
      },
    };
  };
}
