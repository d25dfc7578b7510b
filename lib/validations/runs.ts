import { z } from "./zod-config";

/** :kind and :id of the run-status API: an unknown kind or run is a 404 (no such run here). */
export const runParamsSchema = z.object({
  tenant: z.string(),
  kind: z.string(),
  id: z.string().regex(/^[0-9a-f-]{36}$/i, "Unknown run"),
});
