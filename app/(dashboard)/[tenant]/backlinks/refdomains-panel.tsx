"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { dofollowShare } from "@/lib/backlinks/refdomains-table";
import { refdomainsQuery, type TabView } from "@/lib/queries/refdomains";
import type { RefdomainRow } from "@/lib/seranking/types";
import type { RefdomainSort } from "@/lib/validations/refdomains";
import { TabPanel, type tabFeatures } from "./tab-panel";

const helper = createColumnHelper<typeof tabFeatures, RefdomainRow>();
const n = (value: number) => value.toLocaleString("en-US");

function columns(authority: { header: string; description: string }) {
  return helper.columns([
    helper.accessor("domain", {
      id: "domain",
      header: "Referring domain",
      sortDescFirst: false,
      meta: { name: "domain" },
      cell: (info) => (
        <span className="block max-w-40 break-all sm:max-w-64" title={info.getValue()}>
          {info.getValue()}
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
    helper.accessor((r) => dofollowShare(r), {
      id: "dofollow_share",
      header: "Dofollow",
      sortDescFirst: true,
      meta: { name: "dofollow share" },
      cell: (info) => (
        <span
          title={`${n(info.row.original.dofollowBacklinks)} of ${n(info.row.original.backlinks)} links`}
        >
          {Math.round(info.getValue() * 100)}%
        </span>
      ),
    }),
    helper.accessor("firstSeen", {
      id: "first_seen",
      header: "First seen",
      sortDescFirst: true,
      meta: { name: "first seen" },
      cell: (info) => info.getValue() ?? "—",
    }),
    helper.accessor("authority", {
      id: "authority",
      header: () => <span title={authority.description}>{authority.header}</span>,
      sortDescFirst: true,
      meta: { name: authority.header },
      cell: (info) => info.getValue() ?? "—",
    }),
  ]);
}

interface Props {
  slug: string;
  isAdmin: boolean;
  view: TabView<RefdomainSort>;
  onChange: (change: Partial<Omit<TabView, "domain">>) => void;
}

export function RefdomainsPanel({ slug, isAdmin, view, onChange }: Props) {
  const query = useQuery({ ...refdomainsQuery(slug, view), placeholderData: keepPreviousData });
  const header = query.data?.authority.header ?? "Authority";
  const description = query.data?.authority.description ?? "";
  const cols = useMemo(() => columns({ header, description }), [header, description]);
  return (
    <TabPanel
      slug={slug}
      isAdmin={isAdmin}
      kind="refdomains"
      noun="referring domains"
      filterLabel="Domain"
      view={view}
      query={query}
      columns={cols}
      rowTestId="refdomain-row"
      onChange={onChange}
    />
  );
}
