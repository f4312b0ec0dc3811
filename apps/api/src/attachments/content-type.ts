import { open } from "node:fs/promises";

/**
 * The file types attachments may have, recognized by their bytes (magic numbers and, for Office
 * files, the parts inside), never by the name or the type the browser claims. Anything else (an
 * executable, HTML, SVG, a plain ZIP) is refused.
 */
export type FileType = "jpeg" | "png" | "webp" | "pdf" | "docx" | "xlsx" | "pptx" | "doc" | "xls";

export const fileTypes: Record<FileType, { contentType: string; extensions: readonly string[]; image: boolean }> = {
  jpeg: { contentType: "image/jpeg", extensions: ["jpg", "jpeg"], image: true },
  png: { contentType: "image/png", extensions: ["png"], image: true },
  webp: { contentType: "image/webp", extensions: ["webp"], image: true },
  pdf: { contentType: "application/pdf", extensions: ["pdf"], image: false },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    image: false,
  },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    image: false,
  },
  pptx: {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
    image: false,
  },
  doc: { contentType: "application/msword", extensions: ["doc"], image: false },
  xls: { contentType: "application/vnd.ms-excel", extensions: ["xls"], image: false },
};

const startsWith = (head: Buffer, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);

/** Recognizes a stored file's type from its first bytes and, for ZIP and OLE containers, its insides. */
export async function detectFileType(path: string, head: Buffer, size: number): Promise<FileType | null> {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return officeOpenXmlType(await zipEntryNames(path, size));
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundFileType(path, size);
  return null;
}

function officeOpenXmlType(names: string[] | null): FileType | null {
  if (!names?.includes("[Content_Types].xml")) return null;
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("xl/workbook.xml")) return "xlsx";
  if (names.includes("ppt/presentation.xml")) return "pptx";
  return null;
}

/** The names in a ZIP file's central directory, or null when it is not a readable ZIP. */
async function zipEntryNames(path: string, size: number): Promise<string[] | null> {
  const handle = await open(path, "r");
  try {
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let index = tailLength - 22; index >= 0; index--) {
      if (tail.readUInt32LE(index) === 0x06054b50) {
        end = index;
        break;
      }
    }
    if (end < 0) return null;
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size || directorySize > 16 * 1024 * 1024) return null;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const names: string[] = [];
    let at = 0;
    for (let entry = 0; entry < entries && at + 46 <= directory.length; entry++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) return null;
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      names.push(directory.subarray(at + 46, at + 46 + nameLength).toString("utf8"));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    await handle.close();
  }
}

/** A legacy Office file (OLE compound file): Word has a "WordDocument" stream, Excel a "Workbook" or "Book". */
async function compoundFileType(path: string, size: number): Promise<FileType | null> {
  const handle = await open(path, "r");
  try {
    const bytes = Buffer.alloc(Math.min(size, 16 * 1024 * 1024));
    await handle.read(bytes, 0, bytes.length, 0);
    const utf16 = (text: string) => Buffer.from(text, "utf16le");
    if (bytes.includes(utf16("WordDocument"))) return "doc";
    if (bytes.includes(utf16("Workbook")) || bytes.includes(utf16("Book\u0000"))) return "xls";
    return null;
  } finally {
    await handle.close();
  }
}

/** The lower-case extension of a file name, without the dot ("" when none). */
export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? "";
}

/** A file name safe to store and send back: no path, no control characters, at most 120 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_").trim();
  if (cleaned === "" || cleaned === "." || cleaned === "..") return "附件";
  if (cleaned.length <= 120) return cleaned;
  const extension = extensionOf(cleaned);
  return `${cleaned.slice(0, 110)}${extension ? `.${extension}` : ""}`;
}
