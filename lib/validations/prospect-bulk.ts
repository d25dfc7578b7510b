// Bulk actions on selected prospects: one schema for the route, the bulk bar and its tests.

import { MAX_TAGS, tagSchema } from "./keywords";
import { MAX_LIST_DOMAINS } from "./prospects";
import { z } from "./zod-config";

/** Prospects and keywords share one tag rule: letters, digits, spaces, - and _, lower-cased. */
export { tagSchema as prospectTagSchema };
export const MAX_PROSPECT_TAGS = MAX_TAGS;

/** A selection is at most a whole list: the same cap as the selected-rows export. */
export const MAX_BULK_DOMAINS = MAX_LIST_DOMAINS;
/** Room for a full selection of the longest domains (253 characters + quotes and comma each). */
export const BULK_BODY_LIMIT = MAX_BULK_DOMAINS * 256 + 64 * 1024;

const domains = z
  .array(z.string().max(253, "A domain is at most 253 characters"), "domains must be a list")
  .min(1, "Select at least one prospect")
  .max(
    MAX_BULK_DOMAINS,
    `Select at most ${MAX_BULK_DOMAINS.toLocaleString("en-US")} prospects at a time`,
  );

export const prospectBulkSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("delete"), domains }),
    z.object({
      action: z.literal("move"),
      domains,
      targetListId: z.uuid("Choose the list to move the prospects to"),
    }),
    z.object({ action: z.literal("tag"), domains, tag: tagSchema }),
    z.object({ action: z.literal("untag"), domains, tag: tagSchema }),
  ],
  { error: 'action must be "delete", "move", "tag" or "untag"' },
);
export type ProspectBulkInput = z.input<typeof prospectBulkSchema>;
export type ProspectBulkAction = z.output<typeof prospectBulkSchema>;
