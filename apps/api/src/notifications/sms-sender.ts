import { maskPhone } from "@jinzhou/domain";
import type { Logger } from "../logger.ts";

/**
 * Where SMS notifications go. A real gateway (阿里云短信, 腾讯云短信 …) implements `send` and
 * resolves once the gateway has accepted the message; it must never log the phone number in full.
 */
export interface SmsSender {
  readonly name: string;
  send(phone: string, text: string): Promise<void>;
}

export type SmsSenderName = "log" | "none";

/** The embedded mode's sender: one log line per message, `短信 → 139****1234：…`, phone masked. */
export function logSmsSender(log: Logger): SmsSender {
  return {
    name: "log",
    async send(phone, text) {
      log.info(`短信 → ${maskPhone(phone)}：${text}`);
    },
  };
}

/** null for "none": notifications stay in the portal only and no SMS is recorded as sent. */
export function createSmsSender(name: SmsSenderName, log: Logger): SmsSender | null {
  return name === "log" ? logSmsSender(log) : null;
}
