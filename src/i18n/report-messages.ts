import type { Catalog } from './index.js';

/**
 * Every heading, column name and phrase that the score, gap and ranking renderers print
 * (src/render/*). Rubric texts (question titles, option labels, advice) come from the rubric.
 */
export type ReportMessageKey =
  | 'yes'
  | 'no'
  | 'unknown'
  | 'none'
  | 'not-applicable'
  | 'count-of'
  | 'score-rating'
  | 'change'
  | 'no-suggestion'
  | 'fact.city'
  | 'fact.period'
  | 'fact.rubric'
  | 'fact.opd'
  | 'fact.score'
  | 'fact.completeness'
  | 'fact.services'
  | 'fact.services-no-visit'
  | 'fact.services-unknown'
  | 'fact.annual-volume'
  | 'fact.volume-no-visit'
  | 'fact.annual-visits'
  | 'fact.inherent-visits'
  | 'fact.volume-unknown'
  | 'note.volume-unknown'
  | 'note.inherent'
  | 'heading.score'
  | 'heading.city-sections'
  | 'heading.opds'
  | 'heading.services'
  | 'heading.top-actions'
  | 'heading.top-actions-teaser'
  | 'heading.gap'
  | 'heading.inherent'
  | 'heading.below-target'
  | 'heading.ranking'
  | 'hint.gap'
  | 'more'
  | 'empty.actions'
  | 'empty.inherent'
  | 'empty.below-target'
  | 'empty.opds'
  | 'empty.services'
  | 'empty.ranking'
  | 'col.no'
  | 'col.rank'
  | 'col.kind'
  | 'col.figure'
  | 'col.value'
  | 'col.city'
  | 'col.city-id'
  | 'col.city-name'
  | 'col.period'
  | 'col.rubric'
  | 'col.section'
  | 'col.score'
  | 'col.rating'
  | 'col.completeness'
  | 'col.opd'
  | 'col.opd-id'
  | 'col.opd-name'
  | 'col.service'
  | 'col.service-id'
  | 'col.service-name'
  | 'col.services'
  | 'col.services-no-visit'
  | 'col.share-services-no-visit'
  | 'col.level'
  | 'col.visits-per-transaction'
  | 'col.annual-volume'
  | 'col.annual-volume-no-visit'
  | 'col.share-volume-no-visit'
  | 'col.annual-visits'
  | 'col.inherent-visits'
  | 'col.no-visit'
  | 'col.question'
  | 'col.question-id'
  | 'col.change'
  | 'col.current'
  | 'col.suggested'
  | 'col.advice'
  | 'col.basis'
  | 'col.advice-or-basis'
  | 'col.visits-avoided'
  | 'col.questions-holding'
  | 'kind.action'
  | 'kind.inherent'
  | 'kind.below-target';

