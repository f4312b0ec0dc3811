/**
 * Checks on lists of entrant ids and line numbers that lots and draws are made of. Internal to the
 * tournaments folder; not exported from its index.
 */

/** True when `list` holds exactly the members of `expected`, each once, in any order. */
export function isPermutationOf<T>(list: readonly T[], expected: readonly T[]): boolean {
  const wanted = new Set(expected);
  return (
    list.length === expected.length &&
    wanted.size === expected.length &&
    new Set(list).size === list.length &&
    list.every((member) => wanted.has(member))
  );
}

export function hasDuplicates<T>(list: readonly T[]): boolean {
  return new Set(list).size !== list.length;
}
