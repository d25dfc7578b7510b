// GET|POST /api/cron/keyword-checks — enqueues a due-checks tick for an external scheduler (Bearer CRON_SECRET).
import { timingSafeEqual } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { withPublic } from "@/lib/api/with-tenant";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";

function authorize(req: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) {
    throw new ApiError(
      503,
      "upstream_unavailable",
      "Scheduled checks by cron are not configured: set CRON_SECRET.",
    );
  }
  const given = Buffer.from(req.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ApiError(401, "unauthorized", "A valid cron bearer token is required.");
  }
}

// Not tenant-scoped: it works for every tenant, so the secret is its only gate.
const handler = withPublic({}, async ({ db, req }) => {
  authorize(req);
  // The engine's own schedule ticks every minute; this only asks for a tick now. The tick's job
  // claims the due projects and enqueues one check each (null: a tick is already queued).
  const jobId = await enqueue(db, "keyword-checks-due", {});
  return { queued: jobId !== null, jobId };
});

export const GET = handler;
export const POST = handler;
