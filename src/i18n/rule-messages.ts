import type { Catalog } from './index.js';

/** Messages of the meaning rules (src/core/check-*.ts): what is wrong, then what to do. */
export type RuleMessageKey =
  | 'rubric.duplicate-id'
  | 'rubric.level-outside-scale'
  | 'rubric.inherent-without-visit'
  | 'rubric.bands-not-ascending'
  | 'rubric.first-band-above-min'
  | 'rubric.min-above-max'
  | 'rubric.when-unknown'
  | 'rubric.when-later'
  | 'rubric.when-narrower-scope'
  | 'rubric.scale-not-contiguous'
  | 'rubric.ratings-not-descending'
  | 'rubric.ratings-not-ending-at-zero'
  | 'rubric.weights-all-zero'
  | 'rubric.missing-default-text'
  | 'answers.rubric-other'
  | 'answers.rubric-major'
  | 'answers.unknown-question'
  | 'answers.wrong-scope'
  | 'answers.na-not-allowed'
  | 'answers.bad-choice'
  | 'answers.not-a-list'
  | 'answers.repeated-choice'
  | 'answers.not-boolean'
  | 'answers.not-number'
  | 'answers.number-too-small'
  | 'answers.number-too-large'
  | 'answers.not-text'
  | 'answers.evidence-unknown-question'
  | 'answers.duplicate-id'
  | 'answers.volume-required'
  | 'answers.ignored-not-applicable'
  | 'answers.incomplete';

export const ruleMessages: Catalog<RuleMessageKey> = {
  id: {
    'rubric.duplicate-id': '{kind} "{id}" sudah ada; beri id yang unik',
    'rubric.level-outside-scale': 'level {level} tidak ada di skala; pakai salah satu level di `scale`',
    'rubric.inherent-without-visit':
      '`inherent` hanya bermakna bersama `visit: true`; tambahkan `visit: true` atau hapus `inherent`',
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
    'answers.rubric-major':
      'berkas ini untuk "{named}", beda versi mayor dengan "{using}"; pakai rubrik versi yang sama',
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
      'layanan "{service}" tidak punya `annual_volume`, padahal rubrik membobot menurut volume; isi jumlah transaksi setahun',
    'answers.ignored-not-applicable':
      'jawaban "{id}" diabaikan: pertanyaannya tidak berlaku di sini (syarat `when` tidak terpenuhi)',
    'answers.incomplete': '{missing} pertanyaan wajib belum dijawab',
  },
  en: {
    'rubric.duplicate-id': '{kind} "{id}" already exists; give it a unique id',
    'rubric.level-outside-scale': 'level {level} is not on the scale; use one of the levels in `scale`',
    'rubric.inherent-without-visit':
      '`inherent` only means something with `visit: true`; add `visit: true` or remove `inherent`',
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
