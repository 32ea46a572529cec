import type { Catalog } from './index.js';

/** What `opdm assess` says: usage errors, prompts, hints, the progress header, the closing scorecard. */
export type AssessMessageKey =
  | 'assess.no-tty'
  | 'assess.unknown-opd'
  | 'assess.key.navigate'
  | 'assess.key.select'
  | 'assess.key.submit'
  | 'assess.key.all'
  | 'assess.key.invert'
  | 'assess.disabled'
  | 'assess.yes-word'
  | 'assess.no-word'
  | 'assess.yes-no-error'
  | 'assess.required'
  | 'assess.city-name'
  | 'assess.city-id'
  | 'assess.bad-id'
  | 'assess.province'
  | 'assess.period'
  | 'assess.assessors'
  | 'assess.file'
  | 'assess.file-exists'
  | 'assess.created'
  | 'assess.start'
  | 'assess.start-continue'
  | 'assess.start-review'
  | 'assess.start-choose'
  | 'assess.start-finish'
  | 'assess.opds'
  | 'assess.opds-none'
  | 'assess.opd-new'
  | 'assess.opd-new-name'
  | 'assess.services'
  | 'assess.service-new'
  | 'assess.service-new-name'
  | 'assess.added'
  | 'assess.volume'
  | 'assess.volume-optional'
  | 'assess.volume-required'
  | 'assess.bad-volume'
  | 'assess.progress.city'
  | 'assess.progress.opd'
  | 'assess.progress.service'
  | 'assess.progress.answered'
  | 'assess.optional'
  | 'assess.yes'
  | 'assess.no'
  | 'assess.na'
  | 'assess.skip'
  | 'assess.keep'
  | 'assess.multi-hint'
  | 'assess.multi-alone'
  | 'assess.typed-hint'
  | 'assess.typed-hint-na'
  | 'assess.not-a-number'
  | 'assess.number-below'
  | 'assess.number-above'
  | 'assess.na-reason'
  | 'assess.na-reason-empty'
  | 'assess.evidence'
  | 'assess.evidence-change'
  | 'assess.result'
  | 'assess.top-actions'
  | 'assess.actions'
  | 'assess.no-actions'
  | 'assess.next'
  | 'assess.resume-hint'
  | 'assess.nothing-saved';

