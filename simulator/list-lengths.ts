// Per-domain list lengths that disagree with the summary. SE Ranking's list reply has no count
// and its summary's totals are computed apart from the list, so the two can differ: a test sets
// a domain's list to be longer or shorter than its summary says, and both dialects' list routes
// (/research/backlinks/, /v1/backlinks/all and /raw) serve that many rows while the summary
// keeps its own numbers. Set with POST /__sim/lists; cleared by DELETE /__sim/lists or a reset.

import { z } from "zod";
import { normalizeDomain } from "./domain-name";
import { profileFor } from "./domain-profile";

/** Row indices are 16-bit in the list index (backlink-rows.ts): a longer list cannot be served. */
export const MAX_OVERRIDE_ROWS = 60_000;

export const listLengthInput = z
  .object({
    domain: z.string().min(1),
    /** The list's exact length. */
    rows: z.number().int().min(0).max(MAX_OVERRIDE_ROWS).optional(),
    /** Or: this many rows more (negative: fewer) than the summary's total_backlinks. */
    extra: z.number().int().min(-MAX_OVERRIDE_ROWS).max(MAX_OVERRIDE_ROWS).optional(),
  })
  .refine((b) => (b.rows === undefined) !== (b.extra === undefined), {
    message: "give exactly one of rows or extra",
  });

export type ListLengthInput = z.input<typeof listLengthInput>;

export interface ListLength {
  domain: string;
  /** Rows the list serves. */
  rows: number;
  /** What the summary says (total_backlinks). */
  summaryRows: number;
}

export class ListLengths {
  private lengths = new Map<string, number>();

  /** Throws a ZodError on invalid input, or a RangeError when extra leaves 0..MAX rows. */
  set(input: ListLengthInput): ListLength {
    const body = listLengthInput.parse(input);
    const domain = normalizeDomain(body.domain);
    const summaryRows = profileFor(domain).totalBacklinks;
    const rows = body.rows ?? summaryRows + body.extra!;
    if (rows < 0 || rows > MAX_OVERRIDE_ROWS) {
      throw new RangeError(`the list would have ${rows} rows; allowed 0 to ${MAX_OVERRIDE_ROWS}`);
    }
    this.lengths.set(domain, rows);
    return { domain, rows, summaryRows };
  }

  /** The override for a normalised domain, if any. */
  rowsFor(domain: string): number | undefined {
    return this.lengths.get(domain);
  }

  list(): ListLength[] {
    return [...this.lengths].map(([domain, rows]) => ({
      domain,
      rows,
      summaryRows: profileFor(domain).totalBacklinks,
    }));
  }

  remove(domain: string): boolean {
    return this.lengths.delete(normalizeDomain(domain));
  }

  clear(): number {
    const count = this.lengths.size;
    this.lengths.clear();
    return count;
  }
}
