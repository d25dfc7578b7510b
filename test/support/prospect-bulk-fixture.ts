// Test-only setup for the prospect bulk-action tests: one database, two workspaces, and helpers
// to make lists and read their rows. Not imported by app code.
import { randomBytes } from "node:crypto";
import type { DbHandle } from "@/lib/db/client";
import { listProspects } from "@/lib/db/queries/prospect-lists";
import { createOwnerAccount } from "@/lib/services/accounts";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { prospectBulkSchema } from "@/lib/validations/prospect-bulk";
import { createTestDb } from "./test-db";

export async function createBulkFixture(label: string) {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  const handle: DbHandle = await createTestDb();
  const make = async (slug: string) =>
    (
      await createOwnerAccount(handle.db, {
        name: slug,
        email: `${slug}@example.test`,
        password: `password-${slug}-1`,
        tenantName: slug,
        tenantSlug: slug,
      })
    ).tenant.id;
  const a = await make(`${label}-a`);
  const b = await make(`${label}-b`);

  /** A list with these domains (in this order). */
  const listWith = async (tenantId: string, name: string, domains: string[]) => {
    const list = await createList(handle.db, tenantId, name);
    if (domains.length > 0) await addDomains(handle.db, tenantId, list.id, domains);
    return list.id;
  };
  /** The list's stored rows by domain. */
  const rows = async (tenantId: string, listId: string) =>
    Object.fromEntries(
      (await listProspects(handle.db, tenantId, listId)).map((p) => [p.domain, p]),
    );
  return { handle, a, b, listWith, rows };
}

/** The action as the route parses it (trimmed, lower-cased tags). */
export const bulkAction = (input: unknown) => prospectBulkSchema.parse(input);
