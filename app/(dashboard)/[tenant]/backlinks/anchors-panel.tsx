"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { anchorsQuery, type TabView } from "@/lib/queries/refdomains";
import type { AnchorRow } from "@/lib/seranking/types";
import type { AnchorSort } from "@/lib/validations/refdomains";
import { TabPanel, type tabFeatures } from "./tab-panel";

const helper = createColumnHelper<typeof tabFeatures, AnchorRow>();
const n = (value: number) => value.toLocaleString("en-US");

const COLUMNS = helper.columns([
  helper.accessor("anchor", {
    id: "anchor",
    header: "Anchor text",
    sortDescFirst: false,
    meta: { name: "anchor text" },
    cell: (info) => (
      <span className="block max-w-48 break-words sm:max-w-80" title={info.getValue()}>
        {info.getValue() || <span className="text-slate-400">(none)</span>}
      </span>
    ),
  }),
  helper.accessor("backlinks", {
    id: "backlinks",
    header: "Links",
    sortDescFirst: true,
    meta: { name: "links" },
    cell: (info) => n(info.getValue()),
  }),
  helper.accessor("refdomains", {
    id: "refdomains",
    header: "Referring domains",
    sortDescFirst: true,
    meta: { name: "referring domains" },
    cell: (info) => n(info.getValue()),
  }),
]);

interface Props {
  slug: string;
  isAdmin: boolean;
  view: TabView<AnchorSort>;
  onChange: (change: Partial<Omit<TabView, "domain">>) => void;
}

export function AnchorsPanel({ slug, isAdmin, view, onChange }: Props) {
  const query = useQuery({ ...anchorsQuery(slug, view), placeholderData: keepPreviousData });
  return (
    <TabPanel
      slug={slug}
      isAdmin={isAdmin}
      kind="anchors"
      noun="anchors"
      filterLabel="Anchor text"
      view={view}
      query={query}
      columns={COLUMNS}
      rowTestId="anchor-row"
      onChange={onChange}
    />
  );
}
