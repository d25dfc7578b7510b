import { type MailCatcher, startMailCatcher } from "@/scripts/lib/mail-catcher";

/**
 * Integration tests that send mail: a real SMTP receiver on a free port, and the server
 * environment pointing at it. Call before anything reads env() (it is parsed once per file).
 */
export async function mailTestEnv(): Promise<MailCatcher> {
  const catcher = await startMailCatcher();
  Object.assign(process.env, {
    AUTH_SECRET: process.env.AUTH_SECRET ?? "test-secret-".padEnd(40, "x"),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? Buffer.alloc(32, 7).toString("base64"),
    SMTP_URL: catcher.url,
    MAIL_FROM: "Tests <tests@example.test>",
  });
  return catcher;
}

/** The first app link in the newest mail to `to` (undefined when none arrived). */
export function linkMailedTo(catcher: MailCatcher, to: string): string | undefined {
  const mail = catcher.messages.filter((m) => m.to.includes(to)).at(-1);
  return mail ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
}
