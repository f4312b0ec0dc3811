import { describe, expect, it } from "vitest";
import { expectedBytes, fileNameFromDisposition, percentOf, readWithProgress, refusalMessage } from "./fileDownload.ts";

describe("downloads", () => {
  it("takes the UTF-8 file name before the ASCII fallback", () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="results.xlsx"; filename*=UTF-8''${encodeURIComponent("成绩.xlsx")}`,
      ),
    ).toBe("成绩.xlsx");
    expect(fileNameFromDisposition('attachment; filename="JZ-2015-ZYB-0001.pdf"')).toBe("JZ-2015-ZYB-0001.pdf");
    expect(fileNameFromDisposition("attachment; filename=a.pdf")).toBe("a.pdf");
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition("attachment")).toBeNull();
  });

  it("reads Content-Length and turns progress into whole percents", () => {
    expect(expectedBytes("2048")).toBe(2048);
    expect(expectedBytes(null)).toBeNull();
    expect(expectedBytes("abc")).toBeNull();
    expect(percentOf({ received: 1023, total: 2048 })).toBe(49);
    expect(percentOf({ received: 4096, total: 2048 })).toBe(100);
    expect(percentOf({ received: 10, total: null })).toBeNull();
  });

  it("counts the bytes of every chunk as they arrive", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(3));
        controller.enqueue(new Uint8Array(5));
        controller.close();
      },
    });
    const seen: number[] = [];
    const chunks = await readWithProgress(body, 8, (progress) => seen.push(progress.received));
    expect(seen).toEqual([0, 3, 8]);
    expect(chunks.map((chunk) => chunk.byteLength)).toEqual([3, 5]);
  });

  it("finds the API's message in either refusal shape", () => {
    expect(refusalMessage('{"code":"NOT_FOUND","message":"记录不存在或您无权查看"}')).toBe("记录不存在或您无权查看");
    expect(refusalMessage('{"error":{"code":"FORBIDDEN","message":"无权操作"}}')).toBe("无权操作");
    expect(refusalMessage("<html>")).toBeNull();
  });
});