export const reportMessages: Catalog<ReportMessageKey> = {
  id: {
    yes: 'Ya',
    no: 'Tidak',
    unknown: 'tidak diketahui',
    none: 'tidak ada',
    'not-applicable': 'tidak berlaku: {reason}',
    'count-of': '{n} dari {total} ({share})',
    'score-rating': '{score} ({rating})',
    change: '{from} → {to}',
    'no-suggestion': 'tidak ada pilihan tanpa kunjungan',
    'fact.city': 'Kota',
    'fact.period': 'Periode',
    'fact.rubric': 'Rubrik',
    'fact.opd': 'OPD',
    'fact.score': 'Skor',
    'fact.completeness': 'Kelengkapan',
    'fact.services': 'Layanan',
    'fact.services-no-visit': 'Layanan tanpa kunjungan',
    'fact.services-unknown': 'Layanan belum diketahui',
    'fact.annual-volume': 'Transaksi per tahun',
    'fact.volume-no-visit': 'Transaksi tanpa kunjungan',
    'fact.annual-visits': 'Kunjungan ke kantor per tahun',
    'fact.inherent-visits': 'Kunjungan melekat (inherent)',
    'fact.volume-unknown': 'Layanan tanpa volume tahunan',
    'note.volume-unknown': '{n} (tidak ikut dihitung dalam jumlah transaksi dan kunjungan)',
    'note.inherent': 'Kunjungan ini tidak hilang dengan aplikasi baru: yang dibutuhkan perubahan regulasi atau teknologi.',
    'heading.score': 'Kematangan layanan digital {city} · {period}',
    'heading.city-sections': 'Skor bagian tingkat kota',
    'heading.opds': 'Skor OPD',
    'heading.services': 'Layanan {opd}',
    'heading.top-actions': 'Tindakan yang paling banyak menghapus kunjungan',
    'heading.top-actions-teaser': 'Tindakan yang paling banyak menghapus kunjungan ({n} teratas dari {total})',
    'heading.gap': 'Jarak menuju layanan tanpa kunjungan ke kantor: {city} · {period}',
    'heading.inherent': 'Kunjungan melekat (inherent)',
    'heading.below-target': 'Layanan di bawah level target ({level})',
    'heading.ranking': 'Peringkat kota',
    'hint.gap': 'Jalankan `opdm gap` untuk semua tindakan, kunjungan melekat, dan layanan di bawah level target.',
    more: '… dan {n} tindakan lainnya (pakai --top {total} untuk melihat semuanya)',
    'empty.actions': 'Tidak ada kunjungan yang bisa dihapus dengan mengubah jawaban.',
    'empty.inherent': 'Tidak ada kunjungan melekat.',
    'empty.below-target': 'Semua layanan dengan level yang diketahui sudah mencapai level target.',
    'empty.opds': 'Tidak ada OPD.',
    'empty.services': 'Tidak ada layanan.',
    'empty.ranking': 'Tidak ada laporan untuk diperingkat.',
    'col.no': '#',
    'col.rank': 'Peringkat',
    'col.kind': 'Jenis',
    'col.figure': 'Ukuran',
    'col.value': 'Nilai',
    'col.city': 'Kota',
    'col.city-id': 'ID kota',
    'col.city-name': 'Nama kota',
    'col.period': 'Periode',
    'col.rubric': 'Rubrik',
    'col.section': 'Bagian',
    'col.score': 'Skor',
    'col.rating': 'Predikat',
    'col.completeness': 'Kelengkapan',
    'col.opd': 'OPD',
    'col.opd-id': 'ID OPD',
    'col.opd-name': 'Nama OPD',
    'col.service': 'Layanan',
    'col.service-id': 'ID layanan',
    'col.service-name': 'Nama layanan',
    'col.services': 'Layanan',
    'col.services-no-visit': 'Layanan tanpa kunjungan',
    'col.share-services-no-visit': 'Layanan tanpa kunjungan (%)',
    'col.level': 'Level',
    'col.visits-per-transaction': 'Kunjungan per transaksi',
    'col.annual-volume': 'Transaksi per tahun',
    'col.annual-volume-no-visit': 'Transaksi tanpa kunjungan per tahun',
    'col.share-volume-no-visit': 'Transaksi tanpa kunjungan (%)',
    'col.annual-visits': 'Kunjungan per tahun',
    'col.inherent-visits': 'Kunjungan melekat per tahun',
    'col.no-visit': 'Tanpa kunjungan',
    'col.question': 'Pertanyaan',
    'col.question-id': 'ID pertanyaan',
    'col.change': 'Jawaban sekarang → saran',
    'col.current': 'Jawaban sekarang',
    'col.suggested': 'Jawaban yang disarankan',
    'col.advice': 'Saran',
    'col.basis': 'Dasar',
    'col.advice-or-basis': 'Saran atau dasar',
    'col.visits-avoided': 'Kunjungan terhindar per tahun',
    'col.questions-holding': 'Pertanyaan yang menahan level',
    'kind.action': 'tindakan',
    'kind.inherent': 'melekat',
    'kind.below-target': 'di bawah target',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    unknown: 'unknown',
    none: 'none',
    'not-applicable': 'not applicable: {reason}',
    'count-of': '{n} of {total} ({share})',
    'score-rating': '{score} ({rating})',
    change: '{from} → {to}',
    'no-suggestion': 'no visit-free option',
    'fact.city': 'City',
    'fact.period': 'Period',
    'fact.rubric': 'Rubric',
    'fact.opd': 'OPD',
    'fact.score': 'Score',
    'fact.completeness': 'Completeness',
    'fact.services': 'Services',
    'fact.services-no-visit': 'Services needing no visit',
    'fact.services-unknown': 'Services still unknown',
    'fact.annual-volume': 'Transactions a year',
    'fact.volume-no-visit': 'Transactions needing no visit',
    'fact.annual-visits': 'Office visits a year',
    'fact.inherent-visits': 'Inherent visits',
    'fact.volume-unknown': 'Services without an annual volume',
    'note.volume-unknown': '{n} (left out of the transaction and visit totals)',
    'note.inherent': 'A new application does not remove these visits: they need a change of regulation or technology.',
    'heading.score': 'Digital service maturity of {city} · {period}',
    'heading.city-sections': 'City-level section scores',
    'heading.opds': 'OPD scores',
    'heading.services': 'Services of {opd}',
    'heading.top-actions': 'Actions that remove the most visits',
    'heading.top-actions-teaser': 'Actions that remove the most visits (top {n} of {total})',
    'heading.gap': 'Distance to "no office visit needed": {city} · {period}',
    'heading.inherent': 'Inherent visits',
    'heading.below-target': 'Services below the target level ({level})',
    'heading.ranking': 'City ranking',
    'hint.gap': 'Run `opdm gap` for every action, the inherent visits and the services below the target level.',
    more: '… and {n} more actions (use --top {total} to see them all)',
    'empty.actions': 'No visit can be removed by changing an answer.',
    'empty.inherent': 'No inherent visits.',
    'empty.below-target': 'Every service with a known level has reached the target level.',
    'empty.opds': 'No OPDs.',
    'empty.services': 'No services.',
    'empty.ranking': 'No reports to rank.',
    'col.no': '#',
    'col.rank': 'Rank',
    'col.kind': 'Kind',
    'col.figure': 'Figure',
    'col.value': 'Value',
    'col.city': 'City',
    'col.city-id': 'City id',
    'col.city-name': 'City name',
    'col.period': 'Period',
    'col.rubric': 'Rubric',
    'col.section': 'Section',
    'col.score': 'Score',
    'col.rating': 'Rating',
    'col.completeness': 'Completeness',
    'col.opd': 'OPD',
    'col.opd-id': 'OPD id',
    'col.opd-name': 'OPD name',
    'col.service': 'Service',
    'col.service-id': 'Service id',
    'col.service-name': 'Service name',
    'col.services': 'Services',
    'col.services-no-visit': 'Services needing no visit',
    'col.share-services-no-visit': 'Services needing no visit (%)',
    'col.level': 'Level',
    'col.visits-per-transaction': 'Visits per transaction',
    'col.annual-volume': 'Transactions a year',
    'col.annual-volume-no-visit': 'Transactions needing no visit a year',
    'col.share-volume-no-visit': 'Transactions needing no visit (%)',
    'col.annual-visits': 'Visits a year',
    'col.inherent-visits': 'Inherent visits a year',
    'col.no-visit': 'No visit needed',
    'col.question': 'Question',
    'col.question-id': 'Question id',
    'col.change': 'Current answer → suggested',
    'col.current': 'Current answer',
    'col.suggested': 'Suggested answer',
    'col.advice': 'Advice',
    'col.basis': 'Basis',
    'col.advice-or-basis': 'Advice or basis',
    'col.visits-avoided': 'Visits avoided a year',
    'col.questions-holding': 'Questions holding it down',
    'kind.action': 'action',
    'kind.inherent': 'inherent',
    'kind.below-target': 'below target',
  },
};
