import Link from "next/link";
import { cn } from "@/lib/utils";

const TABS = [
  { key: "members", label: "Members", path: "" },
  { key: "integrations", label: "Integrations", path: "/integrations" },
  { key: "api", label: "API tokens", path: "/api" },
  { key: "usage", label: "Usage", path: "/usage" },
  { key: "alerts", label: "Alerts", path: "/alerts" },
] as const;

export function SettingsTabs({
  slug,
  active,
}: {
  slug: string;
  active: (typeof TABS)[number]["key"];
}) {
  return (
    <nav
      aria-label="Settings"
      className="mb-6 flex gap-1 overflow-x-auto border-b border-slate-200"
    >
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={`/${slug}/settings${tab.path}`}
          aria-current={tab.key === active ? "page" : undefined}
          className={cn(
            "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm",
            tab.key === active
              ? "border-brand-600 font-medium text-brand-700"
              : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
