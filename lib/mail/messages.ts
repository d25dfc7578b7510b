import type { OutgoingMail } from "./send";

// Every message the app sends, in one place: plain text, one link each, saying why it came.

export function invitationMail(input: {
  to: string;
  tenantName: string;
  role: string;
  inviter: string;
  link: string;
}): OutgoingMail {
  return {
    to: input.to,
    subject: `You are invited to ${input.tenantName} on SE Ranking Dashboard`,
    text: `${input.inviter} invited you to join the workspace "${input.tenantName}" as ${input.role}.

Accept the invitation here (sign in, or create an account, as ${input.to}):
${input.link}

The link works for 7 days. If you did not expect this, ignore this email: nothing happens until you accept.`,
  };
}

export function verifyEmailMail(input: { to: string; link: string }): OutgoingMail {
  return {
    to: input.to,
    subject: "Confirm your email for SE Ranking Dashboard",
    text: `Confirm that this address is yours:
${input.link}

Until you do, your account cannot accept invitations or connect an SE Ranking key.
The link works for 24 hours. If you did not sign up, ignore this email.`,
  };
}

export function passwordResetMail(input: { to: string; link: string }): OutgoingMail {
  return {
    to: input.to,
    subject: "Reset your SE Ranking Dashboard password",
    text: `Someone (hopefully you) asked to reset the password of this account. Choose a new one here:
${input.link}

The link works once, for 30 minutes. Resetting signs out every browser signed in to the account.
If you did not ask for this, ignore this email: your password stays as it is.`,
  };
}

/** Sent instead of a second account when someone signs up with an address that has one. */
export function accountExistsMail(input: { to: string; signInLink: string; resetLink: string }) {
  return {
    to: input.to,
    subject: "You already have an SE Ranking Dashboard account",
    text: `Someone tried to create an account with this address, which already has one.

Sign in: ${input.signInLink}
Forgot your password? ${input.resetLink}

If it was not you, ignore this email: nothing was changed.`,
  } satisfies OutgoingMail;
}
