import { ExternalLink } from "lucide-react";
import { cn } from "@/lib/utils";

/** Only http(s) links are made clickable: a hostile row must not smuggle in a javascript: URL. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A long URL cut to fit, the whole of it on hover; opens in a new tab without an opener. */
export function ExternalUrl({
  url,
  label,
  className,
}: {
  url: string;
  /** What to show instead of the URL minus its scheme (the full URL stays on hover). */
  label?: string;
  className?: string;
}) {
  const shown = label ?? url.replace(/^https?:\/\//i, "");
  if (!isWebUrl(url)) {
    return (
      <span className={cn("block truncate", className)} title={url}>
        {url}
      </span>
    );
  }
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow"
      title={url}
      className={cn("inline-flex items-center gap-1 text-brand-700 hover:underline", className)}
    >
      <span className="truncate">{shown}</span>
      <ExternalLink aria-hidden className="size-3 shrink-0" />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
