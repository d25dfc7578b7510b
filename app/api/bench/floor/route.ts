// GET /api/bench/floor — bench only (BENCH_FLOOR=on): the cheapest route handler this server can
// answer, no session, no database. A 404 in every other run.
import { connection } from "next/server";
import { notFound } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/handle-error";
import { benchFloorOn } from "@/lib/bench-floor";

export async function GET() {
  await connection(); // answered per request, never prerendered
  if (!benchFloorOn()) return errorResponse(notFound());
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
