import type { Metadata } from "next";
import { requireUser } from "@/lib/services/page-access";
import { NewWorkspaceForm } from "./new-workspace-form";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  await requireUser("/new-workspace");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">New workspace</h1>
        <p className="mt-1 text-sm text-slate-600">
          A separate tenant with its own members, key and data. You will be its admin.
        </p>
        <NewWorkspaceForm />
      </div>
    </main>
  );
}
