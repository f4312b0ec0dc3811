import englishMessages from "ra-language-english";
import { describe, expect, it } from "vitest";
import { appChineseMessages } from "./appChineseMessages.ts";
import { appEnglishMessages } from "./appEnglishMessages.ts";
import { raChineseMessages } from "./raChineseMessages.ts";

type Tree = { [key: string]: unknown };

/** Every leaf key as a dotted path, e.g. "ra.action.save". */
function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leafKeys(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leafValues(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? leafValues(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

function missingFrom(reference: string[], candidate: string[]): string[] {
  const present = new Set(candidate);
  return reference.filter((key) => !present.has(key));
}

/** The %{name} placeholders of a phrase, without smart_count: Chinese may state a count or not. */
function placeholders(phrase: string): Set<string> {
  return new Set(
    [...phrase.matchAll(/%\{(\w+)\}/g)].map((match) => match[1] as string).filter((n) => n !== "smart_count"),
  );
}

/** Placeholders every plural form of an English phrase uses, and those any form uses. */
function englishPlaceholders(phrase: string): { always: Set<string>; any: Set<string> } {
  const forms = phrase.split("||||").map(placeholders);
  const any = new Set(forms.flatMap((form) => [...form]));
  const always = new Set([...any].filter((name) => forms.every((form) => form.has(name))));
  return { always, any };
}

describe("the Simplified Chinese pack for react-admin", () => {
  const english = leafKeys(englishMessages.ra as Tree, "ra.");
  const chinese = leafKeys(raChineseMessages.ra as Tree, "ra.");

  it("translates every key of ra-language-english", () => {
    expect(missingFrom(english, chinese)).toEqual([]);
  });

  it("has no key that ra-language-english lacks", () => {
    expect(missingFrom(chinese, english)).toEqual([]);
  });

  it("keeps the placeholders of every phrase and invents none", () => {
    const englishValues = new Map(leafValues(englishMessages.ra as Tree, "ra."));
    for (const [key, value] of leafValues(raChineseMessages.ra as Tree, "ra.")) {
      const { always, any } = englishPlaceholders(String(englishValues.get(key)));
      const chinese = placeholders(String(value));
      expect(
        [...always].filter((name) => !chinese.has(name)),
        `${key} misses`,
      ).toEqual([]);
      expect(
        [...chinese].filter((name) => !any.has(name)),
        `${key} invents`,
      ).toEqual([]);
    }
  });

  it("uses no English plural form: Chinese has one form per phrase", () => {
    const pluralised = leafValues(raChineseMessages.ra as Tree).filter(([, value]) => String(value).includes("||||"));
    expect(pluralised).toEqual([]);
  });
});

describe("the panel's own messages", () => {
  const chinese = leafKeys(appChineseMessages);
  const english = leafKeys(appEnglishMessages);

  it("have an English text for every Chinese key", () => {
    expect(missingFrom(chinese, english)).toEqual([]);
  });

  it("have a Chinese text for every English key", () => {
    expect(missingFrom(english, chinese)).toEqual([]);
  });

  it("cover the resources and every enum value", () => {
    expect(chinese).toContain("resources.Organization.name");
    expect(chinese).toContain("resources.Worker.name");
    expect(chinese).toContain("enums.organizationKind.GRASSROOTS_UNION");
    expect(chinese).toContain("enums.skillGrade.GRADE_1");
    expect(chinese).toContain("enums.role.UNIT_ADMIN");
  });
});

describe("every Chinese text", () => {
  const all = [...leafValues(raChineseMessages), ...leafValues(appChineseMessages)];

  it("is a non-empty string", () => {
    const empty = all.filter(([, value]) => typeof value !== "string" || value.trim() === "");
    expect(empty).toEqual([]);
  });

  it("is written in Chinese, not left in English", () => {
    // A phrase may hold placeholders, digits and letters such as "A 类" or "X", but no English words.
    const english = all.filter(([, value]) => /[A-Za-z]{3,}/.test(String(value).replace(/%\{\w+\}/g, "")));
    expect(english).toEqual([]);
  });
});
