// The query of a history import: a preview or the import itself, and the column picker's choice.
import { columnMappingSchema } from "@/lib/keywords/history-import/import-columns";
import { z } from "./zod-config";

/** Files over this are refused before they are read: 10 MB holds ~100,000 history rows. */
export const HISTORY_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const HISTORY_IMPORT_TOO_LARGE =
  "The file is larger than 10 MB: split it into smaller files and import them one by one (importing a row twice adds nothing)";

export const historyImportQuerySchema = z.object({
  dryRun: z.enum(["true", "false"], "dryRun is true or false").optional().default("false"),
  // The picker's mapping as JSON ({"date":0,"keyword":3,…}); without it the column names decide.
  mapping: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === "") return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The column choice is not valid JSON" });
        return z.NEVER;
      }
    })
    .pipe(columnMappingSchema.nullable()),
});
