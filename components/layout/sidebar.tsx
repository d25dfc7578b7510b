import { Button } from "@/components/ui/button";
import { signOut } from "@/lib/auth";
import { MobileMenu } from "./mobile-menu";
import { SidebarNav } from "./sidebar-nav";
import { TenantSwitcher } from "./tenant-switcher";

interface SidebarProps {
  current: { slug: string; name: string; role: "admin" | "marketer" };
  tenants: { slug: string; name: string }[];
  userEmail: string;
  /** The server talks to the SE Ranking simulator: say so, so nobody mistakes it for real data. */
  demo: boolean;
}

export function Sidebar(props: SidebarProps) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      {/* Viewport-tall and sticky: the account block sits at the bottom of the screen, not of
          the page, so it does not jump down (a layout shift) each time data makes the page grow. */}
      <aside className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col overflow-y-auto border-r border-slate-200 bg-white px-3 py-4 md:flex">
        <p className="px-2 text-sm font-semibold text-brand-700">SE Ranking Dashboard</p>
        <SidebarContent {...props} />
      </aside>
      <MobileMenu>
        <SidebarContent {...props} />
      </MobileMenu>
    </>
  );
}

function SidebarContent({ current, tenants, userEmail, demo }: SidebarProps) {
  return (
    <>
      {demo ? (
        <p
          data-testid="demo-badge"
          title="SE Ranking data on this server comes from the simulator"
          className="mx-2 mt-2 rounded bg-amber-100 px-2 py-1 text-xs font-medium text-amber-900"
        >
          Demo data — simulator
        </p>
      ) : null}
      <TenantSwitcher current={current.slug} tenants={tenants} />
      <SidebarNav slug={current.slug} />
      <div className="mt-auto space-y-2 border-t border-slate-200 px-2 pt-4 text-sm">
        <p className="truncate text-slate-700" title={userEmail}>
          {userEmail}
        </p>
        <p className="text-xs text-slate-500">
          Role: <span data-testid="current-role">{current.role}</span>
        </p>
        <a href="/account" className="block text-xs font-medium text-brand-700 underline">
          Account and security
        </a>
        <form
          action={async () => {
            "use server";
            await signOut({ redirectTo: "/sign-in" });
          }}
        >
          <Button type="submit" variant="secondary" size="sm" className="w-full">
            Sign out
          </Button>
        </form>
      </div>
    </>
  );
}
