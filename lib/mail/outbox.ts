import { existsSync, readFileSync } from "node:fs";

/** One message as the demo's SMTP receiver caught it (see scripts/lib/mail-catcher.ts). */
export interface CaughtMail {
  id: string;
  at: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/**
 * The demo's caught mail, newest first, read from the file its SMTP receiver appends to.
 * Undefined when this server has no such file configured (anything but the demo).
 */
export function readOutbox(file = process.env.DEMO_OUTBOX_FILE): CaughtMail[] | undefined {
  if (!file) return undefined;
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CaughtMail)
    .reverse();
}

/** The first link in a message that points into the app (tests and the Outbox page use it). */
export function firstLink(mail: CaughtMail): string | undefined {
  return /https?:\/\/\S+/.exec(mail.text)?.[0];
}
