import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/db";
import { verifyEmail } from "@/lib/services/account-links";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const verified = await verifyEmail(await getDb(), token);
  return (
    <>
      <h1 className="text-xl font-semibold">Confirm your email</h1>
      {verified ? (
        <Alert tone="success" className="mt-4">
          Your email address is confirmed. You can now accept invitations and connect an SE Ranking
          key.
        </Alert>
      ) : (
        <Alert tone="error" className="mt-4">
          This link has expired or was already used (links last 24 hours and work once). Ask for a
          new one on your account page.
        </Alert>
      )}
      <p className="mt-6 text-sm">
        <Link href="/" className="font-medium text-brand-700 underline">
          Continue
        </Link>
      </p>
    </>
  );
}
