// KPI rules: which way is better, the provisional target and the range of values accepted as input.
// Pure, runs on server and client. The registry (shared/data/opds.json) states none of these, so
// they are derived from each KPI's id, label and unit; explicit fields on a definition override them.
//
// Direction, first match wins:
// 1. higher — the label names work done even if a "lower" word appears: serapan, realisasi, capaian,
//    cakupan, tindak lanjut, penyelamatan, …ditangani/diperbaiki/dijangkau, selesai ("RTLH diperbaiki",
//    "Penyelamatan non-kebakaran").
// 2. neutral — describes the city, not performance, so it is shown but never graded: budget ceilings
//    (Pagu…, Anggaran), targets themselves (Target pendapatan), Jumlah KK/RT/RW/ASN, Kelurahan,
//    Kecamatan, Anggota DPRD, Luas wilayah, and prices (Harga…, units Rp/kg). Prices are neutral, not
//    lower: they are market outcomes the OPDs monitor rather than control, a falling price hurts
//    farmers and fishers, and price stability is graded through inflasi. Weather (suhu, kelembapan,
//    tutupan awan, curah hujan; unit °C) is neutral too: BPBD reports it, nobody is graded on it.
// 3. lower — problems and burdens: kasus, aduan, stunting, kemiskinan, pengangguran, inflasi,
//    kebakaran, banjir, genangan, pengungsi(an), kekerasan, kumuh, belum bersertifikat, waktu tanggap
//    and durations (units menit/jam/hari), antrean, ISPU, RTLH, NRW/kehilangan air, sampah masuk TPA.
// 4. higher — everything else (kunjungan, layanan, %…).
//
// Target: the `typical` seed, a provisional target until the OPD sets its own; null when neutral.
// Range [min, max] rejects absurd input (typos, wrong unit); it is not a performance band:
// - '%' units → [0, 100]; a percentage of a target ('% target', "Capaian target …") → [0, 200];
//   a rate of change (pertumbuhan, inflasi) → [-100, 100], since it can be negative;
// - air temperature ('°C') → [-10, 50];
// - indices (indeks, IPM, IKM) → [0, 100];
// - anything else → [0, max(typical × 50, 1000)].
//
// Whole numbers: a unit that counts things or people (orang, sekolah, aduan/bulan, KK, …) accepts only
// whole numbers; measures (%, Rp…, ton, kg, cm, km2, ha, °C, ISPU, indeks, liter, durations) accept
// decimals. The unit decides: "42,5 orang" in a queue is a typo, "7,5 menit" of waiting is not.
import type { KpiDefinition } from './registry.ts';

export type KpiDirection = 'higher' | 'lower' | 'neutral';

export type KpiRules = {
  /** Which way is better; 'neutral' KPIs describe the city and are not graded. */
  direction: KpiDirection;
  /** Value that counts as full achievement (before the rapor cap); null when not graded. */
  target: number | null;
  /** Inclusive bounds for an accepted value, in the KPI's unit. */
  min: number;
  max: number;
  /** True when the unit counts things or people, so only whole numbers are accepted (absent: false). */
  integer?: boolean;
};

/** A registry KPI, optionally carrying explicit rules that override the derived defaults. */
export type KpiRuleInput = KpiDefinition & Partial<KpiRules>;

const HIGHER_FIRST =
  /\b(serapan|realisasi|capaian|cakupan|tindak lanjut|penyelamatan)\b|\b\w*(ditangani|diperbaiki|dijangkau)\b|\bselesai\b/;
