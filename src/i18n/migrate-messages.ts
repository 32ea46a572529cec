import type { Catalog } from './index.js';

/** What `opdm migrate` says: the summary, what to answer again or check, and its usage errors. */
const migrateId = {
  'migrate.done': '{file}: dimigrasikan dari {from} ke {to}.',
  'migrate.up-to-date': '{file} sudah untuk {rubric}, versi terbaru rubrik bawaan: tidak ada yang perlu dimigrasikan.',
  'migrate.not-bundled':
    '{file} memakai rubrik "{rubric}", yang bukan rubrik bawaan opdm: migrasi hanya tersedia untuk rubrik bawaan',
  'migrate.no-data':
    'tidak ada data migrasi {rubric} dari versi mayor {from} ke {to}: jawab ulang dengan opdm init atau opdm assess',
  'migrate.answer-again': 'Jawab lagi ({n}):',
  'migrate.new-questions': 'Pertanyaan baru yang wajib dijawab ({n}):',
  'migrate.check': 'Periksa ({n}):',
  'migrate.catalog': 'Perubahan katalog ({n}):',
  'migrate.new-question-line': '{question} ({count} {scope}): {reason}',
  'migrate.invalid-after': 'jawaban ini tidak sah di {rubric}: {message}',
  'migrate.next': 'Lalu: opdm validate {file}',
  'migrate.to-stdout':
    'Berkas hasil migrasi ditulis ke layar; simpan dengan -o BERKAS-BARU.yaml (berkas asal tidak diubah).',
  'scope.service': 'layanan',
  'scope.opd': 'OPD',
  'scope.city': 'kota',
} as const;

/** A message of this catalog: its keys are those of the Indonesian texts. */
export type MigrateMessageKey = keyof typeof migrateId;

export const migrateMessages: Catalog<MigrateMessageKey> = {
  id: migrateId,
  en: {
    'migrate.done': '{file}: migrated from {from} to {to}.',
    'migrate.up-to-date': '{file} is already for {rubric}, the newest bundled version: nothing to migrate.',
    'migrate.not-bundled':
      '{file} uses rubric "{rubric}", which is not bundled with opdm: migration is only available for bundled rubrics',
    'migrate.no-data':
      'no migration data for {rubric} from major version {from} to {to}: answer again with opdm init or opdm assess',
    'migrate.answer-again': 'Answer again ({n}):',
    'migrate.new-questions': 'New questions to answer ({n}):',
    'migrate.check': 'Check ({n}):',
    'migrate.catalog': 'Catalog changes ({n}):',
    'migrate.new-question-line': '{question} ({count} {scope}): {reason}',
    'migrate.invalid-after': 'this answer is not valid in {rubric}: {message}',
    'migrate.next': 'Then: opdm validate {file}',
    'migrate.to-stdout':
      'The migrated file went to the screen; save it with -o NEW-FILE.yaml (the original is not changed).',
    'scope.service': 'services',
    'scope.opd': 'OPDs',
    'scope.city': 'city',
  },
};
