import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { ApiError } from "@/lib/api/errors";
import { env } from "@/lib/env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

let transport: Transporter | undefined;
let transportUrl: string | undefined;

/** Whether this server can send mail at all (SMTP_URL is set). */
export const mailEnabled = () => Boolean(env().SMTP_URL);

/** What is off without SMTP_URL: said at start-up, and by the routes that need mail. */
export const MAIL_FEATURES = "invitations, email verification and password reset by email";

export const mailUnavailable = () =>
  new ApiError(
    "mail_unavailable",
    "This server cannot send email (SMTP_URL is not set), so invitations, verification and password reset are off.",
  );

function transporter(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw mailUnavailable();
  if (!transport || transportUrl !== url) {
    // One pooled SMTP connection set per process; the URL carries host, port, TLS and login.
    transport = nodemailer.createTransport(url);
    transportUrl = url;
  }
  return transport;
}

/**
 * Sends one plain-text message over SMTP. Throws `mail_unavailable` (503) without SMTP_URL and
 * when the SMTP server refuses: the caller's request fails visibly instead of pretending a link
 * was sent. The log line names the subject only: links in the body are secrets.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  try {
    await transporter().sendMail({ from: env().MAIL_FROM, ...mail });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    console.error("[mail] sending failed", {
      subject: mail.subject,
      code: (error as { code?: string }).code,
    });
    throw new ApiError(
      "mail_unavailable",
      "The email could not be sent right now. Try again in a minute.",
    );
  }
}
