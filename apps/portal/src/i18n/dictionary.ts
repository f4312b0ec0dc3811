// Every feature's phrases in one dictionary per language: add a feature's messages.ts here (one
// import, one spread in each language).
import { accountMessages } from "../account/messages.ts";
import { activitiesMessages } from "../activities/messages.ts";
import { appMessages } from "../app/messages.ts";
import { homeMessages } from "../home/messages.ts";
import { liveMessages } from "../live/messages.ts";
import { inboxMessages } from "../messages/messages.ts";
import { mineMessages } from "../mine/messages.ts";
import { recommendMessages } from "../recommend/messages.ts";
import { resultsMessages } from "../results/messages.ts";
import { tournamentMessages } from "../tournament/messages.ts";
import { voteMessages } from "../vote/messages.ts";

export const chineseMessages = {
  ...appMessages.zh,
  ...accountMessages.zh,
  ...inboxMessages.zh,
  ...homeMessages.zh,
  ...liveMessages.zh,
  ...voteMessages.zh,
  ...tournamentMessages.zh,
  ...resultsMessages.zh,
  ...recommendMessages.zh,
  ...mineMessages.zh,
  ...activitiesMessages.zh,
};

export const englishMessages: Record<MessageKey, string> = {
  ...appMessages.en,
  ...accountMessages.en,
  ...inboxMessages.en,
  ...homeMessages.en,
  ...liveMessages.en,
  ...voteMessages.en,
  ...tournamentMessages.en,
  ...resultsMessages.en,
  ...recommendMessages.en,
  ...mineMessages.en,
  ...activitiesMessages.en,
};

export type MessageKey = keyof typeof chineseMessages;
