import type { OutgoingMail } from "@/lib/mail/send";

/** The monthly email of a client report: plain text, one link, saying who sent it and why. */
export function reportLinkMail(input: {
  to: string;
  workspaceName: string;
  title: string;
  month: string;
  link: string;
  expiresOn: string;
}): OutgoingMail {
  return {
    to: input.to,
    subject: `${input.title}: your report for ${input.month}`,
    text: `${input.workspaceName} shares this month's report "${input.title}" with you.

Open it here (no login needed):
${input.link}

The link works until ${input.expiresOn}. You get this email once a month; ask ${input.workspaceName} to stop it.`,
  };
}
