// Shapes shared by the public API's operations: cursor pages and the error envelope.

// Server-only: the full zod (the browser bundle never sees the public API schemas).
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import "@/lib/validations/zod-config";

export const MAX_PAGE = 100;

/** `?cursor=&limit=`: the cursor is opaque to clients (it is an offset, base64url-encoded). */
export const pageQuerySchema = z.object({
  cursor: z
    .string()
    .max(64, "cursor is not one this API returned")
    .optional()
    .meta({ description: "The nextCursor of the previous page; omit for the first page." }),
  limit: z.coerce
    .number("limit must be a number")
    .int("limit must be a whole number")
    .min(1, "limit is at least 1")
    .max(MAX_PAGE, `limit is at most ${MAX_PAGE}`)
    .default(50),
});

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new ApiError(
      "invalid_input",
      "cursor is not one this API returned: start again without it.",
      {
        cursor: "Not a cursor this API returned",
      },
    );
  }
  return offset;
}

export const encodeCursor = (offset: number) => Buffer.from(String(offset)).toString("base64url");

/** One page of `items` from `offset`: the data and the cursor of the next page (null at the end). */
export function pageOf<T>(items: T[], offset: number, limit: number) {
  const data = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? encodeCursor(offset + limit) : null;
  return { data, nextCursor: next };
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const isoDateTime = () => z.iso.datetime({ offset: true });
