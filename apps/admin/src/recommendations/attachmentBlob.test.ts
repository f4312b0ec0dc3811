import { describe, expect, it, vi } from "vitest";
import { attachmentObjectUrl, isPhoto } from "./attachmentBlob.ts";

describe("attachments shown in the panel", () => {
  it("shows only image photos", () => {
    expect(isPhoto({ kind: "PHOTO", contentType: "image/png" })).toBe(true);
    expect(isPhoto({ kind: "STORY", contentType: "image/jpeg" })).toBe(false);
    expect(isPhoto({ kind: "PHOTO", contentType: "application/pdf" })).toBe(false);
  });

  it("fetches the bytes into an object URL, and fails on a refusal", async () => {
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:photo");
    const ok = vi.fn(async () => new Response(new Uint8Array([1, 2, 3]), { status: 200 }));
    expect(await attachmentObjectUrl("/files/attachments/7", "t0ken", ok as unknown as typeof fetch)).toBe(
      "blob:photo",
    );
    expect(ok).toHaveBeenCalledWith("/files/attachments/7", { headers: { Authorization: "Bearer t0ken" } });
    const refused = vi.fn(async () => new Response("{}", { status: 404 }));
    await expect(attachmentObjectUrl("/files/attachments/8", null, refused as unknown as typeof fetch)).rejects.toThrow(
      "HTTP 404",
    );
    created.mockRestore();
  });
});
