"use client";

import {
  Activity,
  BarChart3,
  FileText,
  Layers,
  Link2,
  ListChecks,
  type LucideIcon,
  Search,
  Settings,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const ITEMS: { label: string; path: string; icon: LucideIcon }[] = [
  { label: "Overview", path: "", icon: BarChart3 },
  { label: "Backlinks", path: "/backlinks", icon: Link2 },
  { label: "Backlink gap", path: "/backlink-gap", icon: Layers },
  { label: "Monitoring", path: "/monitoring", icon: Activity },
  { label: "Prospects", path: "/prospects", icon: ListChecks },
  { label: "Keywords", path: "/keywords", icon: Search },
  { label: "Reports", path: "/reports", icon: FileText },
  { label: "Settings", path: "/settings", icon: Settings },
];

export function SidebarNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Sections" className="mt-4 space-y-1">
      {ITEMS.map(({ label, path, icon: Icon }) => {
        const href = `/${slug}${path}`;
        const active = path === "" ? pathname === href : pathname.startsWith(href);
        return (
          <Link
            key={label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-2 rounded-md px-2 py-2 text-sm",
              active
                ? "bg-brand-50 font-medium text-brand-700"
                : "text-slate-700 hover:bg-slate-100",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
