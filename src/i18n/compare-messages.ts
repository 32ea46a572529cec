import type { Catalog } from './index.js';

/** What `opdm compare` says: usage errors, warnings, headings, the vocabulary, learn-from advice. */
export type CompareMessageKey =
  | 'compare.rubric-mismatch'
  | 'compare.rubric-file-mismatch'
  | 'compare.batch'
  | 'compare.warn-sha256'
  | 'heading.compare'
  | 'heading.compare-periods'
  | 'heading.city'
  | 'heading.opds'
  | 'heading.services'
  | 'heading.learn'
  | 'heading.learn-periods'
  | 'legend.sides'
  | 'legend.rubric'
  | 'summary.services'
  | 'summary.learn'
  | 'summary.learn-periods'
  | 'summary.learn-unknown'
  | 'empty.opds'
  | 'empty.services'
  | 'empty.learn'
  | 'status.better'
  | 'status.worse'
  | 'status.same'
  | 'status.only'
  | 'status.incomplete'
  | 'status.incomplete-in'
  | 'status.not-comparable'
  | 'status.improved'
  | 'status.declined'
  | 'status.unchanged'
  | 'measure.score'
  | 'measure.rating'
  | 'measure.completeness'
  | 'measure.services-no-visit'
  | 'measure.share-services-no-visit'
  | 'measure.share-volume-no-visit'
  | 'measure.annual-visits'
  | 'measure.city-visits-per-transaction'
  | 'measure.services-at-target'
  | 'measure.services-at-level'
  | 'measure.level'
  | 'measure.no-visit'
  | 'measure.visits-per-transaction'
  | 'learn.cities'
  | 'learn.periods'
  | 'learn.levels'
  | 'learn.step'
  | 'learn.no-steps'
  | 'learn.removes-visit'
  | 'learn.saves'
  | 'learn.saves-none'
  | 'learn.saves-unknown'
  | 'unit.points'
  | 'word.service'
  | 'word.services'
  | 'col.difference-short'
  | 'col.measure'
  | 'col.side'
  | 'col.difference'
  | 'col.status'
  | 'col.opd'
  | 'col.service'
  | 'col.score-of'
  | 'col.completeness-of'
  | 'col.level'
  | 'col.no-visit'
  | 'col.kind'
  | 'col.rank'
  | 'col.opd-id'
  | 'col.opd-name'
  | 'col.service-id'
  | 'col.service-name'
  | 'col.from'
  | 'col.to'
  | 'col.question-id'
  | 'col.question'
  | 'col.from-answer'
  | 'col.to-answer'
  | 'col.visits-saved'
  | 'kind.city'
  | 'kind.opd'
  | 'kind.service'
  | 'kind.learn';

