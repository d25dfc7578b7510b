import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DbHandle, openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";

/**
 * A migrated, empty database for one test file: in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server at TEST_DATABASE_URL (dropped again on close), so the
 * same tests prove both drivers.
 */
export async function createTestDb(): Promise<DbHandle & { url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDb({});
    await runMigrations(handle);
    return handle;
  }
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString() });
  await runMigrations(handle);
  return {
    ...handle,
    // A second pool on the same database plays a second app instance (pg-rate-gate's test).
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
