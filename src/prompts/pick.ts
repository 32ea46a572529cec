/**
 * Choosing what an interview covers: OPDs from the rubric's catalog or new ones by name, and
 * for each OPD its services (catalog or new) with their annual volume. Each addition is saved
 * at once.
 */
import { suggest } from '../core/suggest.js';
import type { CityAnswers, LocalizedText, Rubric } from '../core/types.js';
import { UsageError } from '../errors.js';
import type { Choice } from './asker.js';
import { slugify } from '../core/ids.js';
import { freeId, numberText, parseNumberText } from './parse-input.js';
import { BACK, isBackText, keyHints } from './reply.js';
import { fileName, type Session } from './session.js';

/** The "something not in the catalog" entry of the OPD and service check boxes. */
export const NEW_ENTRY = Symbol('new');
type Pick = string | typeof NEW_ENTRY;

/** An OPD of this session: its position in the file, and whether this session added it. */
export interface PickedOpd {
  index: number;
  isNew: boolean;
}

/**
 * The known id a mistyped one most likely means: the nearest by spelling, else the only one
 * that holds it or that it holds (`dukcapil` for `disdukcapil`, `kominfo` for `diskominfo`).
 */
function nearestId(id: string, known: readonly string[]): string | undefined {
  const near = suggest(id, known);
  if (near !== undefined || id.length < 3) return near;
  const word = id.toLowerCase();
  const holding = known.filter((k) => k.includes(word) || word.includes(k));
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * Checks `--opd` ids before anything is asked: each must be in the file or in the catalog.
 * @throws UsageError `assess.unknown-opd` {id, known}, or `assess.unknown-opd-near` {id, suggestion, known}
 */
export function checkOpdIds(rubric: Rubric, answers: CityAnswers | undefined, ids: readonly string[]): void {
  const known = [...new Set([...(answers?.opds.map((o) => o.id) ?? []), ...(rubric.catalog?.map((c) => c.id) ?? [])])];
  for (const id of ids) {
    if (known.includes(id)) continue;
    const suggestion = nearestId(id, known);
    const params = { id, known: known.join(', ') };
    throw suggestion === undefined
      ? new UsageError('assess.unknown-opd', params)
      : new UsageError('assess.unknown-opd-near', { ...params, suggestion });
  }
}

/** The OPDs named by `--opd`, catalog ones added to the file when missing. */
export async function ensureOpds(s: Session, ids: readonly string[]): Promise<PickedOpd[]> {
  const picked: PickedOpd[] = [];
  for (const id of new Set(ids)) {
    const index = s.doc.read().opds.findIndex((o) => o.id === id);
    if (index >= 0) picked.push({ index, isNew: false });
    else picked.push({ index: await addCatalogOpd(s, id), isNew: true });
  }
  return picked;
}

async function addCatalogOpd(s: Session, id: string): Promise<number> {
  const entry = s.rubric.catalog?.find((c) => c.id === id);
  const index = s.doc.addOpd({ id, name: entry ? fileName(s.rubric, entry.name) : id });
  await s.commit();
  return index;
}

/**
 * A catalog OPD or service as every screen of the session names it: as the answers file will
 * (in the rubric's default language), so that the pickers, the questions, the progress line and
 * the scorecard agree. Its name in the session's language, when another, shows while it is
 * highlighted.
 */
function catalogChoice(s: Session, entry: { id: string; name: LocalizedText }): Choice<Pick> {
  const label = fileName(s.rubric, entry.name) || entry.id;
  const translated = s.text(entry.name);
  return { value: entry.id, label, ...(translated && translated !== label ? { description: translated } : {}) };
}

/** Asks for names until an empty one; each becomes an entity with a free id. */
async function askNewNames(
  s: Session,
  key: string,
  message: string,
  taken: Set<string>,
  add: (id: string, name: string) => Promise<void>,
): Promise<void> {
  for (;;) {
    const name = (await s.asker.input({ key, message })).trim();
    if (name === '') return;
    const id = freeId(slugify(name), taken);
    taken.add(id);
    await add(id, name);
    s.asker.say(s.t('assess.added', { name, id }), 'help');
  }
}

/** Which OPDs this session covers: those in the file, catalog OPDs, new ones by name. */
export async function pickOpds(s: Session): Promise<PickedOpd[]> {
  const existing = s.doc.read().opds;
  const inFile = new Set(existing.map((o) => o.id));
  const catalog = (s.rubric.catalog ?? []).filter((c) => !inFile.has(c.id));
  const choices: (Choice<Pick> & { isChecked?: boolean })[] = [
    ...existing.map((o) => ({ value: o.id, label: `${o.name} (${o.id})`, isChecked: true })),
    ...catalog.map((c) => catalogChoice(s, c)),
    { value: NEW_ENTRY, label: s.t('assess.opd-new') },
  ];
  const chosen = await s.asker.checkbox<Pick>({
    key: 'opds',
    message: s.t('assess.opds'),
    choices,
    validate: (v) => (v.length > 0 ? true : s.t('assess.opds-none')),
  });
  const picked = existing.flatMap((o, index) => (chosen.includes(o.id) ? [{ index, isNew: false }] : []));
  for (const c of catalog) if (chosen.includes(c.id)) picked.push({ index: await addCatalogOpd(s, c.id), isNew: true });
  if (chosen.includes(NEW_ENTRY)) {
    // Catalog ids stay free for the catalog's own OPDs: a new OPD never takes a standard id.
    const taken = new Set([...inFile, ...(s.rubric.catalog ?? []).map((c) => c.id)]);
    await askNewNames(s, 'opd.new', s.t('assess.opd-new-name'), taken, async (id, name) => {
      picked.push({ index: s.doc.addOpd({ id, name }), isNew: true });
      await s.commit();
    });
  }
  return picked;
}

/** Asks an OPD's services: catalog ones (checked boxes) and new ones by name, each with its volume. */
export async function pickServices(s: Session, opd: number): Promise<void> {
  const entry = s.doc.read().opds[opd];
  if (!entry) return;
  const inFile = new Set(entry.services.map((x) => x.id));
  const catalog = (s.rubric.catalog?.find((c) => c.id === entry.id)?.services ?? []).filter((c) => !inFile.has(c.id));
  let isNewWanted = true;
  if (catalog.length > 0 || inFile.size > 0) {
    const chosen = await s.asker.checkbox<Pick>({
      key: `services:${entry.id}`,
      message: s.t('assess.services', { opd: entry.name }),
      choices: [
        ...entry.services.map((x) => ({ value: x.id, label: x.name, isChecked: true, isDisabled: true })),
        ...catalog.map((c) => catalogChoice(s, c)),
        { value: NEW_ENTRY, label: s.t('assess.service-new') },
      ],
    });
    for (const c of catalog) if (chosen.includes(c.id)) await addService(s, opd, c.id, fileName(s.rubric, c.name));
    isNewWanted = chosen.includes(NEW_ENTRY);
  }
  if (!isNewWanted) return;
  const taken = new Set(s.doc.read().opds[opd]?.services.map((x) => x.id));
  await askNewNames(
    s,
    `service.new:${entry.id}`,
    s.t('assess.service-new-name', { opd: entry.name }),
    taken,
    (id, name) => addService(s, opd, id, name),
  );
}

async function addService(s: Session, opd: number, id: string, name: string): Promise<void> {
  const typed = await askVolume(s, `${s.doc.read().opds[opd]?.id}/${id}`, name, undefined);
  const volume = typed === BACK ? undefined : typed;
  s.doc.addService(opd, { id, name, ...(volume === undefined ? {} : { annual_volume: volume }) });
  await s.commit();
}

/** True when the rubric weights by volume: then every service needs one (SPEC). */
const needsVolume = (rubric: Rubric): boolean =>
  rubric.aggregation.service_weighting === 'volume' || rubric.aggregation.opd_weighting === 'volume';

/**
 * Asks a service's annual volume; undefined when left empty (allowed unless the rubric weights
 * by volume); BACK when the person goes back (only offered with `canGoBack`).
 */
export async function askVolume(
  s: Session,
  path: string,
  service: string,
  current: number | undefined,
  canGoBack = false,
): Promise<number | undefined | typeof BACK> {
  const isRequired = needsVolume(s.rubric);
  const keys = keyHints(s.t, [
    'assess.volume-unit',
    current !== undefined ? 'assess.enter-keep' : !isRequired && 'assess.volume-unknown',
    canGoBack && 'assess.type-back',
  ]);
  const typed = await s.asker.input({
    key: `volume:${path}`,
    message: s.t('assess.volume', { service, keys }),
    ...(current === undefined ? {} : { default: numberText(current, s.lang) }),
    validate: (value) => {
      if (isBackText(value, canGoBack)) return true;
      if (value.trim() === '') return isRequired ? s.t('assess.volume-required') : true;
      const n = parseNumberText(value);
      return n !== undefined && n >= 0 ? true : s.t('assess.bad-volume', { value });
    },
  });
  if (isBackText(typed, canGoBack)) return BACK;
  return typed.trim() === '' ? undefined : parseNumberText(typed);
}
