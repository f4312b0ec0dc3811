/**
 * The order of the menu, by the flow of the year's work: activities and what arrives for them,
 * then judging, tournaments and results, then the rosters, then settings. Entries are resource
 * names (`<Resource name>`) or page paths (src/pages.tsx); each role sees only those it may open.
 * A resource or menu page missing here is listed after these.
 */
export type MenuEntry = { resource: string } | { page: string };

export const menuOrder: readonly MenuEntry[] = [
  { page: "my-scoring" },
  { resource: "Activity" },
  { resource: "Registration" },
  { page: "enrolment" },
  { resource: "Nomination" },
  { page: "declarations" },
  { resource: "Recommendation" },
  { resource: "IndicatorReport" },
  { page: "judging" },
  { page: "tournaments" },
  { page: "results" },
  { resource: "Organization" },
  { resource: "Worker" },
  { page: "roster-import" },
  { resource: "Department" },
  { resource: "User" },
  { resource: "AuditEntry" },
  { resource: "Holiday" },
];

/** The menu's entries: those of `menuOrder` that exist, then any others in their own order. */
export function orderedMenuEntries(resources: readonly string[], pages: readonly string[]): MenuEntry[] {
  const known = menuOrder.filter((entry) =>
    "resource" in entry ? resources.includes(entry.resource) : pages.includes(entry.page),
  );
  const listed = (entry: MenuEntry) =>
    known.some((other) =>
      "resource" in entry
        ? "resource" in other && other.resource === entry.resource
        : "page" in other && other.page === entry.page,
    );
  const rest: MenuEntry[] = [...resources.map((resource) => ({ resource })), ...pages.map((page) => ({ page }))].filter(
    (entry) => !listed(entry),
  );
  return [...known, ...rest];
}
