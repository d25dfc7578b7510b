import { z } from "./zod-config";

/** A pasted SE Ranking key: trimmed; printable, no spaces; a sane length. */
export const apiKeySchema = z
  .string()
  .trim()
  .min(8, "That is too short to be an SE Ranking API key")
  .max(200, "That is too long to be an SE Ranking API key")
  .regex(/^[\x21-\x7e]+$/, "An API key has no spaces or special characters: paste it again");

export const apiKeyInputSchema = z.object({ apiKey: apiKeySchema });
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

/** The admin's choice of SE Ranking API for the stored key. */
export const dialectInputSchema = z.object({
  dialect: z.enum(["data-v1", "provider-v3"], {
    error: 'Choose "data-v1" (the public Data API) or "provider-v3" (the provider API)',
  }),
});
export type DialectInput = z.infer<typeof dialectInputSchema>;
