import { maskPhone } from "@jinzhou/domain";

/** A person's name with all but the first character hidden: 王** . */
export function maskPersonName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return "*";
  return `${characters[0]}${"*".repeat(characters.length - 1)}`;
}

/** The recommender as a viewer may see them: in full for the organizer, masked for everyone else. */
export function recommenderAsSeen(
  recommender: { name: string | null; phone: string | null },
  fullAccess: boolean,
): { name: string | null; phone: string | null } {
  if (fullAccess) return recommender;
  return {
    name: recommender.name === null ? null : maskPersonName(recommender.name),
    phone: recommender.phone === null ? null : maskPhone(recommender.phone),
  };
}
