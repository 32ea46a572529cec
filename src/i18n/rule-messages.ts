import type { Catalog } from './index.js';

/** Messages of the meaning rules (src/core/check-*.ts): what is wrong, then what to do. */
const ruleId = {
  'rubric.duplicate-id': '{kind} "{id}" sudah ada; beri id yang unik',
  'rubric.level-outside-scale': 'level {level} tidak ada di skala; pakai salah satu level di `scale`',
  'rubric.inherent-without-visit':
    '`inherent` hanya bermakna bersama `visit: true`; tambahkan `visit: true` atau hapus `inherent`',
  'rubric.inherent-with-kind':
    '`inherent` hanya untuk `visit: true` (kontrak 1); dengan `visit: {kind}` hapus `inherent`, ' +
    'atau tulis `visit: physical`',
  'rubric.inherent-without-basis':
    'kunjungan melekat tanpa `basis`; tambahkan dasar aturan atau fakta yang membuat warga harus hadir',
  'rubric.visit-without-basis':
    'kunjungan jenis `{kind}` perlu `basis`: peraturan atau fakta yang mewajibkan warga hadir; tambahkan `basis`',
  'rubric.trip-unknown': 'perjalanan "{id}" tidak dideklarasikan di `trips` (yang ada: {known}); periksa id-nya',
  'rubric.trip-not-service':
    '`trip` hanya untuk pertanyaan berlingkup layanan, bukan {scope}; hapus `trip` dari pertanyaan ini',
  'rubric.combine-not-multi':
    '`combine` hanya untuk pertanyaan `multi`, bukan `{type}`; hapus `combine` atau ubah tipenya',
  'rubric.uptake-unknown': '`uptake` menyebut pertanyaan "{id}" yang tidak ada; periksa id-nya',
  'rubric.uptake-not-service-number':
    '`uptake` harus menyebut pertanyaan `number` berlingkup layanan; "{id}" bertipe {type} berlingkup {scope}',
  'rubric.uptake-not-percent':
    'pertanyaan `uptake` "{id}" harus berupa persen: `min` >= 0 dan `max` <= 100 (sekarang min {min}, max {max})',
  'rubric.reserved-id': 'id "{id}" tidak bisa dipakai sebagai kunci jawaban (kata cadangan JavaScript); pakai id lain',
  'answers.control-character':
    'teks ini memuat karakter kendali {char} yang bisa memalsukan tampilan terminal dan laporan; hapus karakter itu',
  'rubric.bands-not-ascending': 'min {min} tidak lebih besar dari band sebelumnya; urutkan band naik menurut `min`',
  'rubric.first-band-above-min':
    'band pertama mulai di {band}, di atas `min` pertanyaan ({min}); turunkan min band pertama',
  'rubric.min-above-max': '`min` {min} lebih besar dari `max` {max}; tukar keduanya',
  'rubric.when-unknown': '`when` menyebut pertanyaan "{id}" yang tidak ada; periksa id-nya',
  'rubric.when-later': '`when` menyebut "{id}", yang baru didefinisikan sesudahnya; pindahkan "{id}" ke atas',
  'rubric.when-narrower-scope':
    '`when` menyebut "{id}" dari lingkup {scope} yang lebih sempit; kondisi ini selalu salah',
  'rubric.scale-not-contiguous': 'level {level} di posisi ini seharusnya {expected}; skala harus berurutan mulai 0',
  'rubric.ratings-not-descending': 'min {min} tidak lebih kecil dari predikat sebelumnya; urutkan `ratings` turun',
  'rubric.ratings-not-ending-at-zero': 'predikat terakhir harus ber-min 0 (sekarang {min})',
  'rubric.weights-all-zero': 'kedua bobot bernilai 0; beri salah satunya bobot lebih dari 0',
  'rubric.missing-default-text': 'teks dalam bahasa utama "{lang}" tidak ada; tambahkan terjemahan "{lang}"',
  'answers.rubric-other':
    'berkas ini memakai rubrik "{named}", bukan "{using}"; pakai --rubric dengan rubrik yang benar',
  'answers.rubric-major': 'berkas ini untuk "{named}", beda versi mayor dengan "{using}"; pakai rubrik versi yang sama',
  'answers.unknown-question': 'pertanyaan "{id}" tidak ada di lingkup {scope} rubrik ini',
  'answers.wrong-scope':
    'pertanyaan "{id}" berlingkup {expected}, bukan {scope}; pindahkan jawabannya ke tempat yang benar',
  'answers.na-not-allowed': 'pertanyaan "{id}" tidak boleh dijawab `na`; pilih salah satu jawaban',
  'answers.bad-choice': '"{value}" bukan pilihan untuk "{id}"; pilihan yang sah: {allowed}',
  'answers.not-a-list': '"{id}" perlu daftar pilihan, misalnya [a, b]; pilihan yang sah: {allowed}',
  'answers.repeated-choice': '"{value}" dipilih dua kali di "{id}"; hapus salah satunya',
  'answers.not-boolean': '"{id}" perlu true atau false, bukan {value}',
  'answers.not-number': '"{id}" perlu angka, bukan {value}',
  'answers.number-too-small': '{value} di bawah batas bawah {min} untuk "{id}"',
  'answers.number-too-large': '{value} di atas batas atas {max} untuk "{id}"',
  'answers.not-text': '"{id}" perlu teks; beri tanda kutip pada {value}',
  'answers.evidence-unknown-question': 'bukti untuk pertanyaan "{id}" yang tidak ada di rubrik; periksa id-nya',
  'answers.duplicate-id': '{kind} "{id}" muncul dua kali; gabungkan atau beri id lain',
  'answers.volume-required':
    'layanan "{service}" tidak punya `annual_volume`, padahal rubrik membobot menurut volume; ' +
    'isi jumlah transaksi setahun',
  'answers.ignored-not-applicable':
    'jawaban "{id}" diabaikan: pertanyaannya tidak berlaku di sini (syarat `when` tidak terpenuhi)',
  'answers.incomplete': '{missing} pertanyaan wajib belum dijawab',
} as const;

