"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { Dialog } from "radix-ui";
import { type ReactNode, useEffect, useState } from "react";

/**
 * Below 768 px the sidebar is a menu: a top bar with a button that opens the same sidebar as a
 * sheet (a Radix dialog: focus trapped, Escape closes, focus returns to the button). Choosing a
 * page closes it.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the reason to close
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2 md:hidden">
      <p className="text-sm font-semibold text-brand-700">SE Ranking Dashboard</p>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className="inline-flex h-9 items-center gap-1 rounded-md border border-slate-300 px-3 text-sm text-slate-700">
          <Menu className="size-4" aria-hidden />
          Menu
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <Dialog.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto bg-white px-3 py-4 shadow-lg">
            <div className="flex items-center justify-between px-2">
              <Dialog.Title className="text-sm font-semibold text-brand-700">Menu</Dialog.Title>
              <Dialog.Close
                aria-label="Close menu"
                className="rounded-md p-1 text-slate-600 hover:bg-slate-100"
              >
                <X className="size-5" aria-hidden />
              </Dialog.Close>
            </div>
            <Dialog.Description className="sr-only">
              Sections, workspace and account
            </Dialog.Description>
            {children}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}
