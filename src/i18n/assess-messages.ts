import type { Catalog } from './index.js';

/** What `opdm assess` says: usage errors, prompts, hints, the progress header, the closing scorecard. */
const assessId = {
  'assess.no-tty':
    'assess perlu terminal interaktif (stdin bukan TTY). ' +
    'Tanpa terminal, seperti di CI: buat berkas dengan `opdm init`, isi, lalu nilai dengan `opdm score`.',
  'assess.unknown-opd': 'OPD "{id}" tidak ada di berkas maupun di katalog rubrik. Yang dikenal: {known}',
  'assess.unknown-opd-near':
    'OPD "{id}" tidak ada di berkas maupun di katalog rubrik; maksud Anda "{suggestion}"? Yang dikenal: {known}',
  'assess.key.space': 'spasi',
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
  'assess.no-folder': 'Folder {folder} tidak ada: buat foldernya dulu, atau pilih folder lain.',
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
  'assess.volume': 'Volume tahunan {service} ({keys})',
  'assess.volume-unit': 'transaksi per tahun',
  'assess.volume-unknown': 'Enter = belum tahu',
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
  'assess.keep-answer': 'Biarkan jawaban sekarang: {answer}',
  'assess.back': '← Kembali ke pertanyaan sebelumnya',
  'assess.none': '(tidak ada)',
  'assess.multi-hint': '({space} = {select}; Enter tanpa pilihan = tidak ada)',
  'assess.multi-alone': '"Lewati", "Tidak berlaku" dan "Kembali" dipilih sendiri, tanpa pilihan lain.',
  'assess.confirm-none': 'Tidak ada yang dipilih. Simpan "(tidak ada)" sebagai jawaban? Tidak = pilih lagi',
  'assess.enter-skip': 'Enter tanpa isi = lewati dulu',
  'assess.enter-keep': 'Enter = biarkan',
  'assess.type-na': 'ketik - jika tidak berlaku di sini',
  'assess.type-back': 'ketik < untuk kembali',
  'assess.not-a-number': '"{value}" bukan angka.',
  'assess.number-below': 'Paling kecil {min}.',
  'assess.number-above': 'Paling besar {max}.',
  'assess.na-reason': 'Mengapa tidak berlaku?',
  'assess.na-reason-empty': 'Tulis alasannya; laporan menampilkannya.',
  'assess.evidence': 'Bukti: catatan atau URL ({keys})',
  'assess.evidence-none': 'Enter = tanpa bukti',
  'assess.evidence-keep': 'Enter = biarkan; - = hapus',
  'assess.result': 'Hasil sementara: {city}, periode {period}',
  'assess.top-actions': '{n} tindakan teratas menuju "tanpa datang ke kantor"',
  'assess.actions': 'Tindakan menuju "tanpa datang ke kantor"',
  'assess.no-actions': 'Tidak ada kunjungan ke kantor yang bisa dihapus di OPD ini (dari jawaban sejauh ini).',
  'assess.next':
    'Tersimpan di {file}. Lanjutkan: opdm assess {file} · Semua tindakan: opdm gap {file} · Laporan: opdm score {file}',
  'assess.resume-hint':
    'Semua jawaban yang sudah diberikan tersimpan di {file}. Lanjutkan kapan saja: opdm assess {file}',
  'assess.nothing-saved': 'Belum ada yang disimpan.',
  'assess.locked':
    '{file} sedang dibuka oleh opdm assess lain: pid {pid} di {host}, pengguna {user}, sejak {since}. Selesaikan ' +
    'atau tutup sesi itu dulu; bila sesi itu sudah tidak berjalan, hapus {lock}',
  'assess.locked-unknown':
    '{file} sedang dikunci oleh sesi opdm assess lain ({lock} ada, tetapi isinya tidak terbaca). Bila tidak ada ' +
    'sesi lain yang berjalan, hapus {lock}',
  'assess.merged':
    '{file} diubah di luar sesi ini; perubahan itu digabung dengan jawaban Anda, dan keduanya tersimpan.',
  'assess.recreated':
    '{file} tidak ada lagi (dihapus atau dipindahkan di luar sesi ini); berkas ditulis lagi dengan semua jawaban ' +
    'sesi ini.',
  'assess.conflict':
    '{file} diubah di luar sesi ini pada jawaban yang sama: {conflicts}. Berkas dibiarkan seperti yang ditulis ' +
    'pihak lain; jawaban Anda yang belum tersimpan: {unsaved}. Jalankan lagi `opdm assess {file}` untuk ' +
    'melanjutkan dari berkas itu',
  'assess.conflict-item': '{where} (Anda: {ours}; di berkas: {theirs})',
  'assess.moved':
    'OPD atau layanan di {file} diubah urutannya atau dihapus di luar sesi ini, sehingga sesi ini tidak bisa ' +
    'melanjutkan dengan aman. Berkas dibiarkan seperti yang ditulis pihak lain; jawaban Anda yang belum tersimpan: ' +
    '{unsaved}. Jalankan lagi `opdm assess {file}`',
  'assess.changed-invalid':
    '{file} diubah di luar sesi ini dan kini tidak valid (lihat di bawah); berkas dibiarkan seperti itu, tanpa ' +
    'jawaban Anda yang belum tersimpan: {unsaved}',
  'assess.removed-value': '(dihapus)',
} as const;