export const assessMessages: Catalog<AssessMessageKey> = {
  id: {
    'assess.no-tty':
      'assess perlu terminal interaktif (stdin bukan TTY). Tanpa terminal, seperti di CI: buat berkas dengan `opdm init`, isi, lalu nilai dengan `opdm score`.',
    'assess.unknown-opd': 'OPD "{id}" tidak ada di berkas maupun di katalog rubrik{suggestion}; yang dikenal: {known}',
    'assess.key.navigate': 'pindah',
    'assess.key.select': 'pilih',
    'assess.key.submit': 'lanjut',
    'assess.key.all': 'semua',
    'assess.key.invert': 'balik',
    'assess.disabled': 'Pilihan ini sudah ada di berkas dan tidak bisa diubah di sini.',
    'assess.yes-word': 'ya',
    'assess.no-word': 'tidak',
    'assess.yes-no-error': 'Jawab ya atau tidak.',
    'assess.required': 'Wajib diisi.',
    'assess.city-name': 'Nama pemda (mis. Kota Bandung)',
    'assess.city-id': 'Id pemda (huruf kecil, angka, tanda -)',
    'assess.bad-id': 'Id hanya boleh huruf kecil, angka dan tanda - di antaranya (mis. kota-bandung).',
    'assess.province': 'Provinsi (boleh kosong)',
    'assess.period': 'Periode penilaian',
    'assess.assessors': 'Penilai (nama, dipisah koma; boleh kosong)',
    'assess.file': 'Simpan jawaban di berkas',
    'assess.file-exists': '{file} sudah ada; untuk melanjutkannya jalankan `opdm assess {file}`.',
    'assess.created': 'Berkas jawaban dibuat: {file}. Setiap jawaban langsung tersimpan di sana.',
    'assess.start': 'Melanjutkan {file}: apa yang dilakukan sekarang?',
    'assess.start-continue': 'Lanjutkan: pertanyaan yang belum dijawab',
    'assess.start-review': 'Tinjau ulang semua jawaban',
    'assess.start-choose': 'Pilih atau tambah OPD dan layanan dulu',
    'assess.start-finish': 'Selesai: tampilkan hasil',
    'assess.opds': 'OPD mana yang dinilai di sesi ini?',
    'assess.opds-none': 'Pilih setidaknya satu OPD.',
    'assess.opd-new': '+ OPD lain (di luar katalog)',
    'assess.opd-new-name': 'Nama OPD baru (Enter jika selesai)',
    'assess.services': 'Layanan {opd}: mana yang dinilai?',
    'assess.service-new': '+ Layanan lain (di luar katalog)',
    'assess.service-new-name': 'Nama layanan baru {opd} (Enter jika selesai)',
    'assess.added': 'Ditambahkan: {name} (id {id})',
    'assess.volume': 'Volume tahunan {service} (transaksi per tahun)',
    'assess.volume-optional': 'Volume tahunan {service} (transaksi per tahun; Enter = belum tahu)',
    'assess.volume-required': 'Rubrik ini membobot menurut volume: isi perkiraan transaksi per tahun.',
    'assess.bad-volume': '"{value}" bukan jumlah transaksi; tulis angka, mis. 42000 atau 42.000.',
    'assess.progress.city': 'Pemda: {name}',
    'assess.progress.opd': 'OPD {n} dari {total}: {name}',
    'assess.progress.service': 'Layanan {n} dari {total}: {name}',
    'assess.progress.answered': '{percent} pertanyaan terjawab ({answered}/{applicable})',
    'assess.optional': '(opsional)',
    'assess.yes': 'Ya',
    'assess.no': 'Tidak',
    'assess.na': 'Tidak berlaku di sini (beri alasan)',
    'assess.skip': 'Lewati dulu (tanyakan lagi nanti)',
    'assess.keep': 'Biarkan jawaban sekarang',
    'assess.multi-hint': '(spasi memilih; Enter tanpa pilihan = tidak ada)',
    'assess.multi-alone': '"Lewati" dan "Tidak berlaku" dipilih sendiri, tanpa pilihan lain.',
    'assess.typed-hint': 'Enter tanpa isi = lewati dulu.',
    'assess.typed-hint-na': 'Enter tanpa isi = lewati dulu; ketik - jika tidak berlaku di sini.',
    'assess.not-a-number': '"{value}" bukan angka.',
    'assess.number-below': 'Paling kecil {min}.',
    'assess.number-above': 'Paling besar {max}.',
    'assess.na-reason': 'Mengapa tidak berlaku?',
    'assess.na-reason-empty': 'Tulis alasannya; laporan menampilkannya.',
    'assess.evidence': 'Bukti: catatan atau URL (Enter = tanpa bukti)',
    'assess.evidence-change': 'Bukti: catatan atau URL (Enter = biarkan; - = hapus)',
    'assess.result': 'Hasil sementara: {city}, periode {period}',
    'assess.top-actions': '{n} tindakan teratas menuju "tanpa datang ke kantor"',
    'assess.actions': 'Tindakan menuju "tanpa datang ke kantor"',
    'assess.no-actions': 'Tidak ada kunjungan ke kantor yang bisa dihapus di OPD ini (dari jawaban sejauh ini).',
    'assess.next':
      'Tersimpan di {file}. Lanjutkan: opdm assess {file} · Semua tindakan: opdm gap {file} · Laporan: opdm score {file}',
    'assess.resume-hint':
      'Semua jawaban yang sudah diberikan tersimpan di {file}. Lanjutkan kapan saja: opdm assess {file}',
    'assess.nothing-saved': 'Belum ada yang disimpan.',
  },
  en: {
    'assess.no-tty':
      'assess needs an interactive terminal (stdin is not a TTY). Without one, as in CI: create the file with `opdm init`, fill it in, then score it with `opdm score`.',
    'assess.unknown-opd': 'OPD "{id}" is neither in the file nor in the rubric\'s catalog{suggestion}; known: {known}',
    'assess.key.navigate': 'move',
    'assess.key.select': 'choose',
    'assess.key.submit': 'next',
    'assess.key.all': 'all',
    'assess.key.invert': 'invert',
    'assess.disabled': 'This one is already in the file and cannot be changed here.',
    'assess.yes-word': 'yes',
    'assess.no-word': 'no',
    'assess.yes-no-error': 'Answer yes or no.',
    'assess.required': 'Required.',
    'assess.city-name': 'Name of the local government (e.g. Kota Bandung)',
    'assess.city-id': 'Its id (lowercase letters, digits, -)',
    'assess.bad-id': 'An id holds lowercase letters, digits and single dashes between them (e.g. kota-bandung).',
    'assess.province': 'Province (may be left empty)',
    'assess.period': 'Assessment period',
    'assess.assessors': 'Assessors (names separated by commas; may be left empty)',
    'assess.file': 'Save the answers in the file',
    'assess.file-exists': '{file} already exists; to continue it, run `opdm assess {file}`.',
    'assess.created': 'Answers file created: {file}. Every answer is saved there as soon as it is given.',
    'assess.start': 'Continuing {file}: what now?',
    'assess.start-continue': 'Continue: the questions not answered yet',
    'assess.start-review': 'Review every answer',
    'assess.start-choose': 'Choose or add OPDs and services first',
    'assess.start-finish': 'Finish: show the result',
    'assess.opds': 'Which OPDs are assessed in this session?',
    'assess.opds-none': 'Choose at least one OPD.',
    'assess.opd-new': '+ Another OPD (not in the catalog)',
    'assess.opd-new-name': 'Name of the new OPD (Enter when done)',
    'assess.services': 'Services of {opd}: which are assessed?',
    'assess.service-new': '+ Another service (not in the catalog)',
    'assess.service-new-name': 'Name of a new service of {opd} (Enter when done)',
    'assess.added': 'Added: {name} (id {id})',
    'assess.volume': 'Annual volume of {service} (transactions a year)',
    'assess.volume-optional': 'Annual volume of {service} (transactions a year; Enter = not known yet)',
    'assess.volume-required': 'This rubric weights by volume: give an estimate of transactions a year.',
    'assess.bad-volume': '"{value}" is not a number of transactions; write a number, e.g. 42000 or 42,000.',
    'assess.progress.city': 'City: {name}',
    'assess.progress.opd': 'OPD {n} of {total}: {name}',
    'assess.progress.service': 'Service {n} of {total}: {name}',
    'assess.progress.answered': '{percent} of questions answered ({answered}/{applicable})',
    'assess.optional': '(optional)',
    'assess.yes': 'Yes',
    'assess.no': 'No',
    'assess.na': 'Not applicable here (give a reason)',
    'assess.skip': 'Skip for now (ask again later)',
    'assess.keep': 'Keep the current answer',
    'assess.multi-hint': '(space chooses; Enter with nothing chosen = none)',
    'assess.multi-alone': '"Skip" and "Not applicable" are chosen alone, without other choices.',
    'assess.typed-hint': 'Enter with nothing typed = skip for now.',
    'assess.typed-hint-na': 'Enter with nothing typed = skip for now; type - if it does not apply here.',
    'assess.not-a-number': '"{value}" is not a number.',
    'assess.number-below': 'At least {min}.',
    'assess.number-above': 'At most {max}.',
    'assess.na-reason': 'Why does it not apply?',
    'assess.na-reason-empty': 'Give the reason; the report shows it.',
    'assess.evidence': 'Evidence: a note or URL (Enter = none)',
    'assess.evidence-change': 'Evidence: a note or URL (Enter = keep; - = remove)',
    'assess.result': 'Result so far: {city}, period {period}',
    'assess.top-actions': 'Top {n} actions towards "no office visit needed"',
    'assess.actions': 'Actions towards "no office visit needed"',
    'assess.no-actions': 'No office visit that could be removed in these OPDs (from the answers so far).',
    'assess.next':
      'Saved in {file}. Continue: opdm assess {file} · All actions: opdm gap {file} · Report: opdm score {file}',
    'assess.resume-hint': 'Every answer given so far is saved in {file}. Continue any time: opdm assess {file}',
    'assess.nothing-saved': 'Nothing was saved yet.',
  },
};
