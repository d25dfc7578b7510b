"use client";

import dynamic from "next/dynamic";
import { type KeyboardEvent, type ReactNode, useRef } from "react";
import { TABS, type Tab } from "@/lib/backlinks/tab-params";
import type { TabView } from "@/lib/queries/refdomains";
import type { AnchorSort, RefdomainSort } from "@/lib/validations/refdomains";
import { defaultDir } from "@/lib/validations/refdomains";
import { TablePanelSkeleton } from "./skeletons";
import { useTabView } from "./use-tab-view";

// "Backlinks | Referring domains | Anchors" beside each other, the tab in the URL. The two new
// tables' code loads when their tab is first opened.
const RefdomainsPanel = dynamic(() => import("./refdomains-panel").then((m) => m.RefdomainsPanel), {
  loading: () => <TablePanelSkeleton />,
});
const AnchorsPanel = dynamic(() => import("./anchors-panel").then((m) => m.AnchorsPanel), {
  loading: () => <TablePanelSkeleton />,
});

const LABELS: Record<Tab, string> = {
  backlinks: "Backlinks",
  refdomains: "Referring domains",
  anchors: "Anchors",
};

interface Props {
  slug: string;
  isAdmin: boolean;
  domain: string;
  /** The backlink list panel (the first tab). */
  backlinks: ReactNode;
}

export function BacklinksTabs({ slug, isAdmin, domain, backlinks }: Props) {
  const { tab, sort, dir, q, page, setTab } = useTabView();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({
    backlinks: null,
    refdomains: null,
    anchors: null,
  });
  const open = (next: Tab) => {
    if (next === tab) return;
    const first = next === "anchors" ? "backlinks" : "authority";
    setTab({ tab: next, sort: first, dir: defaultDir(first), q: "", page: 1 });
  };
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab goes on into the panel.
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    open(next);
    refs.current[next]?.focus();
  };
  const view = { domain, sort, dir, q, page } as TabView;
  const change = (c: Partial<Omit<TabView, "domain">>) => setTab({ tab, sort, dir, q, page, ...c });

  return (
    <section aria-label={`Backlink data of ${domain}`} className="space-y-3">
      <div
        role="tablist"
        aria-label="Backlink views"
        className="flex gap-1 overflow-x-auto border-b border-slate-200"
      >
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={t === tab}
            aria-controls={t === tab ? `panel-${t}` : undefined}
            tabIndex={t === tab ? 0 : -1}
            onClick={() => open(t)}
            onKeyDown={onKey}
            className={
              t === tab
                ? "-mb-px whitespace-nowrap border-b-2 border-brand-600 px-3 py-2 text-sm font-medium text-brand-700"
                : "-mb-px whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm text-slate-600 hover:text-slate-900"
            }
          >
            {LABELS[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "refdomains" ? (
          <RefdomainsPanel
            slug={slug}
            isAdmin={isAdmin}
            view={view as TabView<RefdomainSort>}
            onChange={change}
          />
        ) : tab === "anchors" ? (
          <AnchorsPanel
            slug={slug}
            isAdmin={isAdmin}
            view={view as TabView<AnchorSort>}
            onChange={change}
          />
        ) : (
          backlinks
        )}
      </div>
    </section>
  );
}
