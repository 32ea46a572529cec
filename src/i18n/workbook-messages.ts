import type { Catalog } from './index.js';

/**
 * The fill-in workbook (`opdm init --format xlsx`, `opdm import`) and `opdm merge`: the
 * workbook's own texts, the problems found in its cells or in the files to merge (issue codes,
 * printed after `file:Sheet!E12:` or `file:line:col:`), and the commands' usage errors.
 */
export const WORKBOOK_ISSUE_KEYS = [
  'workbook.not-opdm',
  'workbook.unreadable',
  'workbook.other-rubric',
  'workbook.other-layout',
  'workbook.sheet-missing',
  'workbook.row-moved',
  'workbook.row-missing',
  'workbook.row-unknown',
  'workbook.extra-row',
  'workbook.not-in-list',
  'workbook.not-yes-no',
  'workbook.not-number',
  'workbook.thousands-separator',
  'workbook.decimal-comma',
  'workbook.number-too-small',
  'workbook.number-too-large',
  'workbook.not-volume',
  'workbook.volume-required',
  'workbook.na-not-allowed',
  'workbook.answer-and-na',
  'workbook.multi-on-question-row',
  'workbook.option-cell',
  'workbook.new-service-name',
  'workbook.new-service-id',
  'workbook.service-left-out',
  'workbook.required-missing',
  'workbook.required-missing-summary',
  'merge.conflict',
  'merge.rubric-differs',
] as const;
export type WorkbookIssueKey = (typeof WORKBOOK_ISSUE_KEYS)[number];

export type WorkbookTextKey =
  | 'wb.sheet.instructions'
  | 'wb.sheet.city'
  | 'wb.col.key'
  | 'wb.col.service'
  | 'wb.col.question'
  | 'wb.col.help'
  | 'wb.col.answer'
  | 'wb.col.na'
  | 'wb.col.evidence'
  | 'wb.title.city'
  | 'wb.title.opd'
  | 'wb.opd-row'
  | 'wb.volume'
  | 'wb.volume-optional'
  | 'wb.new-service'
  | 'wb.multi-below'
  | 'wb.yes'
  | 'wb.no'
  | 'wb.dv.title'
  | 'wb.dv.list'
  | 'wb.dv.yes-no'
  | 'wb.dv.number'
  | 'wb.dv.volume'
  | 'wb.note.na'
  | 'wb.note.optional'
  | 'wb.note.multi'
  | 'wb.note.not-offered'
  | 'wb.ins.title'
  | 'wb.ins.city'
  | 'wb.ins.period'
  | 'wb.ins.rubric'
  | 'wb.ins.opds'
  | 'wb.ins.how'
  | 'wb.ins.1'
  | 'wb.ins.2'
  | 'wb.ins.3'
  | 'wb.ins.4'
  | 'wb.ins.5'
  | 'wb.ins.6'
  | 'wb.ins.7'
  | 'wb.ins.8'
  | 'wb.ins.back'
  | 'wb.ins.back-1'
  | 'wb.ins.back-2'
  | 'import.written'
  | 'import.updated'
  | 'import.not-xlsx'
  | 'merge.written'
  | 'merge.one-file'
  | 'init.xlsx-needs-file'
  | 'init.xlsx-written'
  | 'init.from-needs-xlsx'
  | 'init.xlsx-no-opds'
  | 'init.bad-format';

export type WorkbookMessageKey = WorkbookIssueKey | WorkbookTextKey;