export const compareMessages: Catalog<CompareMessageKey> = {
  id: {
    'compare.rubric-mismatch':
      'kedua penilaian tidak bisa dibandingkan: {fileA} memakai rubrik {a}, {fileB} memakai rubrik {b}; keduanya harus memakai id rubrik dan versi mayor yang sama',
    'compare.rubric-file-mismatch':
      'rubrik {rubric} ({file}) tidak cocok dengan {input}, yang memakai rubrik {named}; berikan --rubric dengan rubrik {named}',
    'compare.batch': '{file} berisi {n} laporan; compare membandingkan dua penilaian, satu laporan per berkas',
    'compare.warn-sha256':
      'peringatan: laporan {file} dibuat dengan rubrik {id}@{version} yang isinya berbeda dari {rubric} (sha256 lain); langkah "belajar dari" dinilai dengan {rubric}',
    'heading.compare': 'Perbandingan: {a} vs {b}',
    'heading.compare-periods': 'Perbandingan {city}: {a} vs {b}',
    'heading.city': 'Kota',
    'heading.opds': 'OPD',
    'heading.services': 'Layanan',
    'heading.learn': 'Belajar dari satu sama lain',
    'heading.learn-periods': 'Di mana satu periode lebih baik dari yang lain',
    'legend.sides': 'A = {a}, B = {b}. Selisih = B − A; status menyatakan B dibanding A.',
    'legend.rubric': 'Rubrik {id} {version}',
    'summary.services':
      'Layanan di kedua sisi: {shared}. {b} {better_word} di {better}, {worse_word} di {worse}, {same_word} di {same}, belum lengkap di {incomplete}. Hanya di {a}: {only_a}; hanya di {b}: {only_b}.',
    'summary.learn':
      '{to} dapat menghemat {n} kunjungan ke kantor per tahun dengan meniru {from} di {services} {services_word}.',
    'summary.learn-periods':
      '{from} lebih baik daripada {to} di {services} {services_word}: selisih {n} kunjungan ke kantor per tahun.',
    'summary.learn-unknown':
      '{n} {services_word} di mana {to} dapat belajar, tetapi kunjungan yang dihemat belum diketahui (volume tahunan di {to} belum diisi).',
    'empty.opds': 'Tidak ada OPD.',
    'empty.services': 'Tidak ada layanan.',
    'empty.learn':
      'Tidak ada layanan (sama di kedua sisi, jawaban lengkap) di mana satu sisi lebih maju dari yang lain.',
    'status.better': 'lebih baik',
    'status.worse': 'lebih buruk',
    'status.same': 'sama',
    'status.only': 'hanya di {side}',
    'status.incomplete': 'belum lengkap',
    'status.incomplete-in': 'belum lengkap di {side}',
    'status.not-comparable': 'tidak sebanding (ukuran kota berbeda)',
    'status.improved': 'membaik',
    'status.declined': 'menurun',
    'status.unchanged': 'tetap',
    'measure.score': 'Skor',
    'measure.rating': 'Predikat',
    'measure.completeness': 'Kelengkapan jawaban',
    'measure.services-no-visit': 'Layanan tanpa kunjungan',
    'measure.share-services-no-visit': 'Porsi layanan tanpa kunjungan',
    'measure.share-volume-no-visit': 'Porsi transaksi tanpa kunjungan',
    'measure.annual-visits': 'Kunjungan ke kantor per tahun',
    'measure.city-visits-per-transaction': 'Kunjungan ke kantor per transaksi',
    'measure.services-at-target': 'Layanan di level target ({level}) atau lebih',
    'measure.services-at-level': 'Layanan di level {level}',
    'measure.level': 'Level',
    'measure.no-visit': 'Tanpa kunjungan',
    'measure.visits-per-transaction': 'Kunjungan per transaksi',
    'learn.cities': '{to} dapat belajar dari {from}',
    'learn.periods': '{from} lebih baik daripada {to}',
    'learn.levels': 'level {to} → {from}',
    'learn.step': "{question}: '{to}' → '{from}'",
    'learn.no-steps': 'tidak ada jawaban dengan skor lebih tinggi; levelnya berbeda karena bobot rubrik',
    'learn.removes-visit': '{step} (menghapus kunjungan ke kantor)',
    'learn.saves': 'menghemat {n} kunjungan per tahun',
    'learn.saves-none': 'tidak mengurangi kunjungan',
    'learn.saves-unknown': 'kunjungan yang dihemat belum diketahui (volume tahunan {side} belum diisi)',
    'unit.points': '{n} poin',
    'word.service': 'layanan',
    'word.services': 'layanan',
    'col.difference-short': 'Selisih',
    'col.measure': 'Ukuran',
    'col.side': '{letter}: {side}',
    'col.difference': 'Selisih (B − A)',
    'col.status': 'Status',
    'col.opd': 'OPD',
    'col.service': 'OPD / Layanan',
    'col.score-of': 'Skor {side}',
    'col.completeness-of': 'Kelengkapan {side}',
    'col.level': 'Level (A → B)',
    'col.no-visit': 'Tanpa kunjungan (A → B)',
    'col.kind': 'Jenis',
    'col.rank': 'Peringkat',
    'col.opd-id': 'ID OPD',
    'col.opd-name': 'Nama OPD',
    'col.service-id': 'ID layanan',
    'col.service-name': 'Nama layanan',
    'col.from': 'Belajar dari',
    'col.to': 'Yang belajar',
    'col.question-id': 'ID pertanyaan',
    'col.question': 'Pertanyaan',
    'col.from-answer': 'Jawaban yang ditiru',
    'col.to-answer': 'Jawaban sekarang',
    'col.visits-saved': 'Kunjungan dihemat per tahun',
    'kind.city': 'kota',
    'kind.opd': 'opd',
    'kind.service': 'layanan',
    'kind.learn': 'belajar',
  },
  en: {
    'compare.rubric-mismatch':
      'the two assessments cannot be compared: {fileA} uses rubric {a}, {fileB} uses rubric {b}; both must use the same rubric id and major version',
    'compare.rubric-file-mismatch':
      'rubric {rubric} ({file}) does not match {input}, which uses rubric {named}; give --rubric with rubric {named}',
    'compare.batch': '{file} holds {n} reports; compare compares two assessments, one report per file',
    'compare.warn-sha256':
      'warning: report {file} was made with a rubric {id}@{version} whose contents differ from {rubric} (another sha256); the learn-from steps are judged with {rubric}',
    'heading.compare': 'Comparison: {a} vs {b}',
    'heading.compare-periods': 'Comparison of {city}: {a} vs {b}',
    'heading.city': 'City',
    'heading.opds': 'OPDs',
    'heading.services': 'Services',
    'heading.learn': 'Learn from each other',
    'heading.learn-periods': 'Where one period does better than the other',
    'legend.sides': 'A = {a}, B = {b}. Difference = B − A; the status reads B compared with A.',
    'legend.rubric': 'Rubric {id} {version}',
    'summary.services':
      'Services on both sides: {shared}. {b}: {better_word} at {better}, {worse_word} at {worse}, {same_word} at {same}, incomplete at {incomplete}. Only in {a}: {only_a}; only in {b}: {only_b}.',
    'summary.learn': '{to} could save {n} office visits a year by matching {from} at {services} {services_word}.',
    'summary.learn-periods':
      '{from} does better than {to} at {services} {services_word}: a difference of {n} office visits a year.',
    'summary.learn-unknown':
      '{n} {services_word} where {to} can learn, but the visits saved are unknown (no annual volume in {to}).',
    'empty.opds': 'No OPDs.',
    'empty.services': 'No services.',
    'empty.learn': 'No service (on both sides, fully answered) where one side is ahead of the other.',
    'status.better': 'better',
    'status.worse': 'worse',
    'status.same': 'same',
    'status.only': 'only in {side}',
    'status.incomplete': 'incomplete',
    'status.incomplete-in': 'incomplete in {side}',
    'status.not-comparable': 'not comparable (different city sizes)',
    'status.improved': 'improved',
    'status.declined': 'declined',
    'status.unchanged': 'unchanged',
    'measure.score': 'Score',
    'measure.rating': 'Rating',
    'measure.completeness': 'Answers complete',
    'measure.services-no-visit': 'Services needing no visit',
    'measure.share-services-no-visit': 'Share of services needing no visit',
    'measure.share-volume-no-visit': 'Share of transactions needing no visit',
    'measure.annual-visits': 'Office visits a year',
    'measure.city-visits-per-transaction': 'Office visits per transaction',
    'measure.services-at-target': 'Services at the target level ({level}) or above',
    'measure.services-at-level': 'Services at level {level}',
    'measure.level': 'Level',
    'measure.no-visit': 'No visit needed',
    'measure.visits-per-transaction': 'Visits per transaction',
    'learn.cities': '{to} can learn from {from}',
    'learn.periods': '{from} does better than {to}',
    'learn.levels': 'level {to} → {from}',
    'learn.step': "{question}: '{to}' → '{from}'",
    'learn.no-steps': 'no answer scores higher; the levels differ through the rubric weights',
    'learn.removes-visit': '{step} (removes an office visit)',
    'learn.saves': 'saves {n} visits a year',
    'learn.saves-none': 'saves no visits',
    'learn.saves-unknown': 'visits saved unknown (no annual volume in {side})',
    'unit.points': '{n} pp',
    'word.service': 'service',
    'word.services': 'services',
    'col.difference-short': 'Difference',
    'col.measure': 'Measure',
    'col.side': '{letter}: {side}',
    'col.difference': 'Difference (B − A)',
    'col.status': 'Status',
    'col.opd': 'OPD',
    'col.service': 'OPD / Service',
    'col.score-of': 'Score {side}',
    'col.completeness-of': 'Complete {side}',
    'col.level': 'Level (A → B)',
    'col.no-visit': 'No visit (A → B)',
    'col.kind': 'Kind',
    'col.rank': 'Rank',
    'col.opd-id': 'OPD id',
    'col.opd-name': 'OPD name',
    'col.service-id': 'Service id',
    'col.service-name': 'Service name',
    'col.from': 'Learn from',
    'col.to': 'Learner',
    'col.question-id': 'Question id',
    'col.question': 'Question',
    'col.from-answer': 'Answer to copy',
    'col.to-answer': 'Current answer',
    'col.visits-saved': 'Visits saved a year',
    'kind.city': 'city',
    'kind.opd': 'opd',
    'kind.service': 'service',
    'kind.learn': 'learn',
  },
};
