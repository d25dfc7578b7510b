import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { currentSession } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { findUserById } from "@/lib/db/queries/users";
import { ResendVerification, SignOutEverywhere } from "./account-actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const session = await currentSession();
  if (!session) redirect("/sign-in?callbackUrl=%2Faccount");
  const user = await findUserById(await getDb(), session.userId);
  if (!user) redirect("/sign-in");
  return (
    <main id="main" className="mx-auto max-w-xl space-y-8 px-4 py-10">
      <div>
        <h1 className="text-xl font-semibold">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">{user.email}</p>
        <p className="mt-2 text-sm">
          <Link href="/" className="font-medium text-brand-700 underline">
            Back to your workspace
          </Link>
        </p>
      </div>
      <section aria-labelledby="email-heading" className="space-y-2">
        <h2 id="email-heading" className="text-base font-semibold">
          Email address
        </h2>
        {session.emailVerified ? (
          <Alert tone="success">Confirmed.</Alert>
        ) : (
          <>
            <Alert tone="warning">
              Not confirmed yet. Until you follow the link we emailed, you cannot accept invitations
              to other workspaces or connect an SE Ranking key. Everything else works.
            </Alert>
            <ResendVerification />
          </>
        )}
      </section>
      <section aria-labelledby="password-heading" className="space-y-2">
        <h2 id="password-heading" className="text-base font-semibold">
          Change password
        </h2>
        <p className="text-sm text-slate-600">
          Every other browser signed in to your account is signed out.
        </p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-2">
        <h2 id="sessions-heading" className="text-base font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-600">
          Lost a device, or signed in on a shared computer? End every session of your account, this
          one included.
        </p>
        <SignOutEverywhere />
      </section>
    </main>
  );
}
