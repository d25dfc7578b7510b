// Two workspaces, each with its owner: the starting point of every cross-tenant service test.
import type { Db } from "@/lib/db/client";
import { createOwnerAccount } from "@/lib/services/accounts";

export interface OwnerActor {
  tenantId: string;
  actorUserId: string;
}

export async function twoOwnerTenants(db: Db): Promise<{ a: OwnerActor; b: OwnerActor }> {
  const owner = async (x: "a" | "b"): Promise<OwnerActor> => {
    const account = await createOwnerAccount(db, {
      name: x.toUpperCase(),
      email: `${x}@example.test`,
      password: `password-${x}-123`,
      tenantName: x.toUpperCase(),
      tenantSlug: `tenant-${x}`,
    });
    return { tenantId: account.tenant.id, actorUserId: account.userId };
  };
  const a = await owner("a");
  return { a, b: await owner("b") };
}
