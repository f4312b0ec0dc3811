import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { uploadAttachment } from "../attachments/upload-attachment.ts";
import type { DemoMoment, DemoStory } from "./demo-story.ts";

const require = createRequire(import.meta.url);
let fontBytes: Buffer | null = null;

/** Noto Sans SC (OFL), the certificates' font, read once. */
function chineseFont(): Buffer {
  fontBytes ??= readFileSync(require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
  return fontBytes;
}

export interface ProjectReport {
  title: string;
  declarant: string;
  unit: string;
  summary: string;
}

/** A one-page project report (项目申报书) as a declarant would attach it: title, declarant, unit, summary. */
function renderProjectReport(report: ProjectReport): Promise<Buffer> {
  const document = new PDFDocument({ size: "A4", margin: 72, info: { Title: report.title, Author: report.declarant } });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
  });
  document.registerFont("NotoSansSC", chineseFont());
  document.font("NotoSansSC");
  document.fontSize(22).text("锦州市职工创新工作奖项目申报书", { align: "center" });
  document.moveDown(1.5);
  document.fontSize(14).text(`项目名称：${report.title}`);
  document.text(`申报人：${report.declarant}`);
  document.text(`所在单位：${report.unit}`);
  document.moveDown();
  document.fontSize(14).text("项目简介");
  document.fontSize(12).text(report.summary, { lineGap: 6, indent: 24 });
  document.end();
  return finished;
}

/**
 * The declarant uploads the project report to their declaration (项目申报材料), through the same
 * checks and storage as an upload from the workers' pages.
 */
export async function attachProjectReport(
  story: DemoStory,
  username: string,
  moment: DemoMoment,
  registrationId: number,
  report: ProjectReport,
): Promise<void> {
  const bytes = await renderProjectReport(report);
  await story.as(username, moment, async (context) => {
    const received = await context.storage.receive(Readable.from([bytes]), bytes.length + 1);
    await uploadAttachment(context, context.storage, {
      kind: "PROJECT_DOCUMENT",
      registrationId: String(registrationId),
      file: { ...received, fileName: `${report.title}申报书.pdf` },
    });
  });
}
