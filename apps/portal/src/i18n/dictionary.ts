// Every feature's phrases in one dictionary per language: add a feature's messages.ts here (one
// import, one spread in each language).
import { appMessages } from "../app/messages.ts";
import { homeMessages } from "../home/messages.ts";

export const chineseMessages = {
  ...appMessages.zh,
  ...homeMessages.zh,
};

export const englishMessages: Record<MessageKey, string> = {
  ...appMessages.en,
  ...homeMessages.en,
};

export type MessageKey = keyof typeof chineseMessages;
