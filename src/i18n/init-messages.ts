import type { Catalog } from './index.js';

/**
 * What `opdm init` and `opdm rubric show` say: usage errors, the template's comments, and the
 * headings of the questionnaire document. Rubric texts themselves come from the rubric.
 */
const initId = {
  'init.is-folder': '{file} adalah folder; sebutkan nama berkas jawaban, misalnya {file}/kota-contoh.answers.yaml',
  'init.file-exists':
    '{file} sudah ada; opdm tidak menimpa berkas jawaban. Pakai --force bila memang ingin menimpanya, ' +
    'atau sebutkan berkas lain.',
  'init.unknown-opd': 'OPD "{id}" tidak ada di katalog rubrik {rubric}{suggestion}. Yang ada: {known}',
  'init.opd-looks-like-file':
    '"{id}" bukan OPD di katalog rubrik {rubric}; bila itu berkas tujuan, ' +
    'tulis sebelum --opd (--opd menerima beberapa id), mis. opdm init {id} --opd {first}',
  'init.no-catalog':
    'rubrik {rubric} tidak punya katalog OPD, jadi --opd tidak bisa dipakai: ' +
    'tulis templat tanpa --opd lalu tambahkan OPD Anda sendiri',
  'init.bad-city-id':
    '--city-id "{value}" bukan id yang sah: huruf kecil, angka dan "-" di antaranya (mis. kota-bandung)',
  'init.empty-option': '{option} tidak boleh kosong',
  'init.written':
    'Templat ditulis: {file} ({opds} OPD, {services} layanan). Isi, lalu periksa dengan: opdm validate {check}',
  'init.volume-reminder':
    'Rubrik ini membobot layanan menurut volume: isi annual_volume tiap layanan (hapus tanda # di barisnya); ' +
    'opdm validate menyebut layanan yang belum diisi.',
  'init.city-placeholder-name': 'Kota Contoh',
  'show.rubric-not-found': '"{id}" bukan rubrik bawaan ({known}) dan bukan berkas{suggestion}',
  'tpl.title': 'Templat jawaban opdm: {city}, periode {period}',
  'tpl.rubric': 'Rubrik: {title} ({ref})',
  'tpl.how': 'Cara mengisi:',
  'tpl.how-uncomment':
    'Setiap pertanyaan tertulis sebagai komentar: judul, bantuan, nilai yang boleh dan artinya, ' +
    'lalu kuncinya (mis. "# {example}:"). Untuk menjawab, hapus "# " di depan kunci itu dan ketik nilainya ' +
    'sesudah titik dua.',
  'tpl.how-braces': 'Blok "answers: {}" masih kosong: saat menulis jawaban pertama di blok itu, hapus "{}".',
  'tpl.how-unanswered':
    'Pertanyaan yang belum dijawab boleh tetap berupa komentar: berkas tetap sah, hanya kelengkapannya turun.',
  'tpl.how-na': 'Pertanyaan yang boleh "tidak berlaku" dapat dijawab {na: "alasan"}.',
  'tpl.how-evidence':
    'Bukti (opsional) per pertanyaan: tambahkan "evidence: {permohonan: https://...}" dan "notes: ' +
    '..." di layanan, OPD atau kota.',
  'tpl.how-check':
    'Periksa kapan saja: opdm validate {file}; skor: opdm score {file}; jarak ke "tanpa datang ke kantor": ' +
    'opdm gap {file}.',
  'tpl.file-placeholder': 'jawaban.yaml',
  'tpl.volume-required':
    'annual_volume (jumlah transaksi setahun) wajib ada di setiap layanan, ' +
    'karena rubrik ini membobot layanan menurut volume. Templat menulisnya sebagai komentar: ' +
    'hapus tanda # lalu isi angkanya, tanpa titik ribuan (95000, bukan 95.000). Selama ada yang belum diisi, ' +
    'opdm validate dan score menyebut layanannya dan belum memberi skor.',
  'tpl.volume-optional':
    'annual_volume (jumlah transaksi setahun) opsional: tanpanya kunjungan setahun layanan itu tidak diketahui. ' +
    'Buka komentarnya dan isi bila datanya ada.',
  'tpl.volume-line': 'wajib: hapus # lalu isi jumlah transaksi setahun',
  'tpl.volume-line-optional': 'jumlah transaksi setahun (opsional)',
  'tpl.answers-empty': 'hapus {} saat mengisi jawaban di bawah',
  'tpl.no-services': 'katalog tidak mencantumkan layanan untuk OPD ini',
  'tpl.no-catalog':
    'Rubrik ini tidak punya katalog OPD: ganti "opds: []" dengan OPD dan layanan Anda, seperti contoh berikut.',
  'tpl.city-placeholder': 'ganti dengan kota Anda',
  'tpl.optional': 'opsional',
  'tpl.example-assessor': 'Nama Penilai',
  'tpl.example-opd': 'Nama OPD',
  'tpl.example-service': 'Nama Layanan',
  'q.choice': 'Pilih satu nilai:',
  'q.multi': 'Pilih satu atau lebih, ditulis sebagai daftar, mis. [a, b]; [] berarti tidak satu pun:',
  'q.boolean': 'Jawab true atau false:',
  'q.yes': 'Ya',
  'q.no': 'Tidak',
  'q.number': 'Angka',
  'q.min': 'paling kecil {min}',
  'q.max': 'paling besar {max}',
  'q.unit': 'satuan: {unit}',
  'q.text': 'Teks bebas, tidak dinilai; beri tanda kutip bila berisi ":" atau "#".',
  'q.visit-office': 'warga harus datang ke kantor',
  'q.visit-rule': 'warga harus hadir karena aturan nasional',
  'q.visit-physical': 'warga harus hadir secara fisik (biometrik, layanan klinis, uji kendaraan)',
  'q.visit-field': 'petugas datang ke lokasi; warga tidak ke kantor',
  'q.when': 'Hanya ditanyakan bila: {condition}',
  'q.na': 'Boleh dijawab {na: "alasan"} bila tidak berlaku.',
  'q.optional': 'Opsional: tidak mengurangi kelengkapan bila kosong.',
  'cond.equals': '{question} = {value}',
  'cond.in': '{question} salah satu dari {values}',
  'cond.and': ' dan ',
  'cond.or': ' atau ',
  'show.version': 'Versi',
  'show.languages': 'Bahasa',
  'show.scale': 'Skala kematangan',
  'show.target':
    'Level sasaran: {level}. Layanan di bawahnya dicantumkan sebagai "di bawah target"; ' +
    'kunjungan dihitung dari jawaban, bukan dari level.',
  'show.trips': 'Kesempatan warga datang (trips)',
  'show.trips-lead':
    'Langkah-langkah pada satu kesempatan dihitung satu kunjungan. ' +
    'Pertanyaan tanpa kesempatan adalah satu kunjungan tersendiri.',
  'show.uptake': 'Pemanfaatan: pertanyaan `{question}` memberi porsi transaksi daring; target {target}%.',
  'show.trip': 'kesempatan datang: {trip}',
  'show.combine-max': 'skor = pilihan terbaik',
  'show.combine-sum': 'skor = jumlah pilihan (maks. 1)',
  'show.neutral': 'netral',
  'visit.none': '–',
  'visit.office': 'ke kantor',
  'visit.rule': 'aturan nasional',
  'visit.physical': 'fisik',
  'visit.field': 'petugas ke lapangan',
  'show.ratings': 'Predikat',
  'show.aggregation': 'Cara skor digabung',
  'show.aggregation-opd': 'Skor OPD: rata-rata layanan (bobot {services}) dan bagian tingkat OPD (bobot {sections}).',
  'show.aggregation-city': 'Skor kota: rata-rata OPD (bobot {opds}) dan bagian tingkat kota (bobot {sections}).',
  'show.weighting-equal': 'sama rata',
  'show.weighting-volume': 'menurut volume transaksi setahun',
  'show.weighting': 'Layanan dirata-rata dalam OPD {services}; OPD dirata-rata dalam kota {opds}.',
  'show.scope.service': 'Pertanyaan untuk setiap layanan',
  'show.scope.opd': 'Pertanyaan untuk setiap OPD',
  'show.scope.city': 'Pertanyaan tingkat kota',
  'show.scope-none': 'Tidak ada pertanyaan.',
  'scope.service': 'layanan',
  'scope.opd': 'OPD',
  'scope.city': 'kota',
  'show.section-meta': 'Bagian {id}, bobot {weight}, jumlah pertanyaan {count}',
  'show.question-meta': 'Jenis: {type}; bobot {weight}; {required}; {na}',
  'show.required': 'wajib',
  'show.optional': 'opsional',
  'show.na-allowed': 'boleh "tidak berlaku"',
  'show.na-not-allowed': '"tidak berlaku" tidak diizinkan',
  'show.type.choice': 'pilih satu',
  'show.type.multi': 'pilih beberapa',
  'show.type.boolean': 'ya/tidak',
  'show.type.number': 'angka',
  'show.type.text': 'teks',
  'show.not-scored': 'Jawaban teks bebas; tidak dinilai.',
  'show.when': 'Hanya ditanyakan bila:',
  'show.range': 'Jawaban: {range}',
  'show.catalog': 'Katalog OPD dan layanan',
  'show.catalog-empty': 'Rubrik ini tidak punya katalog.',
  'show.catalog-summary': 'Katalog: {opds} OPD, {services} layanan',
  'show.no-services': 'Tidak ada layanan di katalog.',
  'show.questions-heading': 'Pertanyaan',
  'show.sections-heading': 'Bagian',
  'col.level': 'Level',
  'col.label': 'Label',
  'col.description': 'Uraian',
  'col.min-score': 'Skor minimum',
  'col.rating': 'Predikat',
  'col.value': 'Nilai',
  'col.from': 'Mulai dari',
  'col.score': 'Skor',
  'col.visit': 'Kehadiran warga',
  'col.basis': 'Dasar',
  'col.advice': 'Saran',
  'col.id': 'Id',
  'col.service': 'Layanan',
  'col.section': 'Bagian',
  'col.scope': 'Cakupan',
  'col.weight': 'Bobot',
  'col.questions': 'Pertanyaan',
  'col.type': 'Jenis',
  'col.title': 'Judul',
} as const;

