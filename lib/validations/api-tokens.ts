import { textSchema } from "./text";
import { z } from "./zod-config";

export const DEFAULT_TOKEN_RATE = 120;
export const MAX_TOKEN_RATE = 600;

/** "write" always carries "read": a script that adds keywords also reads what it added. */
export const apiScopeSchema = z.enum(["read", "write"], 'scope must be "read" or "write"');

export const createApiTokenSchema = z.object({
  name: textSchema({ message: "Give the token a name" })
    .trim()
    .min(1, "Give the token a name (say which script or integration uses it)")
    .max(60, "A token name is at most 60 characters"),
  scope: apiScopeSchema.default("read"),
  ratePerMinute: z
    .number("ratePerMinute must be a number")
    .int("ratePerMinute must be a whole number")
    .min(1, "ratePerMinute is at least 1")
    .max(MAX_TOKEN_RATE, `ratePerMinute is at most ${MAX_TOKEN_RATE}`)
    .default(DEFAULT_TOKEN_RATE),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const apiTokenParamsSchema = z.object({
  tenant: z.string(),
  tokenId: z.uuid("Unknown token"),
});
