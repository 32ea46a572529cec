import type { Catalog } from './index.js';

/** The words of `opdm explain`: each step of the arithmetic, spelled out. */
export type ExplainKey =
  | 'service.heading'
  | 'opd.heading'
  | 'city.heading'
  | 'volume'
  | 'volume.unknown'
  | 'section'
  | 'section.result'
  | 'section.none'
  | 'question.scored'
  | 'question.weight-zero'
  | 'question.text'
  | 'question.unanswered'
  | 'question.optional'
  | 'question.na'
  | 'question.inapplicable'
  | 'question.multi'
  | 'question.visit'
  | 'question.inherent'
  | 'own.score'
  | 'own.none'
  | 'service.score'
  | 'level'
  | 'level.none'
  | 'visits'
  | 'visits.annual'
  | 'completeness'
  | 'no-visit.true'
  | 'no-visit.false'
  | 'no-visit.null'
  | 'services.mean'
  | 'services.none'
  | 'opds.mean'
  | 'opds.none'
  | 'combined'
  | 'rating'
  | 'weighting.equal'
  | 'weighting.volume';

export const explainMessages: Catalog<ExplainKey> = {
  id: {
    'service.heading': 'Layanan {opd} / {service}: {name}',
    'opd.heading': 'OPD {opd}: {name}',
    'city.heading': 'Kota {city}: {name} ({period})',
    volume: 'Volume tahunan: {volume} transaksi',
    'volume.unknown': 'Volume tahunan: tidak diketahui',
    section: 'Bagian {id} (bobot {weight}):',
    'section.result': '  skor bagian = {formula}',
    'section.none': '  skor bagian = tidak ada (tidak ada jawaban berbobot yang dinilai)',
    'question.scored': '  - {id}: {answer} -> skor {score} x bobot {weight}',
    'question.weight-zero': '  - {id}: {answer} -> bobot 0, tidak dihitung dalam skor',
    'question.text': '  - {id}: teks, tidak dinilai',
    'question.unanswered': '  - {id}: belum dijawab (menurunkan kelengkapan)',
    'question.optional': '  - {id}: belum dijawab (tidak wajib)',
    'question.na': '  - {id}: tidak berlaku ({reason}), keluar dari hitungan',
    'question.inapplicable': '  - {id}: tidak berlaku di sini (syarat `when` tidak terpenuhi)',
    'question.multi': 'min(1; {sum})',
    'question.visit': '      perlu datang ke kantor',
    'question.inherent': '      perlu datang ke kantor (melekat: {basis})',
    'own.score': 'Skor sendiri = ({formula}) x 100 = {value}',
    'own.none': 'Skor sendiri = tidak ada (tidak ada bagian yang bernilai)',
    'service.score': 'Skor layanan = skor sendiri = {value}, dibulatkan {rounded}',
    level: 'Level = terendah dari {levels} = {level} ({label})',
    'level.none': 'Level = tidak diketahui (tidak ada jawaban yang membawa level)',
    visits: 'Kunjungan per transaksi = {count}{list}',
    'visits.annual': 'Kunjungan per tahun = {count} x {volume} = {visits}',
    completeness: 'Kelengkapan = {answered} / {applicable} pertanyaan wajib = {percent}',
    'no-visit.true': 'Tanpa datang ke kantor: ya (0 kunjungan dan semua pertanyaan wajib dijawab)',
    'no-visit.false': 'Tanpa datang ke kantor: tidak ({count} kunjungan per transaksi)',
    'no-visit.null': 'Tanpa datang ke kantor: belum diketahui (0 kunjungan, tetapi jawaban belum lengkap)',
    'services.mean': 'Rata-rata layanan ({weighting}) = {formula} = {value}',
    'services.none': 'Rata-rata layanan = tidak ada (tidak ada layanan bernilai)',
    'opds.mean': 'Rata-rata OPD ({weighting}) = {formula} = {value}',
    'opds.none': 'Rata-rata OPD = tidak ada (tidak ada OPD bernilai)',
    combined: 'Skor = {formula}{value}, dibulatkan {rounded}',
    rating: 'Predikat = {rating} (predikat pertama dengan min <= {value})',
    'weighting.equal': 'bobot sama',
    'weighting.volume': 'dibobot volume',
  },
  en: {
    'service.heading': 'Service {opd} / {service}: {name}',
    'opd.heading': 'OPD {opd}: {name}',
    'city.heading': 'City {city}: {name} ({period})',
    volume: 'Annual volume: {volume} transactions',
    'volume.unknown': 'Annual volume: unknown',
    section: 'Section {id} (weight {weight}):',
    'section.result': '  section score = {formula}',
    'section.none': '  section score = none (no weighted scored answer)',
    'question.scored': '  - {id}: {answer} -> score {score} x weight {weight}',
    'question.weight-zero': '  - {id}: {answer} -> weight 0, not counted in the score',
    'question.text': '  - {id}: text, not scored',
    'question.unanswered': '  - {id}: not answered (lowers completeness)',
    'question.optional': '  - {id}: not answered (optional)',
    'question.na': '  - {id}: not applicable ({reason}), left out',
    'question.inapplicable': '  - {id}: does not apply here (its `when` does not hold)',
    'question.multi': 'min(1, {sum})',
    'question.visit': '      needs an office visit',
    'question.inherent': '      needs an office visit (inherent: {basis})',
    'own.score': 'Own score = ({formula}) x 100 = {value}',
    'own.none': 'Own score = none (no section has a score)',
    'service.score': 'Service score = own score = {value}, rounded {rounded}',
    level: 'Level = lowest of {levels} = {level} ({label})',
    'level.none': 'Level = unknown (no answer carries a level)',
    visits: 'Visits per transaction = {count}{list}',
    'visits.annual': 'Annual visits = {count} x {volume} = {visits}',
    completeness: 'Completeness = {answered} / {applicable} required questions = {percent}',
    'no-visit.true': 'No office visit needed: yes (0 visits and every required question answered)',
    'no-visit.false': 'No office visit needed: no ({count} visit(s) per transaction)',
    'no-visit.null': 'No office visit needed: unknown (0 visits, but the answers are incomplete)',
    'services.mean': 'Mean of services ({weighting}) = {formula} = {value}',
    'services.none': 'Mean of services = none (no service has a score)',
    'opds.mean': 'Mean of OPDs ({weighting}) = {formula} = {value}',
    'opds.none': 'Mean of OPDs = none (no OPD has a score)',
    combined: 'Score = {formula}{value}, rounded {rounded}',
    rating: 'Rating = {rating} (the first rating with min <= {value})',
    'weighting.equal': 'equal weights',
    'weighting.volume': 'weighted by volume',
  },
};
