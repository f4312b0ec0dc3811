import { describe, expect, it } from "vitest";
import { maxUploadBytes, uploadProblem } from "./upload-rules.ts";

describe("uploadProblem", () => {
  it("accepts JPEG, PNG and WebP photos up to the server's limit", () => {
    expect(uploadProblem({ name: "a.jpg", size: 1000, type: "image/jpeg" }, { accept: "image" })).toBeUndefined();
    expect(uploadProblem({ name: "a.webp", size: maxUploadBytes, type: "image/webp" }, { accept: "image" })).toBe(
      undefined,
    );
    expect(uploadProblem({ name: "IMG_1.PNG", size: 10, type: "" }, { accept: "image" })).toBeUndefined();
  });

  it("refuses what the API would refuse, before sending it", () => {
    expect(uploadProblem({ name: "a.pdf", size: 10, type: "application/pdf" }, { accept: "image" })).toBe("NOT_IMAGE");
    expect(uploadProblem({ name: "a.heic", size: 10, type: "image/heic" }, { accept: "image" })).toBe("NOT_IMAGE");
    expect(uploadProblem({ name: "a", size: 10, type: "" }, { accept: "image" })).toBe("NOT_IMAGE");
    expect(uploadProblem({ name: "a.jpg", size: maxUploadBytes + 1, type: "image/jpeg" }, { accept: "image" })).toBe(
      "TOO_LARGE",
    );
    expect(uploadProblem({ name: "a.jpg", size: 2000, type: "image/jpeg" }, { accept: "image", maxBytes: 1000 })).toBe(
      "TOO_LARGE",
    );
  });

  it("lets any type through for evidence: the API recognizes it by its bytes", () => {
    expect(uploadProblem({ name: "a.pdf", size: 10, type: "application/pdf" }, { accept: "any" })).toBeUndefined();
  });
});
