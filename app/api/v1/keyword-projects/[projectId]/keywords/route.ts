// POST /api/v1/keyword-projects/:projectId/keywords — add keywords; the added ones are checked at once.

import { addKeywords } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { checkView } from "@/lib/public-api/views/keywords";
import { addAndCheckKeywords } from "@/lib/services/keywords/added-check";

export const POST = publicRoute(addKeywords, async ({ db, tenant, params, body }) => {
  // The app's paste rules (trim, duplicates, limits) apply as they do to a pasted list.
  const result = await addAndCheckKeywords(db, tenant.id, params.projectId, {
    text: body.keywords.join("\n"),
    tags: body.tags,
  });
  return {
    added: result.added,
    rejected: result.rejected.map((r) => ({
      index: r.line - 1,
      keyword: r.text,
      reason: r.reason,
    })),
    check: result.check ? checkView(result.check) : null,
  };
});
