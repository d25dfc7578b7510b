"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { type KeywordRow, keywordUrls, projectsQuery, rankingsQuery } from "@/lib/queries/keywords";
import { EditTagsDialog } from "./edit-tags-dialog";

interface Props {
  slug: string;
  projectId: string;
  keyword: KeywordRow;
}

/** A row's own actions: edit its tags, or stop tracking it (after a confirmation). */
export function KeywordActions({ slug, projectId, keyword }: Props) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      fetchJson(keywordUrls.keyword(slug, projectId, keyword.id), { method: "DELETE" }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rankingsQuery(slug, projectId).queryKey }),
        queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey }),
      ]),
  });
  return (
    <div className="flex items-center gap-1">
      <EditTagsDialog slug={slug} projectId={projectId} keyword={keyword} />
      <ConfirmButton
        label="Delete"
        ariaLabel={`Delete “${keyword.keyword}”`}
        title={`Stop tracking “${keyword.keyword}”?`}
        description="The keyword and its whole position history are deleted. This cannot be undone."
        confirmLabel="Delete keyword"
        onConfirm={() => remove.mutate()}
      />
      {remove.isError ? (
        <span role="alert" className="text-xs text-red-700">
          {remove.error.message}
        </span>
      ) : null}
    </div>
  );
}
