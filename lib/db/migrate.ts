import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DbHandle } from "./client";

const MIGRATIONS = path.join(process.cwd(), "drizzle");
// Any constant works; it only has to be the same in every instance of the app.
const MIGRATION_LOCK_ID = 727_2026;

/**
 * Applies pending migrations; a no-op when up to date. On PostgreSQL an advisory lock
 * makes several instances starting together take turns instead of racing.
 */
export async function runMigrations(handle: DbHandle, migrationsFolder = MIGRATIONS) {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
    await migratePg(tx as unknown as typeof handle.db, { migrationsFolder });
  });
}
