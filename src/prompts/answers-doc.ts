/**
 * The answers file being built, as a YAML document: every change is made in place through the
 * `yaml` Document API, so the comments, key order and layout of a hand-edited file survive the
 * next save. Reading gives the plain `CityAnswers` that scoring understands.
 */
import { Document, isCollection, isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { AnswerMap, AnswerValue, CityAnswers, OpdAnswers, ServiceAnswers } from '../core/types.js';

/** Which entity an answer belongs to: the city, an OPD, or a service (by list position). */
export type EntityRef =
  { scope: 'city' } | { scope: 'opd'; opd: number } | { scope: 'service'; opd: number; service: number };

/** What a new answers file starts with. */
export interface FileHeader {
  rubric: string;
  city: { id: string; name: string; province?: string };
  period: string;
  assessedAt?: string;
  assessors?: readonly string[];
}

/** Long notes stay on one line; flow collections read `[a, b]` as people write them. */
const OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

function basePath(ref: EntityRef): (string | number)[] {
  if (ref.scope === 'city') return [];
  if (ref.scope === 'opd') return ['opds', ref.opd];
  return ['opds', ref.opd, 'services', ref.service];
}

export class AnswersDoc {
  private cached: CityAnswers | undefined;

  private constructor(private readonly doc: Document) {}

  /** A new file: header fields first, then `answers` and `opds`, as SPEC shows them. */
  static create(header: FileHeader): AnswersDoc {
    const { city } = header;
    return new AnswersDoc(
      new Document({
        rubric: header.rubric,
        city: { id: city.id, name: city.name, ...(city.province ? { province: city.province } : {}) },
        period: header.period,
        ...(header.assessedAt ? { assessed_at: header.assessedAt } : {}),
        ...(header.assessors && header.assessors.length > 0 ? { assessors: [...header.assessors] } : {}),
        answers: {},
        opds: [],
      }),
    );
  }

  /** An existing file's text (already checked by the loader); a byte order mark is dropped. */
  static parse(text: string): AnswersDoc {
    return new AnswersDoc(parseDocument(text.startsWith('\uFEFF') ? text.slice(1) : text));
  }

  /** The file's text as it will be saved. */
  toString(): string {
    return this.doc.toString(OUTPUT);
  }

  /** The answers as plain data, with the keys SPEC lets a file leave out filled in. */
  read(): CityAnswers {
    if (this.cached) return this.cached;
    const value = (this.doc.toJS() ?? {}) as Partial<CityAnswers>;
    this.cached = {
      ...(value as CityAnswers),
      answers: value.answers ?? {},
      opds: (value.opds ?? []).map((opd) => ({
        ...opd,
        answers: opd.answers ?? {},
        services: (opd.services ?? []).map((s) => ({ ...s, answers: s.answers ?? {} })),
      })),
    };
    return this.cached;
  }

  /** Sets one answer; a list or `{na}` is written in flow style: `[a, b]`, `{na: reason}`. */
  setAnswer(ref: EntityRef, question: string, value: AnswerValue): void {
    const node = typeof value === 'object' ? this.doc.createNode(value, { flow: true }) : value;
    this.set([...basePath(ref), 'answers', question], node);
  }

  /** Sets (or, with undefined, removes) the evidence note or URL of one answer. */
  setEvidence(ref: EntityRef, question: string, text: string | undefined): void {
    const path = [...basePath(ref), 'evidence'];
    if (text !== undefined) return this.set([...path, question], text);
    if (!this.doc.hasIn([...path, question])) return;
    this.doc.deleteIn([...path, question]);
    const left = this.doc.getIn(path);
    if (isMap(left) && left.items.length === 0) this.doc.deleteIn(path);
    this.cached = undefined;
  }

  /** Removes one answer (a cell emptied in a workbook); nothing when there is none. */
  deleteAnswer(ref: EntityRef, question: string): void {
    const path = [...basePath(ref), 'answers', question];
    if (!this.doc.hasIn(path)) return;
    this.doc.deleteIn(path);
    this.cached = undefined;
  }

  /**
   * Renames a key of an entity's `answers` and `evidence` maps in place: the answer keeps its
   * position, value and comments (a migration renaming a question).
   */
  renameAnswer(ref: EntityRef, from: string, to: string): void {
    for (const map of ['answers', 'evidence']) {
      const node = this.doc.getIn([...basePath(ref), map], true);
      if (!isMap(node)) continue;
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === from);
      if (pair !== undefined && isScalar(pair.key)) pair.key.value = to;
    }
    this.cached = undefined;
  }

  /** Removes an answer's evidence (its question is gone). */
  deleteEvidence(ref: EntityRef, question: string): void {
    this.setEvidence(ref, question, undefined);
  }

  /** Moves a service, with its comments, to the end of another OPD's services. */
  moveService(from: { opd: number; service: number }, toOpd: number): void {
    const node = this.doc.getIn(['opds', from.opd, 'services', from.service], true) as Node;
    this.doc.deleteIn(['opds', from.opd, 'services', from.service]);
    this.append(['opds', toOpd, 'services'], node);
    this.cached = undefined;
  }

  /** Sets a top-level, OPD or service field (`notes`, `annual_volume`); undefined removes it. */
  setField(ref: EntityRef, key: string, value: string | number | undefined): void {
    const path = [...basePath(ref), key];
    if (value !== undefined) return this.set(path, value);
    if (!this.doc.hasIn(path)) return;
    this.doc.deleteIn(path);
    this.cached = undefined;
  }

  /**
   * Writes `from`'s answers, evidence, volumes and notes into this file, for the city (when
   * `coverage.city`) and the OPDs of `from`: existing ones are updated in place, keeping their
   * comments, order and anything else; new OPDs and services are appended. An answer or evidence
   * that `from` no longer holds for an entity it covers is removed: that cell was emptied.
   */
  update(from: CityAnswers, coverage: { city: boolean }): void {
    if (coverage.city) this.updateEntity({ scope: 'city' }, from, this.read());
    if (coverage.city && from.notes !== undefined) this.setField({ scope: 'city' }, 'notes', from.notes);
    for (const opd of from.opds) {
      let oi = this.read().opds.findIndex((o) => o.id === opd.id);
      if (oi < 0) oi = this.addOpd(opd);
      if (opd.notes !== undefined) this.setField({ scope: 'opd', opd: oi }, 'notes', opd.notes);
      this.updateEntity({ scope: 'opd', opd: oi }, opd, this.read().opds[oi]!);
      for (const service of opd.services) {
        let si = this.read().opds[oi]!.services.findIndex((s) => s.id === service.id);
        if (si < 0) si = this.addService(oi, service);
        const ref: EntityRef = { scope: 'service', opd: oi, service: si };
        this.setField(ref, 'annual_volume', service.annual_volume);
        if (service.notes !== undefined) this.setField(ref, 'notes', service.notes);
        this.updateEntity(ref, service, this.read().opds[oi]!.services[si]!);
      }
    }
  }

  private updateEntity(
    ref: EntityRef,
    from: { answers: AnswerMap; evidence?: Readonly<Record<string, string>> },
    current: CityAnswers | OpdAnswers | ServiceAnswers,
  ): void {
    for (const id of Object.keys(current.answers ?? {})) if (!(id in from.answers)) this.deleteAnswer(ref, id);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    for (const [id, value] of Object.entries(from.answers))
      if (!same(current.answers?.[id], value)) this.setAnswer(ref, id, value);
    for (const id of Object.keys(current.evidence ?? {}))
      if (from.evidence?.[id] === undefined) this.setEvidence(ref, id, undefined);
    for (const [id, text] of Object.entries(from.evidence ?? {}))
      if (current.evidence?.[id] !== text) this.setEvidence(ref, id, text);
  }

  /** Appends an OPD; returns its position. */
  addOpd(opd: { id: string; name: string }): number {
    this.append(['opds'], this.doc.createNode({ id: opd.id, name: opd.name, answers: {}, services: [] }));
    return this.read().opds.length - 1;
  }

  /** Appends a service to an OPD; returns its position. */
  addService(opd: number, service: { id: string; name: string; annual_volume?: number }): number {
    const { id, name, annual_volume: volume } = service;
    this.append(
      ['opds', opd, 'services'],
      this.doc.createNode({ id, name, ...(volume === undefined ? {} : { annual_volume: volume }), answers: {} }),
    );
    return (this.read().opds[opd]?.services.length ?? 0) - 1;
  }

  /** Sets a service's annual volume (transactions a year). */
  setVolume(opd: number, service: number, volume: number): void {
    this.set(['opds', opd, 'services', service, 'annual_volume'], volume);
  }

  private set(path: (string | number)[], value: unknown): void {
    this.toBlockIfEmpty(path.slice(0, -1));
    this.doc.setIn(path, value);
    this.cached = undefined;
  }

  /** Appends `node` to the list at `path`, made when missing. */
  private append(path: (string | number)[], node: Node): void {
    if (!this.doc.hasIn(path)) this.doc.setIn(path, this.doc.createNode([]));
    this.toBlockIfEmpty(path);
    this.doc.addIn(path, node);
    this.cached = undefined;
  }

  /**
   * An empty `{}` or `[]` a person (or `opdm init`, or an earlier save) left grows in block
   * style, one entry a line, not as one long line. A collection that already holds entries
   * keeps the style its writer chose. The comment after `[]` stays with the key, above the
   * entries, rather than drifting below the last one.
   */
  private toBlockIfEmpty(path: (string | number)[]): void {
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (!isCollection(node) || !node.flow || node.items.length > 0) return;
    node.flow = false;
    if (node.comment !== undefined && node.commentBefore === undefined) {
      node.commentBefore = node.comment;
      node.comment = undefined;
    }
  }
}
