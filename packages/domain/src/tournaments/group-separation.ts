/**
 * How far apart group-mates can still be kept in a knockout draw. Internal to the tournaments
 * folder; used by group-knockout-draw.ts to look ahead before a qualifier takes a line.
 *
 * The ideal for the qualifier placed p-th in its group is to sit in a different section at level
 * ⌈log2 p⌉ from its better-placed group-mates: the runner-up in the other half from the winner (they
 * can meet only in the final), the third and fourth in quarters of their own (not before the
 * semi-finals). When byes crowd one half, not everyone can have the ideal; `relaxation` r asks
 * for r levels less (a runner-up at least in another quarter, then another eighth …).
 * `countPlaceable` answers how many of the qualifiers still to be placed can all be kept that far
 * apart at once, as a maximum flow: qualifier → (its group, a section it may use, at most one per
 * group) → section (as many as the section has open lines) → sink.
 */
export interface PendingQualifier {
  group: string;
  /** 2 for a runner-up, 3 for a third-placed … */
  groupPlace: number;
}

export interface PlacedQualifier {
  group: string;
  line: number;
}

/** The level at which the p-th of a group should be apart from those above it: 2 → halves, 3–4 → quarters. */
export function idealSeparationLevel(groupPlace: number): number {
  return Math.ceil(Math.log2(groupPlace));
}

/**
 * The sections the look-ahead works in at a relaxation: two lines in the same section at this
 * level leave the pending qualifiers exactly the same room, so one count serves the whole section.
 */
export function lookAheadLevel(size: number, pending: readonly PendingQualifier[], relaxation = 0): number {
  const deepest = Math.max(0, ...pending.map((qualifier) => idealSeparationLevel(qualifier.groupPlace)));
  return Math.min(deepest + relaxation, Math.log2(size));
}

export function countPlaceable(
  size: number,
  pending: readonly PendingQualifier[],
  placed: readonly PlacedQualifier[],
  openLines: readonly number[],
  relaxation = 0,
): number {
  if (pending.length === 0) return 0;
  const level = lookAheadLevel(size, pending, relaxation);
  const sectionSize = size / 2 ** level;
  const sectionOf = (line: number) => Math.floor((line - 1) / sectionSize);
  const capacity = new Map<number, number>();
  for (const line of openLines) capacity.set(sectionOf(line), (capacity.get(sectionOf(line)) ?? 0) + 1);

  // Residual capacities by edge "from>to"; nodes: source, q<i>, g<group>#<section>, s<section>, sink.
  const edges = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  const addEdge = (from: string, to: string, amount: number) => {
    edges.set(`${from}>${to}`, (edges.get(`${from}>${to}`) ?? 0) + amount);
    if (!edges.has(`${to}>${from}`)) edges.set(`${to}>${from}`, 0);
    neighbours.set(from, (neighbours.get(from) ?? new Set()).add(to));
    neighbours.set(to, (neighbours.get(to) ?? new Set()).add(from));
  };
  for (const [section, lines] of capacity) addEdge(`s${section}`, "sink", lines);
  pending.forEach((qualifier, index) => {
    addEdge("source", `q${index}`, 1);
    const apartAt = Math.min(idealSeparationLevel(qualifier.groupPlace) + relaxation, Math.log2(size));
    const width = size / 2 ** apartAt;
    const mates = placed.filter((other) => other.group === qualifier.group);
    for (const section of capacity.keys()) {
      const home = Math.floor((section * sectionSize) / width);
      if (mates.every((mate) => Math.floor((mate.line - 1) / width) !== home)) {
        const pair = `g${JSON.stringify(qualifier.group)}#${section}`;
        if (!edges.has(`${pair}>s${section}`)) addEdge(pair, `s${section}`, 1);
        addEdge(`q${index}`, pair, 1);
      }
    }
  });

  let flow = 0;
  while (augment("source", new Set(["source"]))) flow++;
  return flow;

  function augment(node: string, visited: Set<string>): boolean {
    if (node === "sink") return true;
    for (const next of neighbours.get(node) ?? []) {
      const residual = edges.get(`${node}>${next}`) ?? 0;
      if (residual <= 0 || visited.has(next)) continue;
      visited.add(next);
      if (augment(next, visited)) {
        edges.set(`${node}>${next}`, residual - 1);
        edges.set(`${next}>${node}`, (edges.get(`${next}>${node}`) ?? 0) + 1);
        return true;
      }
    }
    return false;
  }
}