/** A message of this catalog: its keys are those of the Indonesian texts. */
export type RuleMessageKey = keyof typeof ruleId;

export const ruleMessages: Catalog<RuleMessageKey> = {
  id: ruleId,
  en: {
    'rubric.duplicate-id': '{kind} "{id}" already exists; give it a unique id',
    'rubric.level-outside-scale': 'level {level} is not on the scale; use one of the levels in `scale`',
    'rubric.inherent-without-visit':
      '`inherent` only means something with `visit: true`; add `visit: true` or remove `inherent`',
    'rubric.inherent-with-kind':
      '`inherent` only goes with `visit: true` (contract 1); with `visit: {kind}` remove `inherent`, ' +
      'or write `visit: physical`',
    'rubric.inherent-without-basis':
      'an inherent visit without `basis`; add the rule or fact that makes the citizen come in person',
    'rubric.visit-without-basis':
      'a `{kind}` visit needs a `basis`: the regulation or fact that requires the citizen in person; add `basis`',
    'rubric.trip-unknown': 'trip "{id}" is not declared in `trips` (declared: {known}); check the id',
    'rubric.trip-not-service':
      '`trip` is for service-scope questions only, not {scope}; remove `trip` from this question',
    'rubric.combine-not-multi':
      '`combine` is for `multi` questions only, not `{type}`; remove `combine` or change the type',
    'rubric.uptake-unknown': '`uptake` names question "{id}", which does not exist; check the id',
    'rubric.uptake-not-service-number':
      '`uptake` must name a service-scope `number` question; "{id}" is a {type} question of the {scope} scope',
    'rubric.uptake-not-percent':
      'the `uptake` question "{id}" must be a percent: `min` >= 0 and `max` <= 100 (it has min {min}, max {max})',
    'rubric.reserved-id': 'id "{id}" cannot be an answer key (a reserved JavaScript name); use another id',
    'answers.control-character':
      'this text holds the control character {char}, which could fake lines in terminals and reports; remove it',
    'rubric.bands-not-ascending': 'min {min} is not above the previous band; order bands ascending by `min`',
    'rubric.first-band-above-min':
      "the first band starts at {band}, above the question's `min` ({min}); lower the first band's min",
    'rubric.min-above-max': '`min` {min} is above `max` {max}; swap them',
    'rubric.when-unknown': '`when` names question "{id}", which does not exist; check the id',
    'rubric.when-later': '`when` names "{id}", which is defined after this question; move "{id}" up',
    'rubric.when-narrower-scope': '`when` names "{id}" of the narrower {scope} scope; this condition is always false',
    'rubric.scale-not-contiguous': 'level {level} here should be {expected}; the scale must be contiguous from 0',
    'rubric.ratings-not-descending': 'min {min} is not below the previous rating; order `ratings` descending',
    'rubric.ratings-not-ending-at-zero': 'the last rating must have min 0 (it has {min})',
    'rubric.weights-all-zero': 'both weights are 0; give one of them a weight above 0',
    'rubric.missing-default-text': 'the text in the default language "{lang}" is missing; add the "{lang}" translation',
    'answers.rubric-other': 'this file uses rubric "{named}", not "{using}"; pass --rubric with the right rubric',
    'answers.rubric-major':
      'this file is for "{named}", another major version than "{using}"; use a rubric of the same major version',
    'answers.unknown-question': 'question "{id}" does not exist in the {scope} scope of this rubric',
    'answers.wrong-scope': 'question "{id}" is {expected}-scoped, not {scope}; move the answer where it belongs',
    'answers.na-not-allowed': 'question "{id}" cannot be answered `na`; pick one of its answers',
    'answers.bad-choice': '"{value}" is not an option of "{id}"; valid options: {allowed}',
    'answers.not-a-list': '"{id}" needs a list of options, e.g. [a, b]; valid options: {allowed}',
    'answers.repeated-choice': '"{value}" is chosen twice in "{id}"; remove one',
    'answers.not-boolean': '"{id}" needs true or false, not {value}',
    'answers.not-number': '"{id}" needs a number, not {value}',
    'answers.number-too-small': '{value} is below the lower limit {min} of "{id}"',
    'answers.number-too-large': '{value} is above the upper limit {max} of "{id}"',
    'answers.not-text': '"{id}" needs text; put {value} in quotes',
    'answers.evidence-unknown-question': 'evidence for question "{id}", which is not in the rubric; check the id',
    'answers.duplicate-id': '{kind} "{id}" appears twice; merge them or give one another id',
    'answers.volume-required':
      'service "{service}" has no `annual_volume`, but the rubric weights by volume; give its transactions a year',
    'answers.ignored-not-applicable':
      'answer to "{id}" ignored: the question does not apply here (its `when` does not hold)',
    'answers.incomplete': '{missing} required question(s) not answered yet',
  },
};