const NEUTRAL_LABEL = [
  /^(pagu|anggaran)\b/,
  /^target\b/,
  /^jumlah\b/,
  /^(kelurahan|kecamatan)$/,
  /^anggota\b/,
  /\bluas wilayah\b/,
  /^harga\b/,
  /^(suhu|kelembapan|tutupan awan|curah hujan)\b/,
];
const PRICE_UNIT = /^rp\/[a-z]+$/;
const TEMPERATURE_UNIT = '°c';
const TEMPERATURE_RANGE = { min: -10, max: 50 };
const LOWER_WORDS = [
  'kasus',
  'aduan',
  'pengaduan',
  'stunting',
  'kemiskinan',
  'miskin',
  'pengangguran',
  'inflasi',
  'kebakaran',
  'banjir',
  'genangan',
  'pengungsi\\w*',
  'kekerasan',
  'kumuh',
  'belum bersertifikat',
  'waktu tanggap',
  'antrean',
  'ispu',
  'rtlh',
  'nrw',
  'kehilangan air',
  'sampah masuk',
];
const LOWER = new RegExp(`\\b(${LOWER_WORDS.join('|')})\\b`);
const DURATION_UNIT = /^(detik|menit|jam|hari)$/;
const INDEX = /\b(indeks|ipm|ikm)\b/;
const PERCENT_OF_TARGET = /\b(capaian|target)\b/;
const RATE_OF_CHANGE = /\b(pertumbuhan|inflasi)\b/;
/** Units of measure (lower-cased): everything else counts things or people. */
const MEASURE_UNIT =
  /^(%|rp\b|ton\b|kg\b|cm\b|m\b|km2?\b|ha\b|°c|ispu\b|indeks\b|liter\b|detik\b|menit\b|jam\b|hari\b)/;

/** Range floor for counts and amounts, so a small seed does not make ordinary values absurd. */
const MIN_COUNT_MAX = 1000;
/** How many times its seed magnitude a count may reach before it is rejected as absurd. */
const COUNT_MAX_FACTOR = 50;

function deriveDirection(kpi: KpiDefinition): KpiDirection {
  const label = kpi.label.toLowerCase().trim();
  const unit = kpi.unit.toLowerCase().trim();
  const text = `${kpi.id.replaceAll('-', ' ')} ${label} ${unit}`.toLowerCase();
  if (HIGHER_FIRST.test(text)) return 'higher';
  if (NEUTRAL_LABEL.some((re) => re.test(label)) || PRICE_UNIT.test(unit) || unit === TEMPERATURE_UNIT) {
    return 'neutral';
  }
  if (LOWER.test(text) || DURATION_UNIT.test(unit)) return 'lower';
  return 'higher';
}

function deriveRange(kpi: KpiDefinition): { min: number; max: number } {
  const label = kpi.label.toLowerCase();
  const unit = kpi.unit.toLowerCase().trim();
  if (unit.startsWith('%')) {
    if (unit === '% target' || PERCENT_OF_TARGET.test(label)) return { min: 0, max: 200 };
    if (RATE_OF_CHANGE.test(label)) return { min: -100, max: 100 };
    return { min: 0, max: 100 };
  }
  if (unit === TEMPERATURE_UNIT) return TEMPERATURE_RANGE;
  if (INDEX.test(`${kpi.id.replaceAll('-', ' ')} ${label} ${unit}`)) return { min: 0, max: 100 };
  return { min: 0, max: Math.max(kpi.typical * COUNT_MAX_FACTOR, MIN_COUNT_MAX) };
}

/** The rules for one KPI: explicit fields on the definition win over the derived defaults. */
export function kpiRules(kpi: KpiRuleInput): KpiRules {
  const direction = kpi.direction ?? deriveDirection(kpi);
  const derived = deriveRange(kpi);
  const min = kpi.min ?? derived.min;
  const max = kpi.max ?? derived.max;
  if (!(min <= max)) throw new RangeError(`KPI ${kpi.id}: min ${min} is above max ${max}`);
  const target = kpi.target !== undefined ? kpi.target : direction === 'neutral' ? null : kpi.typical;
  const integer = kpi.integer ?? !MEASURE_UNIT.test(kpi.unit.toLowerCase().trim());
  return { direction, target, min, max, integer };
}

/** Whether a reported value is acceptable input for a KPI (finite and within [min, max]). */
export function isValueInRange(rules: KpiRules, value: number): boolean {
  return Number.isFinite(value) && value >= rules.min && value <= rules.max;
}

/** Why a value is not acceptable for a KPI, in English (the API's language), or null when it is. */
export function valueProblem(rules: KpiRules, value: number): string | null {
  if (!Number.isFinite(value)) return 'value must be a number';
  if (!isValueInRange(rules, value)) return `value ${value} is outside ${rules.min}…${rules.max}`;
  if (rules.integer && !Number.isInteger(value))
    return `value ${value} must be a whole number (the KPI's unit counts people or things)`;
  return null;
}
