"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/fetch-json";
import { type BulkResult, bulkUrl, prospectKeys } from "@/lib/queries/prospects";
import type { ProspectBulkInput } from "@/lib/validations/prospect-bulk";

/**
 * POST …/bulk. On success every prospect query of the workspace is refetched (the key prefix
 * covers the lists with their counts, this list, and a move's target list).
 */
export function useBulkAction(slug: string, listId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProspectBulkInput) =>
      fetchJson<BulkResult>(bulkUrl(slug, listId), { method: "POST", json: input }),
    // Awaited before the caller's own onSuccess: the counts are fresh when the summary shows.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) }),
  });
}
