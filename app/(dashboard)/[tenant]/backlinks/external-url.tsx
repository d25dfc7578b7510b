import { ExternalLink } from "lucide-react";

/** Only http(s) links are made clickable: a hostile row must not smuggle in a javascript: URL. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A long URL cut to fit, the whole of it on hover; opens in a new tab without an opener. */
export function ExternalUrl({ url }: { url: string }) {
  const shown = url.replace(/^https?:\/\//i, "");
  if (!isWebUrl(url)) {
    return (
      <span className="block max-w-64 truncate" title={url}>
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
      className="inline-flex max-w-64 items-center gap-1 text-brand-700 hover:underline"
    >
      <span className="truncate">{shown}</span>
      <ExternalLink aria-hidden className="size-3 shrink-0" />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
