/** The authors as the declaration names them: the declarant (负责人) first, then the others. */
export function authorNames(members: { name: string; isLeader?: boolean }[]): string {
  const ordered = [...members].sort((a, b) => Number(Boolean(b.isLeader)) - Number(Boolean(a.isLeader)));
  return ordered.map((member) => member.name).join("、");
}

/** The first `length` characters of a text on one line, with an ellipsis when cut. */
export function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  const characters = Array.from(line);
  return characters.length <= length ? line : `${characters.slice(0, length).join("")}…`;
}
