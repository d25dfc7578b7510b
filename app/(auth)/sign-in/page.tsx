import type { Metadata } from "next";
import Link from "next/link";
import { safeRedirectPath } from "@/lib/url/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  // Only same-origin paths: an open redirect here would let a link send users anywhere.
  const next = safeRedirectPath(callbackUrl);
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={next} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline">
          Create a workspace
        </Link>
      </p>
    </>
  );
}
