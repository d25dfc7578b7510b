import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** The empty state of every SE Ranking page while no key is connected. */
export function NotConnected({ slug, isAdmin }: { slug: string; isAdmin: boolean }) {
  return (
    <EmptyState title="SE Ranking is not connected yet">
      {isAdmin ? (
        <>
          Connect your SE Ranking API key in{" "}
          <Link
            href={`/${slug}/settings/integrations`}
            className="font-medium text-brand-700 underline"
          >
            Settings → Integrations
          </Link>{" "}
          to use this page.
        </>
      ) : (
        "Ask a workspace admin to connect the SE Ranking API key in Settings; this page works as soon as they do."
      )}
    </EmptyState>
  );
}
