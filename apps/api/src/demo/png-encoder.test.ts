import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { drawPortrait, portraitHeight, portraitLook, portraitWidth } from "./candidate-portrait.ts";
import { crc32, encodePng, pngSignature } from "./png-encoder.ts";

/** Reads a PNG as a decoder would: signature, chunks with their CRCs, IHDR, and the inflated IDAT rows. */
function readPng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)),
    );
    chunks.push({ type, data });
    offset += 12 + length;
  }
  expect(chunks.map((chunk) => chunk.type)).toEqual(["IHDR", "IDAT", "IEND"]);
  const header = chunks[0]?.data as Buffer;
  expect(header).toHaveLength(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  // 8 bits per sample, RGB, deflate, adaptive filtering, no interlace.
  expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  const rows = inflateSync(chunks[1]?.data as Buffer);
  expect(rows).toHaveLength(height * (1 + width * 3));
  const pixel = (x: number, y: number) => {
    const row = y * (1 + width * 3);
    expect(rows[row], "filter type of the row").toBe(0);
    return [...rows.subarray(row + 1 + x * 3, row + 4 + x * 3)];
  };
  return { width, height, pixel };
}

describe("encodePng", () => {
  it("computes PNG's CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    // The CRC every PNG file ends with: its empty IEND chunk's.
    expect(crc32(Buffer.from("IEND"))).toBe(0xae426082);
  });

  it("writes the pixels row by row as an RGB PNG", () => {
    const pixels = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const bytes = encodePng(3, 2, pixels);
    expect(bytes.subarray(0, 8)).toEqual(pngSignature);
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([3, 2]);
    expect([png.pixel(0, 0), png.pixel(1, 0), png.pixel(2, 0)]).toEqual([
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
    ]);
    expect(png.pixel(2, 1)).toEqual([70, 80, 90]);
    expect(bytes.subarray(-12)).toEqual(Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
  });

  it("refuses pixels that do not fill the size", () => {
    expect(() => encodePng(2, 2, new Uint8Array(11))).toThrow("expected 12 bytes");
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow("positive whole size");
  });
});

describe("drawPortrait", () => {
  it("draws a 240×320 head-and-shoulders portrait, in the work clothes of the trade", () => {
    const look = portraitLook(1, "公交车驾驶员", "FEMALE");
    const png = readPng(drawPortrait(look));
    expect([png.width, png.height]).toEqual([portraitWidth, portraitHeight]);
    // The face in the middle, the uniform low on the shoulders, the backdrop in the top corner.
    expect(png.pixel(120, 160)).toEqual([...look.skin]);
    expect(png.pixel(40, 310)).toEqual([...look.uniform]);
    expect(png.pixel(2, 2)).not.toEqual([...look.skin]);
    expect(look.uniform).not.toEqual(portraitLook(1, "中式烹调师", "FEMALE").uniform);
  });

  it("gives each candidate a background of their own", () => {
    const corners = [0, 1, 2].map((index) => readPng(drawPortrait(portraitLook(index, null, null))).pixel(2, 300));
    expect(new Set(corners.map((colour) => colour.join())).size).toBe(3);
  });
});
