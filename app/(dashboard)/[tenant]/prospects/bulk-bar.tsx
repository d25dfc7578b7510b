"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { describeBulkResult } from "@/lib/prospects/bulk-summary";
import type { BulkResult } from "@/lib/queries/prospects";
import type { ProspectBulkInput } from "@/lib/validations/prospect-bulk";
import { BulkMoveForm } from "./bulk-move-form";
import { BulkTagForm } from "./bulk-tag-form";
import { useBulkAction } from "./use-bulk-action";

interface Props {
  slug: string;
  listId: string;
  /** The selected domains (row ids). */
  selected: string[];
  /** Tags already used in the list: the tag form suggests them. */
  tags: string[];
  onClearSelection: () => void;
}

type Panel = "tag" | "move" | null;

/** Delete, move or tag the selected prospects; afterwards the selection clears and says what happened. */
export function BulkBar({ slug, listId, selected, tags, onClearSelection }: Props) {
  const [panel, setPanel] = useState<Panel>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const action = useBulkAction(slug, listId);
  const run = (input: ProspectBulkInput, context: { tag?: string; targetName?: string } = {}) => {
    setSummary(null);
    action.mutate(input, {
      onSuccess: (result: BulkResult) => {
        setSummary(describeBulkResult(result, context));
        setPanel(null);
        onClearSelection();
      },
    });
  };
  const count = selected.length.toLocaleString("en-US");
  const toggle = (p: Exclude<Panel, null>) => setPanel((open) => (open === p ? null : p));

  return (
    <div className="space-y-2 empty:hidden">
      {selected.length > 0 ? (
        <section
          aria-label="Bulk actions on the selected prospects"
          className="space-y-3 rounded-md border border-brand-200 bg-brand-50 p-3"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              size="sm"
              aria-expanded={panel === "tag"}
              aria-controls="bulk-tag-panel"
              onClick={() => toggle("tag")}
            >
              Tag {count}…
            </Button>
            <Button
              variant="secondary"
              size="sm"
              aria-expanded={panel === "move"}
              aria-controls="bulk-move-panel"
              onClick={() => toggle("move")}
            >
              Move {count} to list…
            </Button>
            <ConfirmButton
              label={`Delete ${count}`}
              title={`Delete ${count} ${selected.length === 1 ? "prospect" : "prospects"}?`}
              description="The selected domains, their metrics and tags are removed from this list. This cannot be undone."
              confirmLabel={`Delete ${count}`}
              onConfirm={() => run({ action: "delete", domains: selected })}
            />
          </div>
          {panel === "tag" ? (
            <BulkTagForm
              id="bulk-tag-panel"
              tags={tags}
              pending={action.isPending}
              onSubmit={(mode, tag) => run({ action: mode, domains: selected, tag }, { tag })}
            />
          ) : null}
          {panel === "move" ? (
            <BulkMoveForm
              id="bulk-move-panel"
              slug={slug}
              listId={listId}
              pending={action.isPending}
              onSubmit={(target) =>
                run(
                  { action: "move", domains: selected, targetListId: target.id },
                  { targetName: target.name },
                )
              }
            />
          ) : null}
          {action.isPending ? <p className="text-sm text-slate-600">Working…</p> : null}
          {action.error ? (
            <p role="alert" className="text-sm text-red-700">
              {action.error.message}
            </p>
          ) : null}
        </section>
      ) : null}
      <p role="status" className="text-sm text-slate-700 empty:hidden">
        {summary}
      </p>
    </div>
  );
}
