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
