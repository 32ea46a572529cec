import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean": the closest candidate when it is near enough to be a typo (at most two
 * edits, or a third of the word), else undefined.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** `params` with a `suggestion` only when there is one. */
export function withSuggestion<P extends Record<string, string | number>>(
  params: P,
  word: string,
  candidates: Iterable<string>,
): P & { suggestion?: string } {
  const suggestion = suggest(word, candidates);
  return suggestion === undefined ? params : { ...params, suggestion };
}
