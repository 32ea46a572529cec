/**
 * `opdm merge`: answers files of one city (one per OPD, from `opdm import`) into one. OPDs and
 * services are matched by id; what only one file says is taken; what two files say alike is
 * taken once; what two files say differently is a conflict, with both places.
 */
import type { AnswerValue, CityAnswers, DocPath, OpdAnswers, ServiceAnswers } from './types.js';

/** Where a conflicting value stands: which input (by position) and the path inside it. */
export interface Place {
  file: number;
  path: DocPath;
}

export interface Conflict {
  code: 'merge.conflict' | 'merge.rubric-differs';
  /** The later file, where the conflict is found, and the earlier file that said otherwise. */
  at: Place;
  other: Place;
  /** The place in words a person can find in both files: `dinkes / akta-kelahiran / answers.pengajuan`. */
  place: string;
  value: string;
  otherValue: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Entity = { answers: Record<string, AnswerValue>; evidence?: Record<string, string> };

/** Two answers are the same when they mean the same: a multiple choice is a set. */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].map((x) => JSON.stringify(x)).sort() : v);
  return norm(a) === norm(b);
}

const show = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? `[${v.map(show).join(', ')}]` : JSON.stringify(v);

class Merger {
  readonly conflicts: Conflict[] = [];
  /** Each merged value's first place, by its path in the merged file. */
  private readonly origins = new Map<string, Place>();

  /** The input being merged now. */
  file = 0;

  static key = (path: DocPath): string => path.join('\u0001');

  /** Records where a value of the merged file came from. */
  origin(merged: DocPath, path: DocPath): void {
    if (!this.origins.has(Merger.key(merged))) this.origins.set(Merger.key(merged), { file: this.file, path });
  }

  /**
   * One value: taken when the merged file has none, a conflict when it has another.
   * Returns the merged value.
   */
  value<T>(
    current: T | undefined,
    incoming: T | undefined,
    merged: DocPath,
    path: DocPath,
    place: string,
  ): T | undefined {
    if (incoming === undefined) return current;
    if (current === undefined) {
      this.origin(merged, path);
      return incoming;
    }
    if (!sameValue(current, incoming)) {
      const other = this.origins.get(Merger.key(merged)) ?? { file: 0, path };
      this.conflicts.push({
        code: 'merge.conflict',
        at: { file: this.file, path },
        other,
        place,
        value: show(incoming),
        otherValue: show(current),
      });
    }
    return current;
  }

  /** Answers and evidence of one entity, question by question. */
  entity(target: Entity, source: Entity, merged: DocPath, path: DocPath, where: string): void {
    for (const [id, value] of Object.entries(source.answers ?? {}))
      target.answers[id] = this.value(
        target.answers[id],
        value,
        [...merged, 'answers', id],
        [...path, 'answers', id],
        `${where}answers.${id}`,
      )!;
    for (const [id, text] of Object.entries(source.evidence ?? {})) {
      target.evidence ??= {};
      target.evidence[id] = this.value(
        target.evidence[id],
        text,
        [...merged, 'evidence', id],
        [...path, 'evidence', id],
        `${where}evidence.${id}`,
      )!;
    }
  }
}

const copyEntity = (e: {
  answers: Readonly<Record<string, AnswerValue>>;
  evidence?: Readonly<Record<string, string>>;
}): Entity => ({
  answers: {},
  ...(e.evidence === undefined ? {} : { evidence: {} }),
});

/** Merges `files` (already valid, of one rubric) in order; the first file's header leads. */
export function mergeAnswers(files: readonly CityAnswers[]): { merged: CityAnswers; conflicts: Conflict[] } {
  const first = files[0];
  if (first === undefined) throw new Error('mergeAnswers needs at least one file');
  const city: Mutable<CityAnswers> & Entity = {
    rubric: first.rubric,
    city: { ...first.city },
    period: first.period,
    answers: {},
    opds: [],
  } as unknown as Mutable<CityAnswers> & Entity;
  const opds: (Mutable<OpdAnswers> & Entity & { services: (Mutable<ServiceAnswers> & Entity)[] })[] = [];
  const merger = new Merger();
  files.forEach((file, fi) => {
    merger.file = fi;
    if (fi > 0 && file.rubric !== city.rubric) {
      merger.conflicts.push({
        code: 'merge.rubric-differs',
        at: { file: fi, path: ['rubric'] },
        other: { file: 0, path: ['rubric'] },
        place: 'rubric',
        value: file.rubric,
        otherValue: city.rubric,
      });
      return;
    }
    for (const key of ['id', 'name', 'province'] as const)
      (city.city as Record<string, string | undefined>)[key] = merger.value(
        city.city[key],
        file.city[key],
        ['city', key],
        ['city', key],
        `city.${key}`,
      );
    city.period = merger.value(city.period, file.period, ['period'], ['period'], 'period')!;
    const assessedAt = merger.value(
      city.assessed_at,
      file.assessed_at,
      ['assessed_at'],
      ['assessed_at'],
      'assessed_at',
    );
    if (assessedAt !== undefined) city.assessed_at = assessedAt;
    const notes = merger.value(city.notes, file.notes, ['notes'], ['notes'], 'notes');
    if (notes !== undefined) city.notes = notes;
    if (file.assessors !== undefined) city.assessors = [...new Set([...(city.assessors ?? []), ...file.assessors])];
    merger.entity(city, file as unknown as Entity, [], [], '');
    file.opds.forEach((opd, oi) => {
      let at = opds.findIndex((o) => o.id === opd.id);
      if (at < 0) at = opds.push({ id: opd.id, name: opd.name, ...copyEntity(opd), services: [] } as never) - 1;
      const target = opds[at]!;
      const merged = ['opds', at];
      const path = ['opds', oi];
      target.name = merger.value(target.name, opd.name, [...merged, 'name'], [...path, 'name'], `${opd.id} / name`)!;
      const opdNotes = merger.value(
        target.notes,
        opd.notes,
        [...merged, 'notes'],
        [...path, 'notes'],
        `${opd.id} / notes`,
      );
      if (opdNotes !== undefined) target.notes = opdNotes;
      merger.entity(target, opd as unknown as Entity, merged, path, `${opd.id} / `);
      opd.services.forEach((service, si) => {
        let sat = target.services.findIndex((s) => s.id === service.id);
        if (sat < 0)
          sat = target.services.push({ id: service.id, name: service.name, ...copyEntity(service) } as never) - 1;
        const s = target.services[sat]!;
        const sMerged = [...merged, 'services', sat];
        const sPath = [...path, 'services', si];
        const where = `${opd.id} / ${service.id} / `;
        s.name = merger.value(s.name, service.name, [...sMerged, 'name'], [...sPath, 'name'], `${where}name`)!;
        const volume = merger.value(
          s.annual_volume,
          service.annual_volume,
          [...sMerged, 'annual_volume'],
          [...sPath, 'annual_volume'],
          `${where}annual_volume`,
        );
        if (volume !== undefined) s.annual_volume = volume;
        const sNotes = merger.value(
          s.notes,
          service.notes,
          [...sMerged, 'notes'],
          [...sPath, 'notes'],
          `${where}notes`,
        );
        if (sNotes !== undefined) s.notes = sNotes;
        merger.entity(s, service as unknown as Entity, sMerged, sPath, where);
      });
    });
  });
  city.opds = opds;
  return { merged: city, conflicts: merger.conflicts };
}
