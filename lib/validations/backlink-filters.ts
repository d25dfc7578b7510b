import { z } from "./zod-config";

// The Backlinks table's text filters, shared by the list route, the export request and the URL
// reader: anchor text and source URL, each "contains" or "excludes" a piece of text.

export const FILTER_MODES = ["contains", "excludes"] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** Longer than any anchor worth searching for, short enough to keep URLs and queries sane. */
export const MAX_FILTER_TEXT = 200;

export interface TextFilter {
  mode: FilterMode;
  /** Matched case-insensitively as a plain substring (no wildcards). */
  text: string;
}

export interface TextFilters {
  anchor?: TextFilter;
  url?: TextFilter;
}

const filterText = (label: string) =>
  z
    .string(`${label} must be text`)
    .trim()
    .max(MAX_FILTER_TEXT, `${label} must be ${MAX_FILTER_TEXT} characters or less`)
    .optional();

const filterMode = (label: string) =>
  z.enum(FILTER_MODES, `${label} must be one of: ${FILTER_MODES.join(", ")}`).default("contains");

/** Flat query-string fields: ?anchor=seo&anchor_mode=excludes&url=forum&url_mode=contains. */
export const textFilterFields = {
  anchor: filterText("Anchor filter"),
  anchor_mode: filterMode("Anchor filter mode"),
  url: filterText("Source URL filter"),
  url_mode: filterMode("Source URL filter mode"),
};

/** The flat fields as filters; an empty text is no filter. */
export function toTextFilters(q: {
  anchor?: string;
  anchor_mode: FilterMode;
  url?: string;
  url_mode: FilterMode;
}): TextFilters {
  return {
    ...(q.anchor && { anchor: { mode: q.anchor_mode, text: q.anchor } }),
    ...(q.url && { url: { mode: q.url_mode, text: q.url } }),
  };
}

/** A JSON body's filters (the export request), same rules as the query string. */
export const textFiltersSchema = z
  .object({
    anchor: z.object({ mode: filterMode("Anchor filter mode"), text: filterText("Anchor filter") }),
    url: z.object({
      mode: filterMode("Source URL filter mode"),
      text: filterText("Source URL filter"),
    }),
  })
  .partial()
  .default({})
  .transform((f) =>
    toTextFilters({
      anchor: f.anchor?.text,
      anchor_mode: f.anchor?.mode ?? "contains",
      url: f.url?.text,
      url_mode: f.url?.mode ?? "contains",
    }),
  );
