import type { Metadata } from "next";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// The token is checked (and used up) only when the form is sent: mail scanners that open links
// must not burn it.
export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return (
    <>
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <p className="mt-1 text-sm text-slate-600">
        Every browser signed in to your account is signed out when you save it.
      </p>
      <ResetPasswordForm token={token} />
    </>
  );
}
