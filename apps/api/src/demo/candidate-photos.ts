import { Readable } from "node:stream";
import { uploadAttachment } from "../attachments/upload-attachment.ts";
import { drawPortrait, portraitLook } from "./candidate-portrait.ts";
import type { DemoMoment, DemoStory } from "./demo-story.ts";

export interface PhotoCandidate {
  registrationId: number;
  /** Who uploads the photo: a unit admin above the candidate's unit. */
  uploader: string;
  /** For a candidate the public recommended, who is no worker on the roster: their trade and gender. */
  trade?: string;
  gender?: "MALE" | "FEMALE";
}

/**
 * Each candidate's photo (照片), uploaded to their registration by the unit admin who reviews it,
 * through the same checks and storage as an upload from the admin pages: a portrait drawn for the
 * candidate, in the work clothes of their trade.
 */
export async function attachCandidatePhotos(
  story: DemoStory,
  moment: DemoMoment,
  candidates: readonly PhotoCandidate[],
): Promise<void> {
  const registrations = await story.prisma.registration.findMany({
    where: { id: { in: candidates.map((candidate) => candidate.registrationId) } },
    select: {
      id: true,
      name: true,
      members: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        take: 1,
        select: { worker: { select: { name: true, trade: true, gender: true } } },
      },
    },
  });
  for (const [index, candidate] of candidates.entries()) {
    const registration = registrations.find((row) => row.id === candidate.registrationId);
    if (!registration) throw new Error(`demo: no registration ${candidate.registrationId}`);
    const worker = registration.members[0]?.worker;
    const name = registration.name ?? worker?.name ?? `候选人${index + 1}`;
    const bytes = drawPortrait(
      portraitLook(index, candidate.trade ?? worker?.trade ?? null, candidate.gender ?? worker?.gender ?? null),
    );
    await story.as(candidate.uploader, moment, async (context) => {
      const received = await context.storage.receive(Readable.from([bytes]), bytes.length + 1);
      await uploadAttachment(context, context.storage, {
        kind: "PHOTO",
        registrationId: String(candidate.registrationId),
        file: { ...received, fileName: `${name}.png` },
      });
    });
  }
}
