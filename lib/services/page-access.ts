import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentSessionAccess, currentUserId } from "@/lib/auth";

/**
 * Every dashboard page calls this: no session → sign-in; not a member → 404 (the same page
 * an unknown slug gets, so tenants cannot be probed). Cached per request.
 */
export const requireTenantPage = cache(async (slug: string) => {
  // Session, user and membership in one statement (see currentSessionAccess).
  const session = await currentSessionAccess(slug);
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/${slug}`)}`);
  const { access } = session;
  if (!access) notFound();
  return {
    userId: session.userId,
    tenant: access.tenant,
    role: access.role,
    user: { email: session.email, emailVerified: session.emailVerified },
  };
});

export const requireUser = cache(async (callbackUrl = "/") => {
  const userId = await currentUserId();
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return userId;
});
