import path from "node:path";
import { expect } from "@playwright/test";
import { type CaughtMail, firstLink, readOutbox } from "../../lib/mail/outbox";

// The e2e server is `npm run demo` with --data-dir .tmp/e2e (playwright.config.ts): its SMTP
// receiver appends every message the app sends to this file.
export const OUTBOX_FILE = path.resolve(".tmp/e2e/outbox.jsonl");

/** Every caught message to `to`, newest first. */
export function mailTo(to: string): CaughtMail[] {
  return (readOutbox(OUTBOX_FILE) ?? []).filter((m) => m.to.includes(to.toLowerCase()));
}

/**
 * Waits for a message to `to` whose subject matches, delivered over SMTP to the demo's
 * receiver, and returns the app link in it. `after` skips messages that were already there.
 */
export async function linkFromMail(
  to: string,
  subject: RegExp,
  after: string[] = [],
): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = mailTo(to).find((m) => subject.test(m.subject) && !after.includes(m.id));
        link = mail ? firstLink(mail) : undefined;
        return link;
      },
      { message: `a mail to ${to} matching ${subject}`, timeout: 10_000 },
    )
    .toBeTruthy();
  return link!;
}

/** Ids of what is already in the outbox for `to` (to wait for the next one). */
export const mailIds = (to: string) => mailTo(to).map((m) => m.id);

/** The path part of an emailed link, to open on the test's own base URL. */
export const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
