// What clients sent, so tests can assert on it. Bounded (a ring buffer) because benchmarks push
// millions of requests through, and scrubbed: a key never appears in it, only its keyId.

export interface LogEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text if not JSON, null when empty, or a preview when huge. */
  body: unknown;
  authPresent: boolean;
  /** "Token", "Bearer", ...: the word before the key, which is not secret. */
  authScheme: string | null;
  keyId: string | null;
  /** Filled in when the answer is sent; stays null for a hung (timeout) request. */
  status: number | null;
  fault: string | null;
  durationMs: number | null;
  /** True when a key was found in the path, query or body and replaced by "[redacted]". */
  redacted: boolean;
  /**
   * Credits this answer cost the key (per the API's price list; 0 for any error, which SE Ranking
   * does not bill); null until answered.
   */
  credits: number | null;
}

export const DEFAULT_LOG_CAPACITY = 10_000;
/** Bodies above this are kept as a preview: metrics and keyword batches stay well below it. */
const MAX_BODY_CHARS = 32_768;
const PREVIEW_CHARS = 2_048;
/** Shorter "keys" (typos, "x") would redact innocent text. */
const MIN_SECRET_LENGTH = 8;

export function redactSecrets(
  text: string,
  secrets: readonly string[],
): { text: string; redacted: boolean } {
  let out = text;
  let redacted = false;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) {
      out = out.split(secret).join("[redacted]");
      redacted = true;
    }
  }
  return { text: out, redacted };
}

export function bodyForLog(raw: string): unknown {
  if (raw.length === 0) return null;
  if (raw.length > MAX_BODY_CHARS) {
    return { truncated: true, chars: raw.length, preview: raw.slice(0, PREVIEW_CHARS) };
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Credits spent by the logged answers (a benchmark's bill), optionally for one path. */
export function creditsSpent(entries: readonly LogEntry[]): number {
  return entries.reduce((sum, e) => sum + (e.credits ?? 0), 0);
}

export interface LogFilter {
  path?: string;
  limit?: number;
}

export class RequestLog {
  private readonly ring: (LogEntry | undefined)[];
  private next = 0;
  private count = 0;
  private seq = 0;

  constructor(private readonly capacity = DEFAULT_LOG_CAPACITY) {
    this.ring = new Array(capacity);
  }

  /** Stores the entry (seq assigned here) and returns it so the caller can fill in the status. */
  add(entry: Omit<LogEntry, "seq">): LogEntry {
    const stored: LogEntry = { seq: ++this.seq, ...entry };
    this.ring[this.next] = stored;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
    return stored;
  }

  /** Oldest first; `limit` keeps the most recent ones. */
  entries(filter: LogFilter = {}): LogEntry[] {
    const out: LogEntry[] = [];
    const start = (this.next - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) {
      const entry = this.ring[(start + i) % this.capacity]!;
      if (filter.path === undefined || entry.path === filter.path) out.push(entry);
    }
    return filter.limit === undefined ? out : out.slice(Math.max(0, out.length - filter.limit));
  }

  clear(): number {
    const cleared = this.count;
    this.ring.fill(undefined);
    this.next = 0;
    this.count = 0;
    return cleared;
  }
}
