// GET /api/health — liveness plus a database round trip, for demos, CI and load balancers.
import { sql } from "drizzle-orm";
import { getDbHandle } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    const { db, kind } = await getDbHandle();
    await db.execute(sql`select 1`);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json({ status: "ok", database: { kind, ok: true, latencyMs } });
  } catch (error) {
    console.error("[health] database check failed", error instanceof Error ? error.message : error);
    return Response.json(
      { status: "error", database: { ok: false, message: "The database is not reachable." } },
      { status: 503 },
    );
  }
}
