// "Competitor overtook you": on a check, a competitor ranks better than the project's domain for a
// keyword where it did not at the check before. Pure, so the rule is tested on its own.

/** A position as stored: a number 1–100, null = not in the top 100. */
export type Position = number | null;

/** Ahead = ranked, and either we are not ranked or its number is smaller (1 is best). */
export function isAhead(competitor: Position, ours: Position): boolean {
  return competitor !== null && (ours === null || competitor < ours);
}

export interface OvertakeInput {
  keywordId: string;
  competitorId: string;
  /** Both from the last good checks before this one; undefined = never checked (no event). */
  before: { ours: Position; competitor: Position } | undefined;
  /** This check's positions; undefined = the check failed for that side (no event). */
  now: { ours: Position; competitor: Position } | undefined;
}

/**
 * An overtake is a change: ahead now, not ahead before. A first check (nothing before) or a
 * failed one (nothing now) cannot say what changed, so it yields no event.
 */
export function isOvertake(input: OvertakeInput): boolean {
  if (!input.before || !input.now) return false;
  return (
    isAhead(input.now.competitor, input.now.ours) &&
    !isAhead(input.before.competitor, input.before.ours)
  );
}

export function detectOvertakes(inputs: readonly OvertakeInput[]) {
  return inputs.filter(isOvertake).map((i) => ({
    keywordId: i.keywordId,
    competitorId: i.competitorId,
    from: i.before!,
    to: i.now!,
  }));
}
