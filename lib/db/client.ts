import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

// Both drivers expose the same query builder; typing through one keeps queries driver-agnostic.
export type Db = NodePgDatabase<typeof schema>;
export type DbKind = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close: () => Promise<void>;
  /** The embedded instance (PGlite only): the job engine shares it through pg-boss's adapter. */
  pglite?: PGlite;
  /** The PostgreSQL URL (PostgreSQL only): the job engine opens its own small pool on it. */
  url?: string;
}

export interface DbOptions {
  /** A PostgreSQL URL; without it the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; `undefined` or "memory://" keeps it in memory (tests). */
  dataDir?: string;
}

export async function openDb(options: DbOptions): Promise<DbHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // A connection the server ends (restart, failover, a forced drop while the pool is closing)
    // must not crash the process: the query that used it fails; the pool makes a new one.
    const lost = (error: Error) =>
      console.error("[db] a PostgreSQL connection was lost:", error.message);
    pool.on("error", lost);
    pool.on("connect", (client) => client.on("error", lost));
    return {
      db: drizzlePg(pool, { schema }),
      kind: "postgres",
      close: () => pool.end(),
      url: options.url,
    };
  }
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close(), pglite: client };
}
