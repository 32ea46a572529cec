/**
 * Messages for problems with reading and writing files (src/io). Keys are the issue codes;
 * each text says what is wrong and what to do, and its `{name}` placeholders match the params.
 * The CLI prints them after `file:line:col`, so they do not repeat the file name.
 */
import type { Catalog } from './index.js';

export const IO_MESSAGE_KEYS = [
  'file.missing',
  'file.is-directory',
  'file.unreadable',
  'file.link-loop',
  'file.not-regular',
  'file.too-large',
  'file.too-large-stream',
  'file.binary',
  'file.empty',
  'file.not-mapping',
  'file.wrong-kind',
  'number.thousands-separator',
  'yaml.syntax',
  'json.syntax',
  'yaml.tab-indent',
  'yaml.merge-key',
  'yaml.duplicate-key',
  'yaml.alias-limit',
  'yaml.alias-cycle',
  'yaml.unknown-alias',
  'yaml.unsafe-key',
  'yaml.complex-key',
  'yaml.multiple-documents',
  'yaml.too-deep',
  'yaml.imprecise-number',
  'yaml.warning',
  'output.is-input',
  'output.no-dir',
  'output.is-directory',
  'output.link-loop',
  'output.not-regular',
  'output.fifo-no-reader',
  'output.unwritable',
  'output.locked',
  'output.locked-unknown',
  'issues.more',
] as const;
export type IoMessageKey = (typeof IO_MESSAGE_KEYS)[number];

