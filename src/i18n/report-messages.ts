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
  | 'heading.not-applicable'
  | 'na.city'
  | 'na.service'
  | 'hint.not-applicable'
  | 'hint.not-applicable-one'
  | 'col.where'
  | 'col.reason'
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
  | 'csv.completeness-pct'
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
  | 'kind.below-target'
  | 'html.kicker.score'
  | 'html.kicker.gap'
  | 'html.kicker.ranking'
  | 'html.title.score'
  | 'html.title.gap'
  | 'html.title.ranking'
  | 'html.meta.period'
  | 'html.meta.assessed'
  | 'html.meta.rubric'
  | 'html.meta.opd'
  | 'html.meta.cities'
  | 'html.card.score'
  | 'html.card.completeness'
  | 'html.card.services-visit'
  | 'html.card.services-done'
  | 'html.card.services-unknown'
  | 'html.card.volume-visit'
  | 'html.card.volume-done'
  | 'html.card.volume-unknown'
  | 'html.card.visits'
  | 'html.card.visits-split'
  | 'html.of'
  | 'html.heading.charts'
  | 'html.heading.services-by-opd'
  | 'html.heading.legend'
  | 'html.heading.visits-by-opd'
  | 'html.chart.levels'
  | 'html.chart.opds-lead'
  | 'html.chart.levels-lead'
  | 'html.chart.target'
  | 'html.chart.visits-lead'
  | 'html.chart.scores'
  | 'html.series.avoidable'
  | 'html.series.inherent'
  | 'html.legend.levels'
  | 'html.legend.ratings'
  | 'html.legend.rating-range'
  | 'html.legend.rating-below'
  | 'html.legend.inherent'
  | 'html.legend.unknown'
  | 'html.actions-lead'
  | 'html.not-applicable-lead'
  | 'html.more-actions'
  | 'html.more-gap'
  | 'html.opd-line'
  | 'html.incomplete'
  | 'html.footer.generator'
  | 'html.footer.numbers'
  | 'sheet.summary'
  | 'sheet.opds'
  | 'sheet.services'
  | 'sheet.actions'
  | 'sheet.inherent'
  | 'sheet.below-target'
  | 'sheet.ranking'
  | 'col.province'
  | 'col.assessed-at'
  | 'col.generator'
  | 'col.level-name'
  | 'col.inherent-per-transaction'
  | 'col.questions-holding-ids'
  | 'col.target-level'
  | 'col.opds'
  | 'col.services-unknown'
  | 'col.services-at-level'
  | 'html.kicker.compare'
  | 'html.heading.compare-summary'
  | 'html.heading.gap-charts'
  | 'html.chart.levels-compare-lead'
  | 'html.learn-lead';

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
    'note.inherent':
      'Kunjungan ini tidak hilang dengan aplikasi baru: yang dibutuhkan perubahan regulasi atau teknologi.',
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
    'heading.not-applicable': 'Pertanyaan yang dinyatakan tidak berlaku',
    'na.city': 'Tingkat kota',
    'na.service': '{opd} / {service}',
    'hint.not-applicable': 'Dinyatakan tidak berlaku: {n} pertanyaan (lihat --format md atau html)',
    'hint.not-applicable-one': 'Dinyatakan tidak berlaku: {n} pertanyaan (lihat --format md atau html)',
    'col.where': 'Di mana',
    'col.reason': 'Alasan',
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
    'csv.completeness-pct': 'Kelengkapan (%)',
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
    'col.change': 'Jawaban sekarang → jawaban tujuan',
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
    'html.kicker.score': 'Laporan kematangan layanan digital OPD',
    'html.kicker.gap': 'Jarak menuju layanan tanpa datang ke kantor',
    'html.kicker.ranking': 'Peringkat kematangan layanan digital',
    'html.title.score': '{city} {period}: kematangan layanan digital',
    'html.title.gap': '{city} {period}: jarak menuju layanan tanpa kunjungan',
    'html.title.ranking': 'Peringkat kota: kematangan layanan digital',
    'html.meta.period': 'Periode {period}',
    'html.meta.assessed': 'Dinilai {date}',
    'html.meta.rubric': 'Rubrik {id} {version}',
    'html.meta.opd': 'OPD: {opd}',
    'html.meta.cities': '{n} kota',
    'html.card.score': 'Skor kota',
    'html.card.completeness': 'Kelengkapan jawaban {share}',
    'html.card.services-visit': 'Layanan yang masih perlu datang ke kantor',
    'html.card.services-done': '{n} layanan ({share}) sudah bisa tanpa datang ke kantor.',
    'html.card.services-unknown': '{n} layanan belum diketahui (jawabannya belum lengkap).',
    'html.card.volume-visit': 'Transaksi per tahun yang masih perlu datang',
    'html.card.volume-done': '{n} transaksi ({share}) sudah tanpa kunjungan.',
    'html.card.volume-unknown': '{n} layanan tanpa volume tahunan tidak ikut dihitung.',
    'html.card.visits': 'Kunjungan ke kantor per tahun',
    'html.card.visits-split':
      '{avoidable} bisa dihapus dengan digitalisasi; {inherent} melekat (butuh perubahan regulasi atau teknologi).',
    'html.of': 'dari {total}',
    'html.heading.charts': 'Gambaran OPD',
    'html.heading.services-by-opd': 'Layanan per OPD',
    'html.heading.legend': 'Cara membaca laporan ini',
    'html.heading.visits-by-opd': 'Kunjungan ke kantor per tahun, per OPD',
    'html.chart.levels': 'Sebaran level layanan',
    'html.chart.opds-lead': 'Skor 0–100. Garis putus-putus menandai batas predikat.',
    'html.chart.levels-lead': 'Jumlah layanan per level; level target ({level}) ke atas berwarna hijau.',
    'html.chart.target': 'target',
    'html.chart.visits-lead': 'Per OPD: kunjungan yang bisa dihapus dengan digitalisasi dan kunjungan melekat.',
    'html.chart.scores': 'Skor kota',
    'html.series.avoidable': 'bisa dihapus',
    'html.series.inherent': 'melekat',
    'html.legend.levels': 'Level layanan',
    'html.legend.ratings': 'Predikat',
    'html.legend.rating-range': '{min} ke atas',
    'html.legend.rating-below': 'di bawah {max}',
    'html.legend.inherent':
      'Kunjungan melekat adalah kunjungan yang tidak hilang dengan aplikasi baru (perekaman biometrik, uji fisik, pemeriksaan klinis, inspeksi lapangan, atau kunjungan yang diwajibkan regulasi): yang dibutuhkan perubahan regulasi atau teknologi.',
    'html.legend.unknown': 'Tanda – berarti belum diketahui (jawaban atau volume tahunan belum diisi), bukan nol.',
    'html.actions-lead':
      'Diurutkan menurut kunjungan ke kantor per tahun yang terhindar: setiap tindakan menghapus satu kunjungan dari setiap transaksi layanan itu.',
    'html.not-applicable-lead':
      'Pertanyaan ini tidak ikut dihitung dalam skor maupun kelengkapan. Alasannya ditulis oleh perencana: periksa apakah setiap alasan tepat.',
    'html.more-actions': '… dan {n} tindakan lainnya: laporan `opdm gap --format html` memuat semuanya.',
    'html.more-gap': '… dan {n} tindakan lainnya (pakai `--top {total}` untuk melihat semuanya).',
    'html.incomplete': 'Jawaban baru {share} lengkap',
    'html.opd-line': '{services} layanan · {no_visit} tanpa kunjungan · {visits} kunjungan ke kantor per tahun',
    'html.footer.generator': 'Dibuat dengan {generator} dari rubrik {rubric} (sha256 {sha}…).',
    'html.footer.numbers':
      'Angka di halaman ini dibulatkan untuk dibaca; angka persisnya ada di laporan JSON (`{command}`).',
    'sheet.summary': 'Ringkasan',
    'sheet.opds': 'OPD',
    'sheet.services': 'Layanan',
    'sheet.actions': 'Tindakan',
    'sheet.inherent': 'Kunjungan melekat',
    'sheet.below-target': 'Di bawah target',
    'sheet.ranking': 'Peringkat',
    'col.province': 'Provinsi',
    'col.assessed-at': 'Tanggal penilaian',
    'col.generator': 'Dibuat dengan',
    'col.level-name': 'Nama level',
    'col.inherent-per-transaction': 'Kunjungan melekat per transaksi',
    'col.questions-holding-ids': 'ID pertanyaan yang menahan level',
    'col.target-level': 'Level target',
    'col.opds': 'OPD',
    'col.services-unknown': 'Layanan belum diketahui',
    'col.services-at-level': 'Layanan di level {level}',
    'html.kicker.compare': 'Perbandingan kematangan layanan digital',
    'html.heading.compare-summary': 'Ringkasan perbandingan',
    'html.heading.gap-charts': 'Di mana kunjungan masih terjadi',
    'html.chart.levels-compare-lead':
      'Jumlah layanan per level di kedua sisi; garis putus-putus menandai level target ({level}).',
    'html.learn-lead':
      'Untuk setiap layanan yang sama di kedua sisi (jawaban lengkap) di mana satu sisi lebih maju: jawaban yang bisa ditiru dan kunjungan ke kantor yang dihemat per tahun, yang terbesar lebih dulu.',
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
    'heading.not-applicable': 'Questions declared not applicable',
    'na.city': 'City level',
    'na.service': '{opd} / {service}',
    'hint.not-applicable': 'Declared not applicable: {n} questions (see --format md or html)',
    'hint.not-applicable-one': 'Declared not applicable: {n} question (see --format md or html)',
    'col.where': 'Where',
    'col.reason': 'Reason',
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
    'csv.completeness-pct': 'Completeness (%)',
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
    'col.change': 'Current answer → answer to reach',
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
    'html.kicker.score': 'OPD digital service maturity report',
    'html.kicker.gap': 'Distance to "no office visit needed"',
    'html.kicker.ranking': 'Digital service maturity ranking',
    'html.title.score': '{city} {period}: digital service maturity',
    'html.title.gap': '{city} {period}: distance to no office visit',
    'html.title.ranking': 'City ranking: digital service maturity',
    'html.meta.period': 'Period {period}',
    'html.meta.assessed': 'Assessed {date}',
    'html.meta.rubric': 'Rubric {id} {version}',
    'html.meta.opd': 'OPD: {opd}',
    'html.meta.cities': '{n} cities',
    'html.card.score': 'City score',
    'html.card.completeness': 'Answers {share} complete',
    'html.card.services-visit': 'Services still needing an office visit',
    'html.card.services-done': '{n} services ({share}) already need no office visit.',
    'html.card.services-unknown': '{n} services still unknown (answers incomplete).',
    'html.card.volume-visit': 'Transactions a year still needing a visit',
    'html.card.volume-done': '{n} transactions ({share}) already need no visit.',
    'html.card.volume-unknown': '{n} services without an annual volume are left out.',
    'html.card.visits': 'Office visits a year',
    'html.card.visits-split':
      '{avoidable} can be removed by going digital; {inherent} are inherent (they need a change of regulation or technology).',
    'html.of': 'of {total}',
    'html.heading.charts': 'OPDs at a glance',
    'html.heading.services-by-opd': 'Services by OPD',
    'html.heading.legend': 'How to read this report',
    'html.heading.visits-by-opd': 'Office visits a year, by OPD',
    'html.chart.levels': 'Services by level',
    'html.chart.opds-lead': 'Scores 0–100. Dashed lines mark where each rating starts.',
    'html.chart.levels-lead': 'Services at each level; the target level ({level}) and above in green.',
    'html.chart.target': 'target',
    'html.chart.visits-lead': 'By OPD: visits that going digital can remove, and inherent visits.',
    'html.chart.scores': 'City scores',
    'html.series.avoidable': 'removable',
    'html.series.inherent': 'inherent',
    'html.legend.levels': 'Service levels',
    'html.legend.ratings': 'Ratings',
    'html.legend.rating-range': '{min} and above',
    'html.legend.rating-below': 'below {max}',
    'html.legend.inherent':
      'Inherent visits are visits that a new application does not remove (biometric capture, a physical test, clinical care, a site inspection, or a visit that a regulation requires): they need a change of regulation or technology.',
    'html.legend.unknown': 'A – means unknown (an answer or the annual volume is missing), not zero.',
    'html.actions-lead':
      'Ranked by the office visits a year they avoid: each action removes one visit from every transaction of that service.',
    'html.not-applicable-lead':
      "These questions count in neither the score nor the completeness. The reasons are the planners' own: check that each one holds.",
    'html.more-actions': '… and {n} more actions: the `opdm gap --format html` report lists them all.',
    'html.more-gap': '… and {n} more actions (use `--top {total}` to see them all).',
    'html.incomplete': 'Answers only {share} complete',
    'html.opd-line': '{services} services · {no_visit} need no visit · {visits} office visits a year',
    'html.footer.generator': 'Made with {generator} from rubric {rubric} (sha256 {sha}…).',
    'html.footer.numbers':
      'Numbers on this page are rounded for reading; the exact figures are in the JSON report (`{command}`).',
    'sheet.summary': 'Summary',
    'sheet.opds': 'OPD',
    'sheet.services': 'Services',
    'sheet.actions': 'Actions',
    'sheet.inherent': 'Inherent',
    'sheet.below-target': 'Below target',
    'sheet.ranking': 'Ranking',
    'col.province': 'Province',
    'col.assessed-at': 'Assessed on',
    'col.generator': 'Made with',
    'col.level-name': 'Level name',
    'col.inherent-per-transaction': 'Inherent visits per transaction',
    'col.questions-holding-ids': 'Ids of the questions holding it down',
    'col.target-level': 'Target level',
    'col.opds': 'OPDs',
    'col.services-unknown': 'Services still unknown',
    'col.services-at-level': 'Services at level {level}',
    'html.kicker.compare': 'Digital service maturity comparison',
    'html.heading.compare-summary': 'The comparison in brief',
    'html.heading.gap-charts': 'Where the visits still are',
    'html.chart.levels-compare-lead':
      'Services at each level on both sides; the dashed line marks the target level ({level}).',
    'html.learn-lead':
      'For each service both sides have (fully answered) where one side is ahead: the answers to copy and the office visits a year it saves, the largest first.',
  },
};
