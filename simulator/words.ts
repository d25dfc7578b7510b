// Vocabulary for plausible-looking generated names. Order matters: rows pick by index, so
// editing these lists changes every generated URL and anchor (numbers stay the same).

// biome-ignore format: compact word list
export const NAME_PREFIXES = [
  "blue", "bright", "urban", "green", "smart", "daily", "open", "prime", "rapid", "true",
  "happy", "north", "silver", "local", "modern", "global", "little", "clever", "simple", "wild",
] as const;

// biome-ignore format: compact word list
export const NAME_NOUNS = [
  "garden", "tech", "travel", "kitchen", "market", "media", "studio", "review", "guide", "hub",
  "journal", "digest", "insider", "lab", "corner", "planet", "world", "notes", "press", "works",
] as const;

// biome-ignore format: compact word list
export const TLDS = ["com", "com", "com", "net", "org", "io", "co.uk", "de", "info", "blog"] as const;

// biome-ignore format: compact word list
export const SECTIONS = ["blog", "news", "articles", "resources", "reviews", "guides", "posts"] as const;

// biome-ignore format: compact word list
export const TOPIC_WORDS = [
  "best", "tools", "seo", "marketing", "tips", "ideas", "guide", "review", "top", "list",
  "software", "strategy", "growth", "startup", "design", "budget", "checklist", "trends",
] as const;

// biome-ignore format: compact word list
export const TARGET_PAGES = [
  "", "", "", "about/", "pricing/", "blog/", "features/", "contact/", "products/", "blog/guide/",
] as const;

// biome-ignore format: compact word list
export const GENERIC_ANCHORS = [
  "click here", "read more", "this article", "website", "source", "learn more", "here",
] as const;

// biome-ignore format: compact word list
export const SPAM_ANCHORS = [
  "cheap pills", "best casino bonus", "buy followers", "free crypto", "payday loans now",
] as const;