export const ioMessages: Catalog<IoMessageKey> = {
  id: {
    'file.missing': 'berkas tidak ditemukan: periksa nama dan foldernya',
    'file.is-directory': 'ini sebuah folder, bukan berkas: berikan path ke berkas di dalamnya',
    'file.unreadable': 'berkas tidak dapat dibaca ({reason}): periksa izin aksesnya',
    'file.link-loop':
      'tautan simbolik ini berputar (menunjuk ke dirinya sendiri lewat tautan lain): ' +
      'arahkan tautannya ke berkas yang sebenarnya',
    'file.not-regular':
      'ini sebuah {found}, bukan berkas biasa; opdm hanya membaca berkas (atau stdin lewat /dev/stdin): ' +
      'berikan path ke berkasnya',
    'file.too-large': 'berkas terlalu besar ({size} MB, batas {limit} MB): periksa apakah ini berkas yang benar',
    'file.too-large-stream':
      'masukan dari pipe lebih dari batas {limit} MB: periksa apakah ini masukan yang benar, ' +
      'atau simpan dulu sebagai berkas',
    'file.binary':
      'bukan teks UTF-8 (berkas biner, atau encoding lain seperti UTF-16): simpan ulang sebagai teks UTF-8',
    'file.empty': 'berkas kosong (hanya spasi atau komentar): isi berkas ini, mulai dari contoh',
    'file.not-mapping':
      'isi teratas berupa {found}, padahal harus mapping (baris `kunci: nilai`): ' +
      'mulai berkas dengan kunci-kunci teratasnya',
    'file.wrong-kind': 'berkas ini adalah {found}, bukan {expected}: periksa berkas mana yang diberikan di sini',
    'number.thousands-separator':
      '{text}: di YAML titik dan koma bukan pemisah ribuan, jadi angka ini terbaca salah (95.000 terbaca 95); ' +
      'tulis {fixed}',
    'yaml.syntax': 'YAML tidak valid ({message}): perbaiki penulisan di posisi ini',
    'json.syntax': 'JSON tidak valid ({message}): perbaiki penulisan di posisi ini, atau buat ulang laporannya',
    'yaml.tab-indent': 'tab dipakai untuk indentasi; YAML memerlukan spasi: ganti tab dengan spasi',
    'yaml.merge-key':
      'kunci gabungan YAML `<<` tidak didukung (opdm membaca YAML 1.2, tanpa merge): ' +
      'tulis kunci-kuncinya langsung di mapping ini',
    'yaml.duplicate-key': 'kunci "{key}" muncul dua kali dalam mapping yang sama: hapus atau gabungkan salah satunya',
    'yaml.alias-limit':
      'terlalu banyak alias YAML (lebih dari {limit} perluasan): tulis nilainya langsung, tanpa alias bertingkat',
    'yaml.alias-cycle': 'alias *{alias} merujuk ke dirinya sendiri: tulis nilainya langsung',
    'yaml.unknown-alias': 'alias *{alias} tidak punya anchor &{alias} sebelumnya: definisikan anchor-nya dulu',
    'yaml.unsafe-key': 'kunci "{key}" tidak diizinkan (berbahaya bagi program): ganti namanya',
    'yaml.complex-key': 'kunci berupa list atau mapping tidak didukung: gunakan teks biasa sebagai kunci',
    'yaml.multiple-documents':
      'berkas berisi lebih dari satu dokumen YAML (---): simpan tiap dokumen di berkas sendiri',
    'yaml.too-deep': 'struktur bersarang terlalu dalam (lebih dari {limit} tingkat): sederhanakan strukturnya',
    'yaml.imprecise-number':
      'angka {text} terlalu besar untuk disimpan persis: gunakan angka yang lebih kecil, ' +
      'atau beri tanda kutip jika ini teks',
    'yaml.warning': 'peringatan YAML ({message}): periksa penulisan di posisi ini',
    'output.is-input': 'berkas keluaran sama dengan berkas masukan {file}: pilih nama lain agar masukan tidak tertimpa',
    'output.locked':
      'berkas ini sedang dibuka oleh opdm assess: pid {pid} di {host}, pengguna {user}, sejak {since}. ' +
      'Selesaikan sesi itu dulu, lalu jalankan lagi; bila sesi itu sudah tidak berjalan, hapus {lock}',
    'output.locked-unknown':
      'berkas ini dikunci oleh sesi opdm assess, tetapi {lock} tidak terbaca: ' +
      'bila tidak ada sesi yang berjalan, hapus {lock}',
    'output.no-dir': 'folder {dir} tidak ada: buat foldernya dulu atau pilih folder lain',
    'output.is-directory': 'keluaran menunjuk ke sebuah folder: berikan nama berkas di dalamnya',
    'output.link-loop':
      'keluaran adalah tautan simbolik yang berputar (menunjuk ke dirinya sendiri): ' +
      'arahkan tautannya ke berkas, atau pilih nama lain',
    'output.not-regular':
      'keluaran adalah sebuah {found}; opdm menulis ke berkas biasa, perangkat karakter (/dev/null, terminal) ' +
      'atau FIFO: pilih berkas lain',
    'output.fifo-no-reader':
      'keluaran adalah FIFO yang tidak sedang dibaca siapa pun: jalankan pembacanya dulu, atau tulis ke berkas',
    'output.unwritable': 'berkas keluaran tidak dapat ditulis ({reason}): periksa izin dan ruang disk',
    'issues.more':
      '... dan {count} masalah lain di berkas ini, tidak ditampilkan: ' +
      'perbaiki yang di atas dulu (sering satu kesalahan yang berulang), lalu jalankan lagi',
  },
  en: {
    'file.missing': 'file not found: check the name and the folder',
    'file.is-directory': 'this is a folder, not a file: give the path of a file inside it',
    'file.unreadable': 'file cannot be read ({reason}): check its permissions',
    'file.link-loop':
      'this symbolic link goes round in a loop (it leads back to itself through other links): ' +
      'point it at the real file',
    'file.not-regular':
      'this is a {found}, not a regular file; opdm reads files (or stdin as /dev/stdin): give the path of the file',
    'file.too-large': 'file too large ({size} MB, limit {limit} MB): check that this is the right file',
    'file.too-large-stream':
      'more than the limit of {limit} MB came through the pipe: check that this is the right input, ' +
      'or save it as a file first',
    'file.binary': 'not UTF-8 text (a binary file, or another encoding such as UTF-16): save it again as UTF-8 text',
    'file.empty': 'file is empty (only whitespace or comments): fill it in, starting from an example',
    'file.not-mapping':
      'the top level is a {found}, but must be a mapping (`key: value` lines): start the file with its top-level keys',
    'file.wrong-kind': 'this file is {found}, not {expected}: check which file is given here',
    'number.thousands-separator':
      '{text}: YAML has no thousands separators, so this number reads wrong (95.000 reads as 95); write {fixed}',
    'yaml.syntax': 'invalid YAML ({message}): fix the text at this position',
    'json.syntax': 'invalid JSON ({message}): fix the text at this position, or make the report again',
    'yaml.tab-indent': 'tab used for indentation; YAML needs spaces: replace the tab with spaces',
    'yaml.merge-key':
      'the YAML merge key `<<` is not supported (opdm reads YAML 1.2, without merges): ' +
      'write the keys out in this mapping',
    'yaml.duplicate-key': 'key "{key}" appears twice in the same mapping: remove or merge one of them',
    'yaml.alias-limit':
      'too many YAML aliases (more than {limit} expansions): write the values out instead of nesting aliases',
    'yaml.alias-cycle': 'alias *{alias} refers to itself: write the value out instead',
    'yaml.unknown-alias': 'alias *{alias} has no anchor &{alias} before it: define the anchor first',
    'yaml.unsafe-key': 'key "{key}" is not allowed (unsafe for programs): rename it',
    'yaml.complex-key': 'a list or mapping used as a key is not supported: use plain text as the key',
    'yaml.multiple-documents': 'the file holds more than one YAML document (---): keep each in its own file',
    'yaml.too-deep': 'nesting too deep (more than {limit} levels): flatten the structure',
    'yaml.imprecise-number':
      'number {text} is too large to keep exactly: use a smaller number, or quote it if it is text',
    'yaml.warning': 'YAML warning ({message}): check the text at this position',
    'output.is-input': 'the output is the input file {file}: choose another name so the input is not overwritten',
    'output.locked':
      'this file is open in opdm assess: pid {pid} on {host}, user {user}, since {since}. ' +
      'Finish that session first, then run this again; if it is no longer running, delete {lock}',
    'output.locked-unknown':
      'this file is locked by an opdm assess session, but {lock} cannot be read: ' +
      'if no session is running, delete {lock}',
    'output.no-dir': 'folder {dir} does not exist: create it first or choose another folder',
    'output.is-directory': 'the output is a folder: give the name of a file inside it',
    'output.link-loop':
      'the output is a symbolic link that goes round in a loop (it leads back to itself): point it at a file, ' +
      'or choose another name',
    'output.not-regular':
      'the output is a {found}; opdm writes to regular files, character devices (/dev/null, a terminal) ' +
      'and FIFOs: choose another file',
    'output.fifo-no-reader': 'the output is a FIFO that nobody reads: start its reader first, or write to a file',
    'output.unwritable': 'the output cannot be written ({reason}): check permissions and disk space',
    'issues.more':
      '... and {count} more problems in this file, not shown: fix the ones above first (often one mistake ' +
      'repeated), then run again',
  },
};

