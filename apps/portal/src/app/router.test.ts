import { describe, expect, it } from "vitest";
import { matchPath } from "./router.tsx";

describe("matchPath", () => {
  it("reads the parameters of a matching path", () => {
    expect(matchPath("/activities/:id", "/activities/42")).toEqual({ id: "42" });
    expect(matchPath("/live/:roundId", "/live/7/")).toEqual({ roundId: "7" });
    expect(matchPath("/", "/")).toEqual({});
  });

  it("decodes parameters and refuses paths of another shape", () => {
    expect(matchPath("/results/:code", "/results/JZ-2015-%E5%90%88")).toEqual({ code: "JZ-2015-合" });
    expect(matchPath("/activities/:id", "/activities")).toBeNull();
    expect(matchPath("/activities/:id", "/results/42")).toBeNull();
  });
});
