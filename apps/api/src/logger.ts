import { redactPersonalNumbers } from "@jinzhou/domain";

/**
 * One JSON line per event on stdout. Every text goes through redaction first, so an ID number or
 * a phone number that slips into an error message is masked before it reaches a log.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const log = (level: string, message: string, fields: Record<string, unknown> = {}) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
    write(redactPersonalNumbers(line));
  };
  return {
    info: (message, fields) => log("info", message, fields),
    warn: (message, fields) => log("warn", message, fields),
    error: (message, fields) => log("error", message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