/**
 * What the `yaml` parser's complaints (its error codes) mean, for a reader of Bahasa Indonesia:
 * they replace the parser's English detail in `yaml.syntax` and `yaml.warning`. In English the
 * parser's own message is shown, which says more.
 */
export const YAML_PARSER_DETAILS_ID: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'alias tidak boleh diberi anchor atau tag',
  BAD_ALIAS: 'alias tidak sah',
  BAD_COLLECTION_TYPE: 'jenis list atau mapping tidak cocok dengan tag-nya',
  BAD_DIRECTIVE: 'direktif YAML, baris yang diawali %, tidak sah',
  BAD_DQ_ESCAPE: 'escape \\... tidak sah di dalam teks bertanda kutip ganda',
  BAD_INDENT: 'indentasi, yaitu spasi di awal baris, tidak sesuai',
  BAD_PROP_ORDER: 'anchor dan tag dalam urutan yang salah',
  BAD_SCALAR_START: 'nilai tidak boleh diawali karakter ini; beri tanda kutip',
  BLOCK_AS_IMPLICIT_KEY: 'blok tidak boleh menjadi kunci',
  BLOCK_IN_FLOW: 'blok tidak boleh berada di dalam [ ] atau { }',
  DUPLICATE_KEY: 'kunci yang sama muncul dua kali',
  IMPOSSIBLE: 'struktur yang tidak mungkin',
  MISSING_CHAR: 'penutup tanda kutip, ] atau } hilang',
  MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh lebih dari satu baris',
  MULTIPLE_ANCHORS: 'satu nilai diberi lebih dari satu anchor',
  MULTIPLE_TAGS: 'satu nilai diberi lebih dari satu tag',
  NON_STRING_KEY: 'kunci harus berupa teks',
  TAG_RESOLVE_FAILED: 'tag tidak dikenal',
  UNEXPECTED_TOKEN: 'ada teks yang tidak diharapkan di sini',
};
