// Helpers for the file routes' tests: multipart uploads over real HTTP, small valid files of each
// kind, and GB18030 bytes built without any encoder library.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ApiHarness } from "./api-harness.ts";

/** Every regular file under `dir`, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (path: string, prefix: string) => {
    let entries: string[];
    try {
      entries = readdirSync(path);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else found.push(`${prefix}${entry}`);
    }
  };
  walk(dir, "");
  return found;
}

export interface FileAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** POSTs a multipart form with one file part named "file" and text fields. */
export async function postFile<T = Record<string, unknown>>(
  api: ApiHarness,
  path: string,
  file: { bytes: Uint8Array; name: string; type?: string } | null,
  fields: Record<string, string> = {},
  token?: string,
): Promise<FileAnswer<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("file", new Blob([file.bytes], { type: file.type ?? "application/octet-stream" }), file.name);
  const response = await fetch(`${api.server.url}${path}`, {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

export async function getFile(api: ApiHarness, path: string, token?: string) {
  const response = await fetch(`${api.server.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

/** A real 1×1 PNG. */
export const tinyPng = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5e2ce0e0000000049454e44ae426082",
  "hex",
);

/** The first bytes of a Windows executable ("MZ" …), whatever it is named. */
export const fakeExe = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000", "hex"), Buffer.alloc(200, 1)]);

/** A minimal PDF. */
export const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

/**
 * GB18030 bytes for `text`, from a table built by decoding every two-byte GB18030 code with the
 * platform's decoder (TextEncoder only writes UTF-8). ASCII stays one byte. Characters outside the
 * two-byte range are refused: the tests only need common Chinese characters.
 */
export function gb18030Bytes(text: string): Buffer {
  const table = gbTable();
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(character);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${character}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

let cachedTable: Map<string, [number, number]> | null = null;
function gbTable(): Map<string, [number, number]> {
  if (cachedTable) return cachedTable;
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (character.length === 1 && character !== "\ufffd" && !table.has(character))
        table.set(character, [lead, trail]);
    }
  }
  cachedTable = table;
  return table;
}
