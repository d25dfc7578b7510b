"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiClientError } from "@/lib/queries/fetch-json";

interface Props {
  what: string;
  error: Error;
  slug: string;
  isAdmin: boolean;
  onRetry: () => void;
  retrying?: boolean;
}

// The server's message already says what to do (see lib/api/upstream-errors.ts); key problems
// also get the way to fix them, which only admins can take.
const KEY_PROBLEMS = new Set(["invalid_key", "not_connected"]);

/** An upstream failure as a sentence and a Retry button — never a blank page or a stack. */
export function UpstreamError({ what, error, slug, isAdmin, onRetry, retrying }: Props) {
  const code = error instanceof ApiClientError ? error.code : "unknown";
  const message =
    error instanceof ApiClientError
      ? error.message
      : "Something went wrong on our side. Try again in a moment.";
  return (
    <Alert tone="error">
      <p className="font-medium">Could not load {what}.</p>
      <p className="mt-1">{message}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="sm" onClick={onRetry} disabled={retrying}>
          {retrying ? "Retrying…" : "Retry"}
        </Button>
        {KEY_PROBLEMS.has(code) ? (
          isAdmin ? (
            <Link href={`/${slug}/settings/integrations`} className="font-medium underline">
              Open Settings → Integrations
            </Link>
          ) : (
            <span>Ask a workspace admin to reconnect SE Ranking.</span>
          )
        ) : null}
      </div>
    </Alert>
  );
}
