import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentUserId } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { findTenantAccess } from "@/lib/db/queries/tenants";

/**
 * Every dashboard page calls this: no session → sign-in; not a member → 404 (the same page
 * an unknown slug gets, so tenants cannot be probed). Cached per request.
 */
export const requireTenantPage = cache(async (slug: string) => {
  const userId = await currentUserId();
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/${slug}`)}`);
  const access = await findTenantAccess(await getDb(), slug, userId);
  if (!access) notFound();
  return { userId, tenant: access.tenant, role: access.role };
});

export const requireUser = cache(async (callbackUrl = "/") => {
  const userId = await currentUserId();
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return userId;
});
