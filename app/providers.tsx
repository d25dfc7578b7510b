"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/queries/get-query-client";

// No next-auth SessionProvider: no component reads the session in the browser (pages get it on
// the server), and the provider fetched /api/auth/session on every page load and window focus.
// signIn() from next-auth/react works without it.
export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
