import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { listTenantsForUser } from "@/lib/db/queries/tenants";
import { requireUser } from "@/lib/services/page-access";

// The front door: straight to the user's first workspace, or to making one.
export default async function HomePage() {
  const userId = await requireUser();
  const [first] = await listTenantsForUser(await getDb(), userId);
  redirect(first ? `/${first.slug}` : "/new-workspace");
}
