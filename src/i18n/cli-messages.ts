import type { Catalog } from './index.js';

/** Command help, usage errors, gates and the error frame: what the CLI itself says. */
export type CliMessageKey =
  | 'program.description'
  | 'opt.rubric'
  | 'opt.format'
  | 'opt.output'
  | 'opt.lang'
  | 'opt.no-color'
  | 'opt.debug'
  | 'opt.delimiter'
  | 'opt.fail-under'
  | 'opt.require-complete'
  | 'opt.baseline'
  | 'opt.tolerance'
  | 'opt.top'
  | 'opt.opd'
  | 'opt.service'
  | 'cmd.validate'
  | 'cmd.score'
  | 'cmd.gap'
  | 'cmd.explain'
  | 'cmd.rubric'
  | 'cmd.rubric.validate'
  | 'cmd.rubric.show'
  | 'cmd.rubric.list'
  | 'arg.answers'
  | 'usage.unknown-option'
  | 'usage.unknown-command'
  | 'usage.missing-argument'
  | 'usage.option-missing-argument'
  | 'usage.invalid-argument'
  | 'usage.excess-arguments'
  | 'usage.other'
  | 'usage.hint'
  | 'usage.bad-format'
  | 'usage.bad-number'
  | 'usage.rubric-typo'
  | 'usage.needs-option'
  | 'usage.decimal-comma'
  | 'usage.score-range'
  | 'usage.bad-lang'
  | 'usage.bad-delimiter'
  | 'usage.binary-to-tty'
  | 'usage.no-answers-in-folder'
  | 'usage.opd-not-found'
  | 'usage.service-not-found'
  | 'usage.explain-target'
  | 'usage.one-file'
  | 'usage.rubric-not-found'
  | 'usage.format-one-city'
  | 'issues.summary'
  | 'issues.warning'
  | 'gate.fail-under'
  | 'gate.incomplete'
  | 'gate.regression-city'
  | 'gate.regression-opd'
  | 'gate.baseline-other-city'
  | 'gate.failed'
  | 'gate.passed'
  | 'validate.ok'
  | 'rubric.ok'
  | 'written'
  | 'bug'
  | 'cmd.compare'
  | 'arg.compare'
  | 'cmd.init'
  | 'arg.init-file'
  | 'opt.opds'
  | 'opt.city-id'
  | 'opt.city-name'
  | 'opt.province'
  | 'opt.period'
  | 'opt.force'
  | 'opt.init-format'
  | 'opt.from'
  | 'opt.import-complete'
  | 'cmd.import'
  | 'arg.workbook'
  | 'cmd.merge'
  | 'arg.merge'
  | 'cmd.assess'
  | 'arg.assess-file'
  | 'opt.review'
  | 'help.usage'
  | 'help.options'
  | 'help.commands'
  | 'help.arguments'
  | 'help.global-options'
  | 'help.default'
  | 'help.options-token'
  | 'help.command-token'
  | 'opt.help'
  | 'opt.help-command'
  | 'opt.version'
  | 'usage.available'
  | 'usage.folder-missing'
  | 'usage.not-negative'
  | 'usage.whole-number'
  | 'usage.baseline-twice'
  | 'usage.did-you-mean'
  | 'usage.explain-both'
  | 'cancelled';

