import { ExternalLink } from "lucide-react";
import { webHref } from "@/lib/url/web-url";
import { cn } from "@/lib/utils";

/**
 * A URL cut to fit (or, with `wrap`, broken anywhere so all of it shows), the whole of it on
 * hover; opens in a new tab without an opener.
 */
export function ExternalUrl({
  url,
  label,
  wrap = false,
  className,
}: {
  url: string;
  /** What to show instead of the URL minus its scheme (the full URL stays on hover). */
  label?: string;
  /** Show every character, wrapping inside the cell, instead of cutting with an ellipsis. */
  wrap?: boolean;
  className?: string;
}) {
  const shown = label ?? url.replace(/^https?:\/\//i, "");
  const fit = wrap ? "break-all" : "truncate";
  // Only http(s) links are made clickable: a hostile row must not smuggle in a javascript: URL.
  const href = webHref(url);
  if (href === null) {
    return (
      <span className={cn("block", fit, className)} title={url}>
        {url}
      </span>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      title={url}
      className={cn(
        "inline-flex gap-1 text-brand-700 hover:underline",
        wrap ? "items-start" : "items-center",
        className,
      )}
    >
      <span className={cn("min-w-0", fit)}>{shown}</span>
      <ExternalLink aria-hidden className={cn("size-3 shrink-0", wrap && "mt-1")} />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
