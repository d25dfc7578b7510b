// What the bulk bar says after an action: the server's counts in one sentence.
import type { BulkResult } from "@/lib/queries/prospects";

const n = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

export function describeBulkResult(
  result: BulkResult,
  context: { tag?: string; targetName?: string } = {},
): string {
  const parts: string[] = [];
  switch (result.action) {
    case "delete":
      parts.push(`Deleted ${n(result.deleted ?? 0, "prospect")}.`);
      break;
    case "move": {
      const to = context.targetName ? ` to "${context.targetName}"` : "";
      parts.push(`Moved ${n(result.moved ?? 0, "prospect")}${to}`);
      if (result.alreadyThere)
        parts.push(`; ${n(result.alreadyThere, "was", "were")} already there (merged).`);
      else parts.push(".");
      break;
    }
    case "tag":
    case "untag": {
      const tag = context.tag ? `"${context.tag}"` : "the tag";
      const verb = result.action === "tag" ? `Tagged ${tag} on` : `Removed ${tag} from`;
      parts.push(`${verb} ${n(result.changed ?? 0, "prospect")}`);
      if (result.unchanged) {
        const had = result.action === "tag" ? "already had it" : "did not have it";
        parts.push(`; ${result.unchanged.toLocaleString("en-US")} ${had}`);
      }
      if (result.tagLimit)
        parts.push(`; ${n(result.tagLimit, "prospect")} already had the most tags allowed`);
      parts.push(".");
      break;
    }
  }
  if (result.ignoredCount > 0) {
    const were = result.ignoredCount === 1 ? "was" : "were";
    parts.push(` ${n(result.ignoredCount, "selected domain")} ${were} not in this list (ignored).`);
  }
  return parts.join("");
}
