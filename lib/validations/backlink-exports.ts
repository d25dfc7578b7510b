import { textFiltersSchema } from "./backlink-filters";
import { BACKLINK_SORTS, domainSchema } from "./backlinks";
import { z } from "./zod-config";

// A whole-list export names the list view it exports: the same domain rules, order and filter
// as the Backlinks page, so a bad domain is refused (422) before anything is stored or fetched.

export const backlinkExportRequestSchema = z.object({
  domain: domainSchema,
  sort: z
    .enum(BACKLINK_SORTS, `Sort by one of: ${BACKLINK_SORTS.join(", ")}`)
    .default("trust_flow"),
  dofollow: z.boolean("dofollow must be true or false").default(false),
  /** The table's text filters: the file holds only the rows they keep. */
  filters: textFiltersSchema,
});
export type BacklinkExportRequest = z.infer<typeof backlinkExportRequestSchema>;

export const backlinkExportsQuerySchema = z.object({ domain: domainSchema.optional() });

export const backlinkExportParamsSchema = z.object({
  exportId: z.uuid("Not an export id: it is a UUID, as the exports list gives it"),
});