/** A message of this catalog: its keys are those of the Indonesian texts. */
export type AssessMessageKey = keyof typeof assessId;

export const assessMessages: Catalog<AssessMessageKey> = {
  id: assessId,
  en: {
    'assess.no-tty':
      'assess needs an interactive terminal (stdin is not a TTY). Without one, as in CI: create the file with ' +
      '`opdm init`, fill it in, then score it with `opdm score`.',
    'assess.unknown-opd': 'OPD "{id}" is neither in the file nor in the rubric\'s catalog. Known: {known}',
    'assess.unknown-opd-near':
      'OPD "{id}" is neither in the file nor in the rubric\'s catalog; did you mean "{suggestion}"? Known: {known}',
    'assess.key.space': 'space',
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
    'assess.no-folder': 'The folder {folder} does not exist: create it first, or choose another folder.',
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
    'assess.volume': 'Annual volume of {service} ({keys})',
    'assess.volume-unit': 'transactions a year',
    'assess.volume-unknown': 'Enter = not known yet',
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
    'assess.keep-answer': 'Keep the current answer: {answer}',
    'assess.back': '← Back to the previous question',
    'assess.none': '(none)',
    'assess.multi-hint': '({space} = {select}; Enter with nothing chosen = none)',
    'assess.multi-alone': '"Skip", "Not applicable" and "Back" are chosen alone, without other choices.',
    'assess.confirm-none': 'Nothing is chosen. Save "(none)" as the answer? No = choose again',
    'assess.enter-skip': 'Enter with nothing typed = skip for now',
    'assess.enter-keep': 'Enter = keep',
    'assess.type-na': 'type - if it does not apply here',
    'assess.type-back': 'type < to go back',
    'assess.not-a-number': '"{value}" is not a number.',
    'assess.number-below': 'At least {min}.',
    'assess.number-above': 'At most {max}.',
    'assess.na-reason': 'Why does it not apply?',
    'assess.na-reason-empty': 'Give the reason; the report shows it.',
    'assess.evidence': 'Evidence: a note or URL ({keys})',
    'assess.evidence-none': 'Enter = none',
    'assess.evidence-keep': 'Enter = keep; - = remove',
    'assess.result': 'Result so far: {city}, period {period}',
    'assess.top-actions': 'Top {n} actions towards "no office visit needed"',
    'assess.actions': 'Actions towards "no office visit needed"',
    'assess.no-actions': 'No office visit that could be removed in these OPDs (from the answers so far).',
    'assess.next':
      'Saved in {file}. Continue: opdm assess {file} · All actions: opdm gap {file} · Report: opdm score {file}',
    'assess.resume-hint': 'Every answer given so far is saved in {file}. Continue any time: opdm assess {file}',
    'assess.nothing-saved': 'Nothing was saved yet.',
    'assess.locked':
      '{file} is open in another opdm assess: pid {pid} on {host}, user {user}, since {since}. Finish or close ' +
      'that session first; if it is no longer running, delete {lock}',
    'assess.locked-unknown':
      '{file} is locked by another opdm assess session ({lock} exists but cannot be read). If no other session is ' +
      'running, delete {lock}',
    'assess.merged':
      '{file} was changed outside this session; the change is merged with your answers, and both are saved.',
    'assess.recreated':
      '{file} was gone (deleted or moved outside this session); it is written again with every answer of this session.',
    'assess.conflict':
      '{file} was changed outside this session on the same answers: {conflicts}. The file is left as the other ' +
      'writer left it; your unsaved answers: {unsaved}. Run `opdm assess {file}` again to continue from it',
    'assess.conflict-item': '{where} (yours: {ours}; in the file: {theirs})',
    'assess.moved':
      'the OPDs or services in {file} were reordered or removed outside this session, so this session cannot go on ' +
      'safely. The file is left as the other writer left it; your unsaved answers: {unsaved}. Run `opdm assess ' +
      '{file}` again',
    'assess.changed-invalid':
      '{file} was changed outside this session and is now invalid (see below); it is left as it is, without your ' +
      'unsaved answers: {unsaved}',
    'assess.removed-value': '(removed)',
  },
};
