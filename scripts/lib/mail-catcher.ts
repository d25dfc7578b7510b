// A real SMTP receiver for the demo and the tests: the app sends through nodemailer exactly as
// it would to a mail provider, and this catches what arrives. Caught mail is appended to a
// JSON-lines file that the demo-only Outbox page and the tests read.
import { appendFileSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { CaughtMail } from "@/lib/mail/outbox";

export interface MailCatcher {
  url: string;
  port: number;
  messages: CaughtMail[];
  close(): Promise<void>;
}

interface Options {
  /** Where each caught message is appended (one JSON object per line); none: memory only. */
  file?: string;
  /** Port 0 (default) takes a free one. */
  port?: number;
  onMail?: (mail: CaughtMail) => void;
}

export async function startMailCatcher(options: Options = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  if (options.file) mkdirSync(path.dirname(options.file), { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to make, and nodemailer does not try STARTTLS.
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const mail: CaughtMail = {
            id: parsed.messageId ?? `${Date.now()}-${messages.length}`,
            at: new Date().toISOString(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
          };
          messages.push(mail);
          if (options.file) appendFileSync(options.file, `${JSON.stringify(mail)}\n`);
          options.onMail?.(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
