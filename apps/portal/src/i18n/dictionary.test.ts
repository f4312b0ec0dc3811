import { describe, expect, it } from "vitest";
import { chineseMessages, englishMessages } from "./dictionary.ts";

const placeholders = (phrase: string) => [...phrase.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the portal's dictionaries", () => {
  it("have the same keys in Chinese and English", () => {
    expect(Object.keys(englishMessages).sort()).toEqual(Object.keys(chineseMessages).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, chinese] of Object.entries(chineseMessages)) {
      expect([key, placeholders(englishMessages[key as keyof typeof englishMessages])]).toEqual([
        key,
        placeholders(chinese),
      ]);
    }
  });

  it("say everything in Chinese in the Chinese dictionary (no English words left behind)", () => {
    // Words users know stay: SMS, PDF, and the name of the other language on its switch.
    const allowed = new Set(["PDF", "SMS", "English"]);
    const leftovers = Object.entries(chineseMessages).filter(([, phrase]) =>
      (phrase.replace(/\{\w+\}/g, "").match(/[A-Za-z]{3,}/g) ?? []).some((word) => !allowed.has(word)),
    );
    expect(leftovers).toEqual([]);
  });

  it("has no empty phrase", () => {
    expect(Object.entries(chineseMessages).filter(([, phrase]) => phrase.trim() === "")).toEqual([]);
    expect(Object.entries(englishMessages).filter(([, phrase]) => phrase.trim() === "")).toEqual([]);
  });
});
