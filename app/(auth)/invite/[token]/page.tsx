import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { currentSession } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { findUserById } from "@/lib/db/queries/users";
import { INVITATION_REFUSALS, lookUpInvitation } from "@/lib/services/invitations";
import { AcceptInvitation } from "./accept-invitation";
import { InviteeSignUpForm } from "./invitee-sign-up-form";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const invitation = await lookUpInvitation(db, token);
  if (invitation.state !== "open") {
    return (
      <>
        <h1 className="text-xl font-semibold">Invitation</h1>
        <Alert tone="error" className="mt-4">
          {INVITATION_REFUSALS[invitation.state]}
        </Alert>
        <p className="mt-6 text-sm">
          <Link href="/sign-in" className="font-medium text-brand-700 underline">
            Go to sign-in
          </Link>
        </p>
      </>
    );
  }
  const here = `/invite/${encodeURIComponent(token)}`;
  const session = await currentSession();
  const user = session ? await findUserById(db, session.userId) : undefined;
  const sameEmail = user?.email.toLowerCase() === invitation.email.toLowerCase();
  return (
    <>
      <h1 className="text-xl font-semibold">Join {invitation.tenantName}</h1>
      <p className="mt-1 text-sm text-slate-600">
        You are invited as <strong>{invitation.role}</strong>. This invitation is for{" "}
        <strong>{invitation.email}</strong>: only that account can accept it.
      </p>
      {!user ? (
        <>
          <p className="mt-4 text-sm">
            Have an account?{" "}
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
              className="font-medium text-brand-700 underline"
            >
              Sign in as {invitation.email}
            </Link>{" "}
            and come back to this link.
          </p>
          <h2 className="mt-6 text-base font-semibold">New here? Create your account</h2>
          <InviteeSignUpForm token={token} email={invitation.email} />
        </>
      ) : !sameEmail ? (
        <Alert tone="warning" className="mt-4">
          You are signed in as {user.email}. Sign out, then sign in as {invitation.email} to accept.
        </Alert>
      ) : !session?.emailVerified ? (
        <Alert tone="warning" className="mt-4">
          Confirm your email address first: follow the link we emailed to {user.email} (you can ask
          for a new one on your{" "}
          <Link href="/account" className="underline">
            account page
          </Link>
          ), then open this invitation again.
        </Alert>
      ) : (
        <AcceptInvitation token={token} tenantName={invitation.tenantName} />
      )}
    </>
  );
}
