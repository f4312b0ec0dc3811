export type Locale = "zh" | "en";

/**
 * A feature's phrases: flat keys prefixed with the feature ("activities.placesLeft"), Chinese
 * first; the English object must have exactly the same keys, which the compiler checks.
 * `{name}` in a phrase is replaced by the value of `name`.
 */
export function defineMessages<const Chinese extends Record<string, string>>(
  zh: Chinese,
  en: { [Key in keyof Chinese]: string },
): { zh: Chinese; en: { [Key in keyof Chinese]: string } } {
  return { zh, en };
}

/** Replaces each {name} by its value; unknown placeholders stay visible so a missing value shows. */
export function interpolate(phrase: string, values: Record<string, string | number> = {}): string {
  return phrase.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
