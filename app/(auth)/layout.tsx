import { type ReactNode, Suspense } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-lg font-semibold text-brand-700">
          SE Ranking Dashboard
        </p>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {/* A boundary React hydrates in 5 ms slices (outside one it hydrates in one task): a
              phone stays responsive while the form comes alive. Nothing here suspends on the
              server, so the form is in the first HTML all the same. */}
          <Suspense>{children}</Suspense>
        </div>
      </div>
    </main>
  );
}
