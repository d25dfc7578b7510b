"use client";

import { useRouter } from "next/navigation";

const NEW = "__new__";

/** A plain select: keyboard and screen-reader friendly with no extra code. */
export function TenantSwitcher({
  current,
  tenants,
}: {
  current: string;
  tenants: { slug: string; name: string }[];
}) {
  const router = useRouter();
  return (
    <div className="mt-4 px-2">
      <label
        htmlFor="tenant-switcher"
        className="text-xs font-medium uppercase tracking-wide text-slate-500"
      >
        Workspace
      </label>
      <select
        id="tenant-switcher"
        value={current}
        onChange={(e) =>
          router.push(e.target.value === NEW ? "/new-workspace" : `/${e.target.value}`)
        }
        className="mt-1 block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
      >
        {tenants.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
        <option value={NEW}>+ New workspace…</option>
      </select>
    </div>
  );
}
