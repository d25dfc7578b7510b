"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { projectsQuery, rankingsQuery } from "@/lib/queries/keywords";
import { useUrlState } from "@/lib/url/use-url-state";
import { SEARCH_ENGINE_NAMES } from "@/lib/validations/keywords";
import { AddProjectForm } from "./add-project-form";
import { panelQueries } from "./panel-queries";

// The panel (rankings table, history, forms) shows its rows only once the browser has fetched
// them, so its code is fetched beside them instead of with the page.
const ProjectPanel = dynamic(() => import("./project-panel").then((m) => m.ProjectPanel), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-500">Loading keywords…</p>,
});

export function KeywordsView({ slug }: { slug: string }) {
  const url = useUrlState();
  const projects = useQuery(projectsQuery(slug));
  const [adding, setAdding] = useState(false);
  const queryClient = useQueryClient();
  const urlProject = url.get("project");
  const selectedId = projects.data
    ? (projects.data.find((p) => p.id === urlProject) ?? projects.data[0])?.id
    : undefined;
  // Ask for the rankings while the panel's code downloads, not after.
  useEffect(() => {
    if (!selectedId) return;
    void queryClient.prefetchQuery(rankingsQuery(slug, selectedId));
    const [schedule, competitors, glance] = panelQueries(slug, selectedId);
    void queryClient.prefetchQuery(schedule);
    void queryClient.prefetchQuery(competitors);
    void queryClient.prefetchQuery(glance);
  }, [queryClient, slug, selectedId]);

  if (projects.isPending) return <p className="text-sm text-slate-500">Loading tracked domains…</p>;
  if (projects.isError) {
    return (
      <Alert tone="error">
        Could not load tracked domains: {projects.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => projects.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }
  const list = projects.data;
  const selected = list.find((p) => p.id === url.get("project")) ?? list[0];
  const addForm = (
    <Card
      title="Track a domain"
      description="Pick the domain, search engine and location to follow."
    >
      <AddProjectForm
        slug={slug}
        onCreated={(id) => {
          setAdding(false);
          url.set({ project: id, tag: null, bucket: null });
        }}
        onCancel={list.length ? () => setAdding(false) : undefined}
      />
    </Card>
  );

  if (list.length === 0) {
    return (
      <div className="space-y-6">
        <EmptyState title="No domain tracked yet">
          Add a domain below, paste its keywords, then press “Check now”. Positions are then checked
          on a schedule.
        </EmptyState>
        {addForm}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="project-select" className="block text-sm font-medium text-slate-700">
            Tracked domain
          </label>
          <select
            id="project-select"
            value={selected?.id}
            onChange={(e) => url.set({ project: e.target.value, tag: null, bucket: null })}
            className="h-10 min-w-72 rounded-md border border-slate-300 bg-white px-3 text-sm"
          >
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.domain} · {SEARCH_ENGINE_NAMES[p.searchEngine]} · {p.location} ({p.keywordCount})
              </option>
            ))}
          </select>
        </div>
        {adding ? null : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-4" /> Track another domain
          </Button>
        )}
      </div>
      {adding ? addForm : null}
      {selected ? (
        <ProjectPanel
          key={selected.id}
          slug={slug}
          projectId={selected.id}
          onDeleted={() => url.set({ project: null, tag: null, bucket: null })}
        />
      ) : null}
    </div>
  );
}
