import { describe, expect, it } from "vitest";
import { forgetVoterToken, keepVoterToken, storedVoterToken } from "./voter-token.ts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    size: () => items.size,
  };
}

describe("the voter token of this tab", () => {
  const token = { voterToken: "eyJ.x.y", maskedPhone: "139****1234", expiresAt: "2015-10-21T02:30:00.000Z" };

  it("is kept until shortly before it expires, then forgotten", () => {
    const storage = memoryStorage();
    keepVoterToken(token, storage);
    expect(storedVoterToken(Date.parse("2015-10-21T02:00:00.000Z"), storage)).toEqual(token);
    expect(storedVoterToken(Date.parse("2015-10-21T02:29:45.000Z"), storage)).toBeNull();
    expect(storage.size()).toBe(0);
  });

  it("is null when nothing or something unreadable is stored, and after forgetting", () => {
    const storage = memoryStorage();
    expect(storedVoterToken(0, storage)).toBeNull();
    storage.setItem("portal.voterToken", "{not json");
    expect(storedVoterToken(0, storage)).toBeNull();
    keepVoterToken(token, storage);
    forgetVoterToken(storage);
    expect(storedVoterToken(0, storage)).toBeNull();
  });
});
