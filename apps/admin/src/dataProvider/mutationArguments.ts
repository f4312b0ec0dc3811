/**
 * What a save sends. ra-data-graphql-simple turns every key of the form's data into a variable,
 * including read-only fields such as `pathName`, and rewrites `organization: { id }` into
 * `organizationId`, which can overwrite a changed `organizationId` with the old one. So a save
 * sends only the mutation's own arguments, and an update only those the user changed.
 */
type Values = Record<string, unknown>;

/** Values the forms produce for "nothing": the API treats them all as null. */
function normalized(value: unknown): unknown {
  return value === undefined || value === "" ? null : value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}

/** The data's values for the mutation's arguments (never `id`, which travels apart). */
export function pickArguments(data: Values, argumentNames: ReadonlySet<string>): Values {
  const picked: Values = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== "id" && argumentNames.has(key)) picked[key] = normalized(value);
  }
  return picked;
}

/**
 * The arguments whose value differs from the record as it was loaded. Masked sensitive values
 * (ID number, phone) are never sent back: they are stars, not data.
 */
export function changedArguments(data: Values, previousData: Values, argumentNames: ReadonlySet<string>): Values {
  const picked = pickArguments(data, argumentNames);
  const changed: Values = {};
  for (const [key, value] of Object.entries(picked)) {
    if (!same(value, previousData[key])) changed[key] = value;
  }
  if (previousData.sensitiveMasked === true) {
    delete changed.idNumber;
    delete changed.phone;
  }
  return changed;
}
