/** The pieces every question type builds its outcomes from. */
import type { LocalizedText, OptionValue, Outcome, VisitKind } from '../types.js';
import type { AnswerOutcome, Choice } from './kind.js';

/** SPEC "Visit kinds": `true` is `office` (contract 1's `inherent: true` makes it `physical`), `false` is `none`. */
export function visitKindOf(o: Partial<Outcome>): VisitKind {
  const { visit } = o;
  if (visit === true) return o.inherent === true ? 'physical' : 'office';
  if (visit === false || visit === undefined) return 'none';
  return visit;
}

/** The citizen must be somewhere in person: the kinds that make a trip. */
export const needsPresence = (kind: VisitKind): boolean => kind === 'office' || kind === 'rule' || kind === 'physical';

/** The citizen comes anyway: a national rule, or the body or object itself. */
export const isInherentKind = (kind: VisitKind): boolean => kind === 'rule' || kind === 'physical';

export const NO_OUTCOME: AnswerOutcome = Object.freeze({
  score: null,
  level: null,
  visit: 'none',
  basis: null,
  advice: null,
});

// An option, band or branch always means the same: build its outcome once (a nation's batch
// evaluates millions of answers against a few hundred options).
const built = new WeakMap<object, AnswerOutcome>();

/** The outcome of an option, band or branch; `score` given when it has a default (a boolean's). */
export function outcomeFrom(o: Partial<Outcome>, score: number | null = o.score ?? null): AnswerOutcome {
  let cached = built.get(o);
  if (cached === undefined || cached.score !== score) {
    cached = {
      score,
      level: o.level ?? null,
      visit: visitKindOf(o),
      basis: o.basis ?? null,
      advice: o.advice ?? null,
    };
    built.set(o, cached);
  }
  return cached;
}

/**
 * SPEC gap: among the choices whose kind is `none` or `field`, the one with the lowest score,
 * the first on a tie, neutral choices after every scored one; null when there is none.
 */
export function lowestVisitFree(choices: readonly Choice[]): OptionValue | null {
  let best: { value: OptionValue; score: number } | undefined;
  let firstNeutral: OptionValue | undefined;
  for (const c of choices) {
    if (needsPresence(visitKindOf(c.outcome))) continue;
    const { score } = c;
    if (score === null) firstNeutral ??= c.value;
    else if (best === undefined || score < best.score) best = { value: c.value, score };
  }
  return best?.value ?? firstNeutral ?? null;
}

/** `value` as SPEC's messages show it: a string as is, anything else as JSON. */
export const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export const labelOrNull = (label: LocalizedText | undefined): LocalizedText | null => label ?? null;
