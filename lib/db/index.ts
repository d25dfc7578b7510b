import { env } from "@/lib/env";
import { type DbHandle, openDb } from "./client";
import { runMigrations } from "./migrate";

export type { Db } from "./client";

// One database per server process, kept across dev hot reloads.
const globalForDb = globalThis as unknown as { __dbHandle?: Promise<DbHandle> };

async function connect(): Promise<DbHandle> {
  const { DATABASE_URL, DATA_DIR } = env();
  const handle = await openDb({ url: DATABASE_URL, dataDir: `${DATA_DIR}/pglite` });
  await runMigrations(handle);
  return handle;
}

export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__dbHandle ??= connect().catch((error) => {
    globalForDb.__dbHandle = undefined;
    throw error;
  });
  return globalForDb.__dbHandle;
}

export async function getDb() {
  return (await getDbHandle()).db;
}
