import type { PrismaClient } from "@jinzhou/db";
import type { RequestHandler } from "express";
import type { Logger } from "../logger.ts";
import { notificationsWritten } from "./notify.ts";
import type { SmsSender } from "./sms-sender.ts";

/** Notifications older than this are not sent by SMS any more (a stale text helps nobody). */
const sendWithinMs = 24 * 60 * 60 * 1000;
const batchSize = 100;

export interface SmsDispatcher {
  /** Sends whatever is waiting, soon; calls while a round runs schedule one more round. */
  nudge(): void;
  /** Express middleware: nudges once the answer is sent, i.e. after the request's transactions committed. */
  afterResponse: RequestHandler;
  /** Waits for the round under way and stops. */
  stop(): Promise<void>;
}

/**
 * Sends SMS for notifications after the transaction that wrote them has committed: notifications
 * are an outbox. A notification with a phone (the worker's) and no `smsSentAt` is claimed with a
 * conditional update (so two API instances never send the same one), sent, and keeps the claim
 * time as `smsSentAt`; if the sender fails the claim is released and a later round tries again.
 * Rounds run after a GraphQL or file request during which this process wrote notifications, and
 * every `intervalMs` (30 s) for anything else (another instance's, a retry).
 */
export function startSmsDispatcher(options: {
  prisma: PrismaClient;
  sender: SmsSender | null;
  log: Logger;
  intervalMs?: number;
}): SmsDispatcher {
  const { prisma, sender, log } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let seenGeneration = notificationsWritten.generation;

  const round = async () => {
    if (!sender) return;
    const failed = new Set<number>();
    for (;;) {
      const pending = await prisma.notification.findMany({
        where: {
          smsSentAt: null,
          id: { notIn: [...failed] },
          createdAt: { gte: new Date(Date.now() - sendWithinMs) },
          OR: [{ recipientWorkerId: { not: null } }, { recipientUser: { worker: { isNot: null } } }],
        },
        select: {
          id: true,
          text: true,
          recipientWorker: { select: { phone: true } },
          recipientUser: { select: { worker: { select: { phone: true } } } },
        },
        orderBy: { id: "asc" },
        take: batchSize,
      });
      if (pending.length === 0) return;
      for (const notification of pending) {
        const phone = notification.recipientWorker?.phone ?? notification.recipientUser?.worker?.phone;
        if (!phone) {
          failed.add(notification.id);
          continue;
        }
        const claimed = await prisma.notification.updateMany({
          where: { id: notification.id, smsSentAt: null },
          data: { smsSentAt: new Date() },
        });
        if (claimed.count === 0) continue;
        try {
          await sender.send(phone, notification.text);
        } catch (error) {
          failed.add(notification.id);
          await prisma.notification.update({ where: { id: notification.id }, data: { smsSentAt: null } });
          log.warn("sms not sent", { notificationId: notification.id, sender: sender.name, error: String(error) });
        }
      }
    }
  };

  const nudge = () => {
    if (stopped || !sender) return;
    if (running) {
      again = true;
      return;
    }
    running = round()
      .catch((error) => log.error("sms dispatch failed", { error: String(error) }))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          nudge();
        }
      });
  };

  const timer = setInterval(nudge, options.intervalMs ?? 30_000);
  timer.unref();
  nudge();

  return {
    nudge,
    afterResponse: (_request, response, next) => {
      response.once("finish", () => {
        if (notificationsWritten.generation === seenGeneration) return;
        seenGeneration = notificationsWritten.generation;
        nudge();
      });
      next();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
    },
  };
}