/** A message of this catalog: its keys are those of the Indonesian texts. */
export type InitMessageKey = keyof typeof initId;

export const initMessages: Catalog<InitMessageKey> = {
  id: initId,
  en: {
    'init.is-folder': '{file} is a folder; name an answers file, e.g. {file}/kota-contoh.answers.yaml',
    'init.file-exists':
      '{file} already exists; opdm does not overwrite answers files. ' +
      'Pass --force if you really mean to overwrite it, or name another file.',
    'init.unknown-opd': 'OPD "{id}" is not in the catalog of rubric {rubric}{suggestion}. Known: {known}',
    'init.opd-looks-like-file':
      '"{id}" is not an OPD in the catalog of rubric {rubric}; if it is the file to write, ' +
      'put it before --opd (--opd takes several ids), e.g. opdm init {id} --opd {first}',
    'init.no-catalog':
      'rubric {rubric} has no OPD catalog, so --opd cannot be used: ' +
      'write the template without --opd and add your own OPDs',
    'init.bad-city-id':
      '--city-id "{value}" is not a valid id: lowercase letters, digits and "-" between them (e.g. kota-bandung)',
    'init.empty-option': '{option} must not be empty',
    'init.written':
      'Template written: {file} ({opds} OPDs, {services} services). Fill it in, then check it with: ' +
      'opdm validate {check}',
    'init.volume-reminder':
      "This rubric weights services by volume: fill in each service's annual_volume (remove the # on its line); " +
      'opdm validate names the services still without one.',
    'init.city-placeholder-name': 'Example City',
    'show.rubric-not-found': '"{id}" is neither a bundled rubric ({known}) nor a file{suggestion}',
    'tpl.title': 'opdm answers template: {city}, period {period}',
    'tpl.rubric': 'Rubric: {title} ({ref})',
    'tpl.how': 'How to fill it in:',
    'tpl.how-uncomment':
      'Every question is written as comments: its title, help, the allowed values and what they mean, ' +
      'then its key (e.g. "# {example}:"). To answer, delete the "# " before that key and type the value after ' +
      'the colon.',
    'tpl.how-braces': 'An "answers: {}" block is still empty: when you write the first answer in it, delete the "{}".',
    'tpl.how-unanswered':
      'Questions not answered yet may stay comments: the file stays valid, only its completeness is lower.',
    'tpl.how-na': 'A question that may be "not applicable" can be answered {na: "reason"}.',
    'tpl.how-evidence':
      'Evidence (optional) per question: add "evidence: {permohonan: https://...}" and "notes: ' +
      '..." to a service, an OPD or the city.',
    'tpl.how-check':
      'Check at any time: opdm validate {file}; scores: opdm score {file}; distance to "no office visit": ' +
      'opdm gap {file}.',
    'tpl.file-placeholder': 'answers.yaml',
    'tpl.volume-required':
      'annual_volume (transactions a year) is required on every service, ' +
      'because this rubric weights services by volume. The template writes it as a comment: ' +
      'remove the # and fill in the number, without thousands separators (95000, not 95.000). ' +
      'While any is missing, opdm validate and score name the services and give no score yet.',
    'tpl.volume-optional':
      "annual_volume (transactions a year) is optional: without it the service's annual visits are unknown. " +
      'Uncomment it and fill it in when you have the data.',
    'tpl.volume-line': 'required: remove the # and fill in the transactions a year',
    'tpl.volume-line-optional': 'transactions a year (optional)',
    'tpl.answers-empty': 'delete {} when you fill in answers below',
    'tpl.no-services': 'the catalog lists no services for this OPD',
    'tpl.no-catalog':
      'This rubric has no OPD catalog: replace "opds: []" with your OPDs and services, as in the example below.',
    'tpl.city-placeholder': 'replace with your city',
    'tpl.optional': 'optional',
    'tpl.example-assessor': 'Assessor Name',
    'tpl.example-opd': 'OPD name',
    'tpl.example-service': 'Service name',
    'q.choice': 'Pick one value:',
    'q.multi': 'Pick one or more, written as a list, e.g. [a, b]; [] means none of them:',
    'q.boolean': 'Answer true or false:',
    'q.yes': 'Yes',
    'q.no': 'No',
    'q.number': 'A number',
    'q.min': 'at least {min}',
    'q.max': 'at most {max}',
    'q.unit': 'unit: {unit}',
    'q.text': 'Free text, not scored; put it in quotes when it holds ":" or "#".',
    'q.visit-office': 'the citizen must come to an office',
    'q.visit-rule': 'the citizen must come in person: a national rule',
    'q.visit-physical': 'the citizen must come in person: a physical step (biometrics, clinical care, a vehicle test)',
    'q.visit-field': 'an officer goes to the site; no office visit',
    'q.when': 'Asked only when: {condition}',
    'q.na': 'May be answered {na: "reason"} when it does not apply.',
    'q.optional': 'Optional: leaving it empty does not lower completeness.',
    'cond.equals': '{question} = {value}',
    'cond.in': '{question} is one of {values}',
    'cond.and': ' and ',
    'cond.or': ' or ',
    'show.version': 'Version',
    'show.languages': 'Languages',
    'show.scale': 'Maturity scale',
    'show.target':
      'Target level: {level}. Services below it are listed as below target; ' +
      'visits are counted from the answers, not from the level.',
    'show.trips': 'Occasions a citizen may have to come (trips)',
    'show.trips-lead':
      'The steps of one occasion count as one visit. A question without an occasion is a visit of its own.',
    'show.uptake': 'Uptake: question `{question}` gives the share of transactions done online; target {target}%.',
    'show.trip': 'occasion: {trip}',
    'show.combine-max': 'score = the best option chosen',
    'show.combine-sum': 'score = sum of the options chosen (at most 1)',
    'show.neutral': 'neutral',
    'visit.none': '–',
    'visit.office': 'office',
    'visit.rule': 'national rule',
    'visit.physical': 'physical',
    'visit.field': 'officer on site',
    'show.ratings': 'Ratings',
    'show.aggregation': 'How scores add up',
    'show.aggregation-opd':
      'OPD score: the mean of its services (weight {services}) and its OPD-level sections (weight {sections}).',
    'show.aggregation-city':
      'City score: the mean of its OPDs (weight {opds}) and its city-level sections (weight {sections}).',
    'show.weighting-equal': 'equally',
    'show.weighting-volume': 'by transactions a year',
    'show.weighting': 'Services average within an OPD {services}; OPDs average within the city {opds}.',
    'show.scope.service': 'Questions for every service',
    'show.scope.opd': 'Questions for every OPD',
    'show.scope.city': 'City-level questions',
    'show.scope-none': 'No questions.',
    'scope.service': 'service',
    'scope.opd': 'OPD',
    'scope.city': 'city',
    'show.section-meta': 'Section {id}, weight {weight}, questions: {count}',
    'show.question-meta': 'Type: {type}; weight {weight}; {required}; {na}',
    'show.required': 'required',
    'show.optional': 'optional',
    'show.na-allowed': '"not applicable" allowed',
    'show.na-not-allowed': '"not applicable" not allowed',
    'show.type.choice': 'pick one',
    'show.type.multi': 'pick several',
    'show.type.boolean': 'yes/no',
    'show.type.number': 'number',
    'show.type.text': 'text',
    'show.not-scored': 'A free-text answer; not scored.',
    'show.when': 'Asked only when:',
    'show.range': 'Answer: {range}',
    'show.catalog': 'Catalog of OPDs and services',
    'show.catalog-empty': 'This rubric has no catalog.',
    'show.catalog-summary': 'Catalog: {opds} OPDs, {services} services',
    'show.no-services': 'No services in the catalog.',
    'show.questions-heading': 'Questions',
    'show.sections-heading': 'Sections',
    'col.level': 'Level',
    'col.label': 'Label',
    'col.description': 'Description',
    'col.min-score': 'Minimum score',
    'col.rating': 'Rating',
    'col.value': 'Value',
    'col.from': 'From',
    'col.score': 'Score',
    'col.visit': 'In person',
    'col.basis': 'Basis',
    'col.advice': 'Advice',
    'col.id': 'Id',
    'col.service': 'Service',
    'col.section': 'Section',
    'col.scope': 'Scope',
    'col.weight': 'Weight',
    'col.questions': 'Questions',
    'col.type': 'Type',
    'col.title': 'Title',
  },
};
