import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/**
 * Shown on backlink and prospect pages when the connected key works for SE Ranking's Project API
 * (rank tracking) only: their API routes refuse with the same reason, without calling SE Ranking.
 */
export function NoBacklinkApi({
  slug,
  isAdmin,
  reason,
}: {
  slug: string;
  isAdmin: boolean;
  reason?: string | null;
}) {
  return (
    <Alert tone="warning" className="mb-4">
      <p className="font-medium" data-testid="no-backlink-api">
        This SE Ranking key can only use the Project API (rank tracking), so it cannot research
        backlinks or fetch prospect metrics.
      </p>
      {reason ? <p className="mt-1">{reason}.</p> : null}
      <p className="mt-1">
        {isAdmin ? (
          <>
            To use this page,{" "}
            <Link href={`/${slug}/settings/integrations`} className="font-medium underline">
              connect a key with Data API access in Settings → Integrations
            </Link>
            . Keyword projects keep working with the rank tracker.
          </>
        ) : (
          "Ask a workspace admin to connect a key with Data API access in Settings. Keyword projects keep working with the rank tracker."
        )}
      </p>
    </Alert>
  );
}
