import Link from "next/link";

/** Shown on every page while SE Ranking rejects the stored key. */
export function IntegrationBanner({
  slug,
  isAdmin,
  reason,
}: {
  slug: string;
  isAdmin: boolean;
  reason?: string | null;
}) {
  return (
    <div
      role="alert"
      data-testid="integration-banner"
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <strong>SE Ranking rejected this workspace&apos;s key{reason ? `: ${reason}` : ""}.</strong>{" "}
      {isAdmin ? (
        <Link href={`/${slug}/settings/integrations`} className="font-medium underline">
          Reconnect it in Settings → Integrations
        </Link>
      ) : (
        "Ask a workspace admin to reconnect it."
      )}
    </div>
  );
}