export const workbookMessages: Catalog<WorkbookMessageKey> = {
  id: {
    'workbook.not-opdm':
      'bukan lembar isian dari opdm init --format xlsx (lembar tersembunyi "opdm" tidak ada atau rusak): ' +
      'buat lembar isian baru dengan opdm init --format xlsx',
    'workbook.unreadable':
      'bukan workbook .xlsx yang dapat dibaca ({reason}): simpan ulang sebagai Excel Workbook (.xlsx)',
    'workbook.other-rubric':
      'lembar isian ini dibuat untuk rubrik {made}, bukan {using}: impor dengan --rubric untuk rubrik {made}, ' +
      'atau buat lembar isian baru dari rubrik {using}',
    'workbook.other-layout':
      'lembar isian ini dibuat untuk {made} dengan susunan pertanyaan lain dari {using} (pertanyaan, ' +
      'pilihan atau batas angka berubah): impor dengan --rubric rubrik yang dipakai saat membuatnya, ' +
      'atau buat lembar isian baru dengan opdm init --format xlsx --from',
    'workbook.sheet-missing':
      'lembar "{sheet}" tidak ada (terhapus atau berganti nama?): kembalikan lembarnya dengan nama itu, ' +
      'atau salin jawabannya ke lembar isian baru',
    'workbook.row-moved':
      'baris ini berisi {found}, yang seharusnya di baris {row}; di sini seharusnya {expected}: ' +
      'baris dipindah atau diurutkan, kembalikan urutannya (Ctrl+Z) atau salin jawabannya ke lembar isian baru',
    'workbook.row-missing':
      'di sini seharusnya baris {expected}, tetapi kodenya kosong: baris disisipkan atau dihapus; ' +
      'kembalikan susunan barisnya',
    'workbook.row-unknown':
      'kode {found} bukan baris lembar isian ini (di sini seharusnya {expected}): kolom Kode diubah, ' +
      'atau lembar ini dari lembar isian lain',
    'workbook.extra-row':
      'baris di bawah tabel (baris terakhirnya {last}) berisi sesuatu yang tidak dibaca: ' +
      'pindahkan isinya ke baris pertanyaannya, atau hapus',
    'workbook.not-in-list': '"{value}" tidak ada di daftar pilihan: pilih dari daftar ({allowed})',
    'workbook.not-yes-no': '"{value}" bukan jawaban ya/tidak: pilih {yes} atau {no}',
    'workbook.not-number': '"{value}" bukan angka: tulis angka saja, mis. 35',
    'workbook.thousands-separator':
      '{text} ditulis sebagai teks dengan pemisah ribuan dan tidak terbaca sebagai angka: ' +
      'tulis {fixed} (Excel menampilkan pemisah ribuannya sendiri)',
    'workbook.decimal-comma':
      '{text} ditulis sebagai teks dengan koma desimal: tulis {fixed}, atau ketik ulang sebagai angka',
    'workbook.number-too-small': '{value} di bawah batas terkecil {min}',
    'workbook.number-too-large': '{value} di atas batas terbesar {max}',
    'workbook.not-volume': '{value} bukan volume: tulis bilangan bulat 0 atau lebih (jumlah transaksi setahun)',
    'workbook.volume-required':
      'volume transaksi setahun layanan "{service}" kosong, padahal rubrik membobot layanan menurut volume: ' +
      'isi angkanya di sel ini',
    'workbook.na-not-allowed':
      'pertanyaan ini tidak boleh dijawab "tidak berlaku": kosongkan sel ini dan isi jawabannya di kolom Jawaban',
    'workbook.answer-and-na': 'ada jawaban sekaligus alasan tidak berlaku: kosongkan salah satunya',
    'workbook.multi-on-question-row':
      'pertanyaan pilihan ganda dijawab di baris pilihannya (mulai baris {row}), satu Ya/Tidak per pilihan: ' +
      'kosongkan sel ini',
    'workbook.option-cell':
      'sel ini tidak dibaca: tulis alasan tidak berlaku atau bukti di baris pertanyaannya (baris {row})',
    'workbook.new-service-name': 'layanan baru ini berisi jawaban tetapi tanpa nama: tulis nama layanannya di sel ini',
    'workbook.new-service-id':
      'nama "{name}" tidak memberi id layanan yang baru ("{id}" kosong atau sudah dipakai di OPD ini): beri nama lain',
    'workbook.service-left-out':
      'layanan "{service}" ditandai tidak ada ({reason}): tidak dimasukkan ke berkas jawaban yang baru (berkas ' +
      'yang sudah ada tetap memuatnya)',
    'workbook.required-missing': 'jawaban wajib masih kosong',
    'workbook.required-missing-summary':
      '{count} jawaban wajib masih kosong (yang pertama di {first}); kelengkapan turun. ' +
      'opdm import --require-complete menyebut semuanya dan tidak menulis berkas',
    'merge.conflict':
      '{place} dijawab "{value}" di sini tetapi "{other_value}" di {other}: samakan jawabannya di salah satu berkas',
    'merge.rubric-differs':
      'berkas ini memakai rubrik {named}, berkas {other} memakai {other_named}: gabungkan berkas dari rubrik yang sama',
    'wb.sheet.instructions': 'Petunjuk',
    'wb.sheet.city': 'Kota',
    'wb.col.key': 'Kode',
    'wb.col.service': 'Layanan',
    'wb.col.question': 'Pertanyaan',
    'wb.col.help': 'Bantuan',
    'wb.col.answer': 'Jawaban',
    'wb.col.na': 'Alasan tidak berlaku',
    'wb.col.evidence': 'Bukti (tautan atau catatan)',
    'wb.title.city': '{city}: pertanyaan tingkat kota',
    'wb.title.opd': '{opd}: pertanyaan untuk OPD dan setiap layanannya',
    'wb.opd-row': '(OPD)',
    'wb.volume': 'Volume: jumlah transaksi setahun (wajib)',
    'wb.volume-optional': 'Volume: jumlah transaksi setahun (opsional)',
    'wb.new-service': 'Layanan lain yang tidak tercantum: ketik namanya di kolom Layanan, volumenya di kolom Jawaban',
    'wb.multi-below': 'Jawab di baris-baris di bawah: Ya atau Tidak untuk setiap pilihan',
    'wb.yes': 'Ya',
    'wb.no': 'Tidak',
    'wb.dv.title': 'Jawaban tidak sah',
    'wb.dv.list': 'Pilih salah satu jawaban dari daftar.',
    'wb.dv.yes-no': 'Pilih Ya atau Tidak.',
    'wb.dv.number': 'Tulis angka {range}.',
    'wb.dv.volume': 'Tulis bilangan bulat 0 atau lebih: jumlah transaksi setahun.',
    'wb.note.na': 'Bila tidak berlaku: tulis alasannya di kolom "Alasan tidak berlaku".',
    'wb.note.optional': 'Opsional.',
    'wb.note.multi': 'Pilih semua yang berlaku: Ya atau Tidak di setiap baris pilihan.',
    'wb.note.not-offered':
      'Volume transaksi setahun (angka, tanpa titik ribuan). Layanan ini tidak ada di OPD Anda? Tulis alasannya ' +
      'di kolom "Alasan tidak berlaku" baris ini.',
    'wb.ins.title': 'Lembar isian opdm: {city}, periode {period}',
    'wb.ins.city': 'Kota',
    'wb.ins.period': 'Periode',
    'wb.ins.rubric': 'Rubrik',
    'wb.ins.opds': 'OPD',
    'wb.ins.how': 'Cara mengisi',
    'wb.ins.1':
      'Setiap OPD punya lembar sendiri (nama lembar = kode OPD); ' +
      'pertanyaan tingkat kota ada di lembar "{city}". Satu baris untuk satu pertanyaan.',
    'wb.ins.2':
      'Isi hanya sel berwarna kuning: Jawaban, Alasan tidak berlaku, Bukti. ' +
      'Kolom lain terkunci agar lembar isian tetap dapat dibaca opdm; jangan memindah, mengurutkan, ' +
      'menyisipkan atau menghapus baris.',
    'wb.ins.3':
      'Pilihan dan ya/tidak: pilih dari daftar di sel (klik panah di sisi sel). ' +
      'Bantuan dan arti pilihan ada di kolom Bantuan dan di catatan sel Pertanyaan.',
    'wb.ins.4':
      'Pilihan ganda ("pilih semua yang berlaku"): setiap pilihan punya baris sendiri di bawah pertanyaannya; ' +
      'jawab Ya untuk setiap pilihan yang ada, Tidak untuk yang tidak ada.',
    'wb.ins.5':
      'Angka: ketik angkanya saja, tanpa titik ribuan (95000, Excel menampilkannya 95.000). ' +
      'Volume layanan (jumlah transaksi setahun) diisi di baris nama layanan.',
    'wb.ins.6':
      'Tidak berlaku: bila pertanyaan itu memang tidak berlaku untuk layanan Anda, ' +
      'tulis alasannya di kolom "Alasan tidak berlaku" (hanya pada pertanyaan yang mengizinkannya). ' +
      'Layanan yang tidak ada di OPD Anda: tulis alasannya di kolom itu pada baris nama layanan.',
    'wb.ins.7':
      'Layanan lain yang belum tercantum: di bawah setiap OPD ada blok kosong; ' +
      'ketik nama layanannya di kolom Layanan, lalu isi jawabannya.',
    'wb.ins.8': 'Bukti (opsional): tautan ke laman layanan, SK, SOP atau catatan singkat.',
    'wb.ins.back': 'Setelah diisi',
    'wb.ins.back-1':
      'Simpan sebagai .xlsx (Excel Workbook) dan kirim kembali ke koordinator. LibreOffice juga boleh: ' +
      'Simpan sebagai "Excel 2007-365".',
    'wb.ins.back-2':
      'Koordinator: opdm import {file} -o jawaban.yaml menyebut setiap sel yang perlu diperbaiki (mis. ' +
      '{file}:Sheet!E12); opdm merge menggabungkan berkas per OPD menjadi satu berkas kota.',
    'import.written':
      'Jawaban ditulis: {file} ({opds} OPD, {services} layanan, kelengkapan {completeness}). Periksa dengan: ' +
      'opdm validate {file}',
    'import.updated':
      'Jawaban diperbarui di {file} ({opds} OPD, {services} layanan dari lembar isian, ' +
      'kelengkapan {completeness}); komentar dan urutan berkas tetap.',
    'import.not-xlsx':
      '{file} bukan lembar isian .xlsx: opdm import membaca workbook dari opdm init --format xlsx (untuk berkas ' +
      'YAML pakai opdm validate atau opdm merge)',
    'merge.written':
      'Digabung: {count} berkas menjadi {file} ({opds} OPD, {services} layanan, kelengkapan {completeness}).',
    'merge.one-file': 'opdm merge perlu paling sedikit dua berkas jawaban untuk digabung',
    'init.xlsx-needs-file': 'lembar isian .xlsx hanya dapat ditulis ke berkas: tambahkan -o kota.xlsx',
    'init.xlsx-written':
      'Lembar isian ditulis: {file} ({opds} OPD, {services} layanan). Kirim ke OPD untuk diisi, ' +
      'lalu baca kembali dengan: opdm import {file} -o jawaban.yaml',
    'init.from-needs-xlsx': '--from membuat lembar isian dari berkas jawaban: tambahkan --format xlsx -o kota.xlsx',
    'init.xlsx-no-opds':
      'rubrik {rubric} tidak punya katalog OPD dan tidak ada --from: buat berkas jawaban dengan OPD Anda dulu, ' +
      'lalu opdm init --format xlsx --from berkas itu',
    'init.bad-format': '--format "{value}" tidak dikenal untuk opdm init: pakai yaml atau xlsx',
  },
  en: {
    'workbook.not-opdm':
      'not a fill-in workbook from opdm init --format xlsx (its hidden sheet "opdm" is missing or damaged): ' +
      'make a new one with opdm init --format xlsx',
    'workbook.unreadable': 'not a readable .xlsx workbook ({reason}): save it again as an Excel Workbook (.xlsx)',
    'workbook.other-rubric':
      'this workbook was made for rubric {made}, not {using}: import it with --rubric naming rubric {made}, ' +
      'or make a new workbook from rubric {using}',
    'workbook.other-layout':
      'this workbook was made for {made}, whose questions are laid out differently from {using} (questions, ' +
      'options or number limits changed): import it with --rubric naming the rubric it was made from, ' +
      'or make a new workbook with opdm init --format xlsx --from',
    'workbook.sheet-missing':
      'sheet "{sheet}" is missing (deleted or renamed?): bring it back under that name, ' +
      'or copy its answers into a new workbook',
    'workbook.row-moved':
      'this row holds {found}, which belongs in row {row}; {expected} belongs here: rows were moved or sorted, ' +
      'put them back (Ctrl+Z) or copy the answers into a new workbook',
    'workbook.row-missing':
      'the row of {expected} belongs here, but its key is empty: a row was inserted or deleted; restore the rows',
    'workbook.row-unknown':
      'key {found} is not a row of this workbook ({expected} belongs here): the Key column was edited, ' +
      'or this sheet comes from another workbook',
    'workbook.extra-row':
      'a row below the table (its last row is {last}) holds something that is not read: ' +
      "move it to its question's row, or delete it",
    'workbook.not-in-list': '"{value}" is not in the list: pick one from the list ({allowed})',
    'workbook.not-yes-no': '"{value}" is not a yes/no answer: pick {yes} or {no}',
    'workbook.not-number': '"{value}" is not a number: write the number only, e.g. 35',
    'workbook.thousands-separator':
      '{text} is text with thousands separators and does not read as a number: ' +
      'write {fixed} (Excel shows the separators itself)',
    'workbook.decimal-comma': '{text} is text with a decimal comma: write {fixed}, or type it again as a number',
    'workbook.number-too-small': '{value} is below the lowest allowed, {min}',
    'workbook.number-too-large': '{value} is above the highest allowed, {max}',
    'workbook.not-volume': '{value} is not a volume: write a whole number, 0 or more (transactions a year)',
    'workbook.volume-required':
      'the transactions a year of service "{service}" are empty, but the rubric weights services by volume: ' +
      'fill in the number in this cell',
    'workbook.na-not-allowed':
      'this question cannot be answered "not applicable": clear this cell and give the answer in the Answer column',
    'workbook.answer-and-na': 'both an answer and a reason for "not applicable": clear one of them',
    'workbook.multi-on-question-row':
      'a multiple-choice question is answered in its option rows (from row {row}), one Yes/No per option: ' +
      'clear this cell',
    'workbook.option-cell':
      'this cell is not read: write a reason for "not applicable" or evidence in the question\'s row (row {row})',
    'workbook.new-service-name': "this new service has answers but no name: write the service's name in this cell",
    'workbook.new-service-id':
      'the name "{name}" gives no new service id ("{id}" is empty or already taken in this OPD): give another name',
    'workbook.service-left-out':
      'service "{service}" is marked as not offered ({reason}): it is left out of a new answers file (an ' +
      'existing file keeps it)',
    'workbook.required-missing': 'a required answer is still empty',
    'workbook.required-missing-summary':
      '{count} required answers are still empty (the first in {first}); completeness is lower. ' +
      'opdm import --require-complete names each and writes nothing',
    'merge.conflict': '{place} is answered "{value}" here but "{other_value}" in {other}: make the two files agree',
    'merge.rubric-differs': 'this file uses rubric {named}, {other} uses {other_named}: merge files of the same rubric',
    'wb.sheet.instructions': 'Instructions',
    'wb.sheet.city': 'City',
    'wb.col.key': 'Key',
    'wb.col.service': 'Service',
    'wb.col.question': 'Question',
    'wb.col.help': 'Help',
    'wb.col.answer': 'Answer',
    'wb.col.na': 'Reason not applicable',
    'wb.col.evidence': 'Evidence (link or note)',
    'wb.title.city': '{city}: city-level questions',
    'wb.title.opd': '{opd}: questions for the OPD and each of its services',
    'wb.opd-row': '(OPD)',
    'wb.volume': 'Volume: transactions a year (required)',
    'wb.volume-optional': 'Volume: transactions a year (optional)',
    'wb.new-service': 'A service not listed: type its name in the Service column, its volume in the Answer column',
    'wb.multi-below': 'Answer in the rows below: Yes or No for each option',
    'wb.yes': 'Yes',
    'wb.no': 'No',
    'wb.dv.title': 'Invalid answer',
    'wb.dv.list': 'Pick one answer from the list.',
    'wb.dv.yes-no': 'Pick Yes or No.',
    'wb.dv.number': 'Write a number {range}.',
    'wb.dv.volume': 'Write a whole number, 0 or more: transactions a year.',
    'wb.note.na': 'When it does not apply: write why in the "Reason not applicable" column.',
    'wb.note.optional': 'Optional.',
    'wb.note.multi': 'Pick every one that applies: Yes or No in each option row.',
    'wb.note.not-offered':
      'Transactions a year (a number, without thousands separators). ' +
      'Your OPD does not offer this service? Write why in this row\'s "Reason not applicable" column.',
    'wb.ins.title': 'opdm fill-in workbook: {city}, period {period}',
    'wb.ins.city': 'City',
    'wb.ins.period': 'Period',
    'wb.ins.rubric': 'Rubric',
    'wb.ins.opds': 'OPDs',
    'wb.ins.how': 'How to fill it in',
    'wb.ins.1':
      "Each OPD has a sheet of its own (the sheet's name is the OPD's id); " +
      'city-level questions are on sheet "{city}". One row per question.',
    'wb.ins.2':
      'Fill in only the yellow cells: Answer, Reason not applicable, Evidence. ' +
      'The other columns are locked so that opdm can read the workbook back; do not move, sort, ' +
      'insert or delete rows.',
    'wb.ins.3':
      "Choices and yes/no: pick from the cell's list (the arrow beside the cell). " +
      'Help and what each choice means are in the Help column and in the note on the Question cell.',
    'wb.ins.4':
      'Multiple choice ("pick every one that applies"): each option has a row of its own below its question; ' +
      'answer Yes for each option offered, No for the others.',
    'wb.ins.5':
      'Numbers: type the number only, without thousands separators (95000; Excel shows it as 95,000). ' +
      "A service's volume (transactions a year) goes in the row with the service's name.",
    'wb.ins.6':
      'Not applicable: when a question really does not apply to your service, ' +
      'write why in the "Reason not applicable" column (only where the question allows it). ' +
      "A service your OPD does not offer: write why in that column of the service's name row.",
    'wb.ins.7':
      "Services not listed yet: each OPD ends with empty blocks; type the service's name in the Service column, " +
      'then its answers.',
    'wb.ins.8': "Evidence (optional): a link to the service's page, a decree, an SOP or a short note.",
    'wb.ins.back': 'When it is filled in',
    'wb.ins.back-1':
      'Save it as .xlsx (Excel Workbook) and send it back to the coordinator. LibreOffice works too: ' +
      'save as "Excel 2007-365".',
    'wb.ins.back-2':
      'Coordinator: opdm import {file} -o answers.yaml names every cell to fix (e.g. {file}:Sheet!E12); ' +
      'opdm merge joins the files of each OPD into one city file.',
    'import.written':
      'Answers written: {file} ({opds} OPDs, {services} services, completeness {completeness}). Check it with: ' +
      'opdm validate {file}',
    'import.updated':
      'Answers updated in {file} ({opds} OPDs, {services} services from the workbook, ' +
      "completeness {completeness}); the file's comments and order are kept.",
    'import.not-xlsx':
      '{file} is not an .xlsx fill-in workbook: opdm import reads workbooks from opdm init --format xlsx (for ' +
      'YAML files use opdm validate or opdm merge)',
    'merge.written':
      'Merged: {count} files into {file} ({opds} OPDs, {services} services, completeness {completeness}).',
    'merge.one-file': 'opdm merge needs at least two answers files to merge',
    'init.xlsx-needs-file': 'an .xlsx workbook can only be written to a file: add -o kota.xlsx',
    'init.xlsx-written':
      'Workbook written: {file} ({opds} OPDs, {services} services). Send it to the OPDs to fill in, ' +
      'then read it back with: opdm import {file} -o answers.yaml',
    'init.from-needs-xlsx': '--from makes a workbook from an answers file: add --format xlsx -o kota.xlsx',
    'init.xlsx-no-opds':
      'rubric {rubric} has no OPD catalog and there is no --from: make an answers file with your OPDs first, ' +
      'then opdm init --format xlsx --from that file',
    'init.bad-format': '--format "{value}" is not known to opdm init: use yaml or xlsx',
  },
};
