// A small hand-made keyword history for the "at a glance" figures: six keywords checked on four
// days, with not-in-the-top-100 checks, failed checks (one keyword's very first), and tags. The
// expected figures are counted by hand in the tests that use it.
import type { Db } from "@/lib/db/client";
import { keywordChecks, keywordProjects, trackedKeywords } from "@/lib/db/schema";

/** Checks at 06:00 UTC on 1, 2, 9 and 31 March 2026. */
export const GLANCE_DAYS = [1, 2, 9, 31] as const;
export const glanceDay = (d: number) => new Date(Date.UTC(2026, 2, d, 6));

/** A number = position, null = not in the top 100, "failed" = failed check, undefined = none. */
type Cell = number | null | "failed" | undefined;

export const GLANCE_FIXTURE: { keyword: string; tags: string[]; checks: Cell[] }[] = [
  //                                            day 1  day 2     day 9     day 31
  { keyword: "alpha", tags: ["brand"], checks: [5, 3, 2, 4] },
  { keyword: "bravo", tags: ["brand"], checks: [12, 12, "failed", 15] },
  { keyword: "charlie", tags: ["blog", "brand"], checks: [null, 40, 40, 40] },
  { keyword: "delta", tags: ["blog"], checks: [2, "failed", 1, "failed"] },
  { keyword: "echo", tags: [], checks: [9, 10, null, 3] },
  { keyword: "foxtrot", tags: ["blog"], checks: [undefined, undefined, "failed", 7] },
];

/** Inserts the fixture as one project of `tenantId`; returns the project id. */
export async function insertGlanceFixture(db: Db, tenantId: string, domain = "glance.example") {
  const [project] = await db
    .insert(keywordProjects)
    .values({ tenantId, domain, searchEngine: "google", location: "US", nextCheckAt: glanceDay(1) })
    .returning();
  const projectId = project!.id;
  const keywords = await db
    .insert(trackedKeywords)
    .values(GLANCE_FIXTURE.map((k) => ({ tenantId, projectId, keyword: k.keyword, tags: k.tags })))
    .returning();
  const rows: (typeof keywordChecks.$inferInsert)[] = [];
  GLANCE_DAYS.forEach((d, i) => {
    GLANCE_FIXTURE.forEach((k) => {
      const cell = k.checks[i];
      if (cell === undefined) return;
      rows.push({
        tenantId,
        projectId,
        keywordId: keywords.find((row) => row.keyword === k.keyword)!.id,
        status: cell === "failed" ? "failed" : "ok",
        position: cell === "failed" ? null : cell,
        error: cell === "failed" ? "upstream failed" : null,
        checkedAt: glanceDay(d),
      });
    });
  });
  await db.insert(keywordChecks).values(rows);
  return projectId;
}