export const cliMessages: Catalog<CliMessageKey> = {
  id: {
    'program.description': 'Ukur kematangan digital layanan OPD dan jarak kota ke "tanpa datang ke kantor".',
    'opt.rubric': 'berkas rubrik (bawaan: rubrik yang disebut berkas jawaban)',
    'opt.format': 'format keluaran: {formats}',
    'opt.output': 'tulis ke berkas ini (atomik) alih-alih ke layar',
    'opt.lang': 'bahasa: id (bawaan) atau en',
    'opt.no-color': 'tanpa warna',
    'opt.debug': 'tampilkan jejak tumpukan (stack) bila terjadi bug',
    'opt.delimiter': 'pemisah CSV: "," atau ";" (Excel dengan pengaturan Indonesia)',
    'opt.fail-under': 'gagal (kode 1) bila skor kota di bawah nilai ini',
    'opt.require-complete': 'gagal (kode 1) bila ada pertanyaan wajib yang belum dijawab',
    'opt.baseline': 'laporan JSON sebelumnya; gagal bila skor kota atau OPD turun',
    'opt.tolerance': 'penurunan yang masih diterima terhadap --baseline, dalam poin (bawaan: 0)',
    'opt.top': 'tampilkan N tindakan teratas',
    'opt.opd': 'hanya OPD ini (id)',
    'opt.service': 'layanan: OPD/LAYANAN (id)',
    'cmd.validate': 'periksa berkas jawaban terhadap rubriknya',
    'cmd.score': 'hitung skor kota, tiap OPD dan tiap layanan (beberapa berkas atau folder: peringkat kota)',
    'cmd.gap': 'jarak ke "tanpa kunjungan ke kantor": angka utama dan tindakan yang paling banyak menghapus kunjungan',
    'cmd.explain': 'uraikan hitungan di balik satu skor, langkah demi langkah',
    'cmd.rubric': 'periksa, tampilkan, atau daftar rubrik',
    'cmd.rubric.validate': 'periksa berkas rubrik',
    'cmd.rubric.show': 'tampilkan rubrik (id bawaan atau berkas)',
    'cmd.rubric.list': 'daftar rubrik bawaan',
    'arg.answers': 'berkas jawaban (YAML) atau folder',
    'usage.unknown-option': 'opsi {name} tidak dikenal',
    'usage.unknown-command': 'perintah {name} tidak dikenal',
    'usage.missing-argument': 'argumen {name} belum diberikan',
    'usage.option-missing-argument': 'opsi {name} perlu nilai',
    'usage.invalid-argument': 'nilai tidak sah: {detail}',
    'usage.excess-arguments': 'terlalu banyak argumen',
    'usage.other': '{detail}',
    'usage.hint': 'lihat "opdm {command} --help"',
    'usage.bad-format': 'format "{value}" tidak tersedia di sini; pilih salah satu: {allowed}',
    'usage.bad-number': '{option} perlu angka, bukan "{value}"',
    'usage.needs-option': '{option} hanya berarti bersama {needs}; tambahkan {needs} LAPORAN.json atau hapus {option}',
    'usage.rubric-typo':
      'rubrik "{id}" bukan rubrik bawaan; maksud Anda "{suggestion}"? Perbaiki baris rubric: di {file}',
    'usage.decimal-comma': '{option} memakai titik sebagai tanda desimal: tulis {fixed}, bukan {value}',
    'usage.score-range': '{option} adalah skor dari 0 sampai 100, bukan {value}',
    'usage.bad-lang': 'bahasa "{value}" tidak tersedia; pilih id atau en',
    'usage.bad-delimiter': 'pemisah "{value}" tidak tersedia; pilih "," atau ";"',
    'usage.binary-to-tty':
      'format {format} tidak bisa ditampilkan di terminal; tulis ke berkas dengan -o laporan.{format}',
    'usage.no-answers-in-folder': 'folder {folder} tidak berisi berkas *.yaml atau *.yml',
    'usage.opd-not-found': 'OPD "{id}" tidak ada di {file}{suggestion}',
    'usage.service-not-found': 'layanan "{id}" tidak ada di {file}{suggestion}',
    'usage.explain-target': 'sebutkan --service OPD/LAYANAN atau --opd OPD',
    'usage.one-file': 'perintah ini memerlukan tepat satu berkas jawaban',
    'usage.rubric-not-found': 'rubrik "{id}" tidak ada di antara rubrik bawaan ({known}); berikan --rubric BERKAS',
    'usage.format-one-city':
      'format {format} hanya untuk satu kota; untuk beberapa kota pakai table, md, csv atau json',
    'issues.summary': '{errors} galat, {warnings} peringatan',
    'issues.warning': 'peringatan',
    'gate.fail-under': '{file}: skor kota {score} di bawah --fail-under {limit}',
    'gate.incomplete':
      '{file}: {missing} pertanyaan wajib belum dijawab (kelengkapan {completeness}) di {where}; lengkapi jawabannya (--require-complete)',
    'gate.regression-city': '{file}: skor kota turun {drop} poin ({before} -> {after}), melebihi toleransi {tolerance}',
    'gate.regression-opd':
      '{file}: skor OPD {opd} turun {drop} poin ({before} -> {after}), melebihi toleransi {tolerance}',
    'gate.baseline-other-city':
      'baseline adalah laporan kota "{baseline}", bukan "{city}"; pakai laporan kota yang sama',
    'gate.failed': 'gerbang CI gagal: {count}',
    'gate.passed': 'semua gerbang CI lolos',
    'validate.ok': '{file}: sah ({opds} OPD, {services} layanan, kelengkapan {completeness})',
    'rubric.ok': '{file}: rubrik {id}@{version} sah ({questions} pertanyaan)',
    written: 'ditulis: {file}',
    bug: 'opdm mengalami bug (bukan kesalahan Anda): {message}. Jalankan lagi dengan --debug dan laporkan keluarannya.',
    'cmd.compare': 'bandingkan dua kota (atau dua periode): siapa unggul di mana, dan apa yang bisa dipelajari',
    'arg.compare': 'berkas jawaban atau laporan JSON',
    'cmd.init': 'tulis templat berkas jawaban dari rubrik dan katalognya, siap diisi di editor',
    'arg.init-file': 'berkas jawaban yang akan ditulis (bawaan: ke layar)',
    'opt.opds': 'hanya OPD ini (id, bisa lebih dari satu)',
    'opt.city-id': 'id kota, mis. kota-bandung',
    'opt.city-name': 'nama kota, mis. "Kota Bandung"',
    'opt.province': 'nama provinsi',
    'opt.period': 'periode penilaian, mis. 2026',
    'opt.force': 'timpa berkas yang sudah ada',
    'opt.init-format': 'yaml (templat berkas jawaban, bawaan) atau xlsx (lembar isian Excel untuk OPD, perlu -o)',
    'opt.from': 'isi lembar isian xlsx dengan jawaban dari berkas ini (untuk ditinjau atau dimutakhirkan)',
    'opt.import-complete':
      'jawaban wajib yang masih kosong adalah kesalahan: sebut tiap selnya dan jangan tulis berkas',
    'cmd.import': 'baca lembar isian xlsx yang sudah diisi menjadi berkas jawaban (atau perbarui berkas yang ada)',
    'arg.workbook': 'lembar isian .xlsx dari opdm init --format xlsx',
    'cmd.merge':
      'gabungkan berkas jawaban per OPD menjadi satu berkas kota; jawaban yang berbeda disebut sebagai konflik',
    'arg.merge': 'berkas jawaban yang digabung (paling sedikit dua)',
    'cmd.assess': 'penilaian interaktif: ajukan pertanyaan rubrik dan simpan tiap jawaban seketika',
    'arg.assess-file': 'berkas jawaban yang dibuat atau dilanjutkan',
    'opt.review': 'tanyakan lagi semua pertanyaan, dengan jawaban sekarang terpilih',
    'help.usage': 'Penggunaan:',
    'help.options': 'Opsi:',
    'help.commands': 'Perintah:',
    'help.arguments': 'Argumen:',
    'help.global-options': 'Opsi global:',
    'help.default': 'bawaan: {value}',
    'help.options-token': '[opsi]',
    'help.command-token': '[perintah]',
    'opt.help': 'tampilkan bantuan perintah ini',
    'opt.help-command': 'tampilkan bantuan sebuah perintah',
    'opt.version': 'tampilkan nomor versi',
    'usage.available': 'yang ada: {ids}',
    'usage.folder-missing': 'folder {folder} tidak ditemukan: periksa nama dan letaknya',
    'usage.not-negative': '{option} tidak boleh negatif ("{value}"); pakai 0 atau lebih',
    'usage.whole-number': '{option} perlu bilangan bulat 1 atau lebih, bukan "{value}"',
    'usage.baseline-twice': 'baseline memuat kota "{id}" dua kali; pakai satu laporan per kota',
    'usage.did-you-mean': '; maksud Anda {suggestion}?',
    'usage.explain-both': 'sebutkan --service OPD/LAYANAN atau --opd OPD, tidak keduanya',
    cancelled: 'dihentikan',
  },
  en: {
    'program.description':
      'Measure how digitised OPD services are, and how far the city is from "no office visit needed".',
    'opt.rubric': 'rubric file (default: the rubric the answers file names)',
    'opt.format': 'output format: {formats}',
    'opt.output': 'write to this file (atomically) instead of the screen',
    'opt.lang': 'language: id (default) or en',
    'opt.no-color': 'no colour',
    'opt.debug': 'show the stack trace when a bug happens',
    'opt.delimiter': 'CSV separator: "," or ";" (Excel with Indonesian settings)',
    'opt.fail-under': 'fail (exit 1) when the city score is below this',
    'opt.require-complete': 'fail (exit 1) when a required question is unanswered',
    'opt.baseline': 'an earlier report JSON; fail when the city or an OPD score drops',
    'opt.tolerance': 'the drop still accepted against --baseline, in points (default: 0)',
    'opt.top': 'show the top N actions',
    'opt.opd': 'only this OPD (id)',
    'opt.service': 'the service: OPD/SERVICE (ids)',
    'cmd.validate': 'check answers files against their rubric',
    'cmd.score': 'score the city, each OPD and each service (several files or a folder: a ranking of cities)',
    'cmd.gap': 'the distance to "no office visit needed": headline figures and the actions that save the most visits',
    'cmd.explain': 'show the arithmetic behind one score, step by step',
    'cmd.rubric': 'check, show or list rubrics',
    'cmd.rubric.validate': 'check rubric files',
    'cmd.rubric.show': 'show a rubric (a bundled id or a file)',
    'cmd.rubric.list': 'list the bundled rubrics',
    'arg.answers': 'answers files (YAML) or folders',
    'usage.unknown-option': 'unknown option {name}',
    'usage.unknown-command': 'unknown command {name}',
    'usage.missing-argument': 'missing argument {name}',
    'usage.option-missing-argument': 'option {name} needs a value',
    'usage.invalid-argument': 'invalid value: {detail}',
    'usage.excess-arguments': 'too many arguments',
    'usage.other': '{detail}',
    'usage.hint': 'see "opdm {command} --help"',
    'usage.bad-format': 'format "{value}" is not available here; choose one of: {allowed}',
    'usage.bad-number': '{option} needs a number, not "{value}"',
    'usage.needs-option': '{option} only means something with {needs}; add {needs} REPORT.json or drop {option}',
    'usage.rubric-typo':
      'rubric "{id}" is not a bundled rubric; did you mean "{suggestion}"? Fix the rubric: line of {file}',
    'usage.decimal-comma': '{option} takes a decimal point: write {fixed}, not {value}',
    'usage.score-range': '{option} is a score from 0 to 100, not {value}',
    'usage.bad-lang': 'language "{value}" is not available; choose id or en',
    'usage.bad-delimiter': 'separator "{value}" is not available; choose "," or ";"',
    'usage.binary-to-tty': 'format {format} cannot be shown in a terminal; write it to a file with -o report.{format}',
    'usage.no-answers-in-folder': 'folder {folder} holds no *.yaml or *.yml files',
    'usage.opd-not-found': 'OPD "{id}" is not in {file}{suggestion}',
    'usage.service-not-found': 'service "{id}" is not in {file}{suggestion}',
    'usage.explain-target': 'name --service OPD/SERVICE or --opd OPD',
    'usage.one-file': 'this command takes exactly one answers file',
    'usage.rubric-not-found': 'rubric "{id}" is not among the bundled rubrics ({known}); pass --rubric FILE',
    'usage.format-one-city': 'format {format} is for one city; for several cities use table, md, csv or json',
    'issues.summary': '{errors} error(s), {warnings} warning(s)',
    'issues.warning': 'warning',
    'gate.fail-under': '{file}: city score {score} is below --fail-under {limit}',
    'gate.incomplete':
      '{file}: {missing} required question(s) unanswered (completeness {completeness}) in {where}; complete the answers (--require-complete)',
    'gate.regression-city':
      '{file}: city score dropped {drop} points ({before} -> {after}), more than the tolerance {tolerance}',
    'gate.regression-opd':
      '{file}: OPD {opd} score dropped {drop} points ({before} -> {after}), more than the tolerance {tolerance}',
    'gate.baseline-other-city':
      'the baseline is a report of city "{baseline}", not "{city}"; use a report of the same city',
    'gate.failed': 'CI gate failed: {count}',
    'gate.passed': 'all CI gates passed',
    'validate.ok': '{file}: valid ({opds} OPDs, {services} services, completeness {completeness})',
    'rubric.ok': '{file}: rubric {id}@{version} is valid ({questions} questions)',
    written: 'written: {file}',
    bug: 'opdm hit a bug (not your mistake): {message}. Run again with --debug and report the output.',
    'cmd.compare': 'compare two cities (or two periods): who is ahead where, and what each can learn',
    'arg.compare': 'answers file or report JSON',
    'cmd.init': 'write an answers template from a rubric and its catalog, ready to fill in an editor',
    'arg.init-file': 'the answers file to write (default: the screen)',
    'opt.opds': 'only these OPDs (ids, one or more)',
    'opt.city-id': "the city's id, e.g. kota-bandung",
    'opt.city-name': 'the city\'s name, e.g. "Kota Bandung"',
    'opt.province': "the province's name",
    'opt.period': 'the assessment period, e.g. 2026',
    'opt.force': 'overwrite an existing file',
    'opt.init-format':
      'yaml (an answers template, the default) or xlsx (an Excel workbook for OPDs to fill in, needs -o)',
    'opt.from': "fill the xlsx workbook with the answers of this file (for review or next year's update)",
    'opt.import-complete': 'a required answer still empty is an error: name each cell and write nothing',
    'cmd.import': 'read a filled-in xlsx workbook into an answers file (or update an existing one)',
    'arg.workbook': 'the .xlsx workbook from opdm init --format xlsx',
    'cmd.merge': 'merge per-OPD answers files into one city file; answers that differ are named as conflicts',
    'arg.merge': 'the answers files to merge (at least two)',
    'cmd.assess': "interactive assessment: ask the rubric's questions and save each answer at once",
    'arg.assess-file': 'the answers file to create or continue',
    'opt.review': 'ask every question again, with the current answer preselected',
    'help.usage': 'Usage:',
    'help.options': 'Options:',
    'help.commands': 'Commands:',
    'help.arguments': 'Arguments:',
    'help.global-options': 'Global Options:',
    'help.default': 'default: {value}',
    'help.options-token': '[options]',
    'help.command-token': '[command]',
    'opt.help': 'display help for the command',
    'opt.help-command': 'display help for a command',
    'opt.version': 'output the version number',
    'usage.available': 'there are: {ids}',
    'usage.folder-missing': 'folder {folder} not found: check its name and place',
    'usage.not-negative': '{option} cannot be negative ("{value}"); use 0 or more',
    'usage.whole-number': '{option} needs a whole number of 1 or more, not "{value}"',
    'usage.baseline-twice': 'the baseline holds city "{id}" twice; use one report per city',
    'usage.did-you-mean': '; did you mean {suggestion}?',
    'usage.explain-both': 'name --service OPD/SERVICE or --opd OPD, not both',
    cancelled: 'stopped',
  },
};
