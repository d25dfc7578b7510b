import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold">Reset your password</h1>
      <p className="mt-1 text-sm text-slate-600">
        Enter your account&apos;s email. We send a link that works once, for 30 minutes.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Back to sign-in
        </Link>
      </p>
    </>
  );
}
