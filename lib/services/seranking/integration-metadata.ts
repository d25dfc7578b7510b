import { z } from "zod";

/** What the integrations row's `metadata` holds for SE Ranking. Never the key: only its last 4. */
export const integrationMetadataSchema = z.object({
  dialect: z.string().default("provider-v3"),
  last4: z.string().max(4).optional(),
  status: z.enum(["connected", "needs_attention"]).default("connected"),
  lastError: z.string().nullable().optional(),
  connectedBy: z.string().optional(),
  connectedAt: z.string().optional(),
  verifiedAt: z.string().optional(),
  /**
   * Which SE Ranking APIs the key can use, found at Save. `project` = the Project API (rank
   * tracker); `projectReason` says why not (e.g. SE Ranking's "Subscription required"), or why
   * it could not be told (an outage at Save: checked again at the next re-verify).
   */
  apis: z
    .object({
      data: z.boolean(),
      project: z.boolean(),
      projectReason: z.string().nullable().optional(),
      /**
       * false: neither backlink API (the Data API nor the provider contract) accepts the key, only
       * the Project API does; `dataReason` says why. Absent on keys saved before: one of them did.
       */
      backlinks: z.boolean().optional(),
      dataReason: z.string().nullable().optional(),
      checkedAt: z.string().optional(),
    })
    .optional(),
  account: z
    .object({
      email: z.string().optional(),
      name: z.string().optional(),
      plan: z.string().optional(),
      status: z.string().optional(),
      creditsLeft: z.number().optional(),
      creditsLimit: z.number().optional(),
      expiresAt: z.string().optional(),
      trial: z.boolean().optional(),
    })
    .optional(),
});

export type IntegrationMetadata = z.infer<typeof integrationMetadataSchema>;

export function readMetadata(raw: unknown): IntegrationMetadata {
  const parsed = integrationMetadataSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : integrationMetadataSchema.parse({});
}
