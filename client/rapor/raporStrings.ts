// Strings of the rapor explanation (per KPI and readiness), shared by the world's rapor panel and the
// staff console's rapor desk: Bahasa Indonesia (default) and English, under `raporx`. Client only.
import i18next from 'i18next';

const raporxId = {
  kpi: 'Indikator',
  value: 'Nilai periode',
  target: 'Target',
  achievement: 'Capaian',
  weight: 'Bobot',
  freshness: 'Kesegaran',
  data: 'Data',
  direction: {
    higher: '↑ makin tinggi makin baik',
    lower: '↓ makin rendah makin baik',
    neutral: 'gambaran kota',
  },
  dataKind: { collected: 'terkumpul', simulated: 'simulasi', none: 'tidak ada' },
  notGraded: 'tidak dinilai',
  lastAt: 'terakhir {{date}}',
  simulatedOnly: 'Semua data OPD ini simulasi: nilai tertinggi yang mungkin B.',
  readinessTitle: 'Kesiapan Makaverse: {{score}} — {{level}}',
  readinessNote: 'Terpisah dari nilai rapor: seberapa jauh OPD memakai Makaverse.',
  levels: { ready: 'siap', learning: 'sedang belajar', notYet: 'belum memahami Makaverse' },
  parts: {
    profile: 'Profil lengkap',
    services: 'Layanan terdaftar',
    data: 'Data nyata dan segar',
    sessions: 'Sesi publik diadakan',
    questions: 'Pertanyaan warga dijawab',
    pendataan: 'Cakupan pendataan (RT)',
  },
  todo: {
    profile: 'Lengkapi deskripsi, jam layanan, alamat dan kontak di profil.',
    services: 'Daftarkan layanan OPD (minimal 3).',
    data: 'Kirim data nyata (API, konektor, pendataan) paling lambat seminggu sekali.',
    sessions: 'Adakan minimal satu sesi publik tiap bulan.',
    questions: 'Jawab pertanyaan warga dalam sesi.',
    pendataan: 'Perluas cakupan RT kegiatan pendataan.',
  },
  servicesPending: 'daftar layanan belum tersambung: dihitung 0',
  notApplicable: 'tidak berlaku',
  note: 'Catatan Wali Kota',
};

const raporxEn: typeof raporxId = {
  kpi: 'Indicator',
  value: 'Period value',
  target: 'Target',
  achievement: 'Achievement',
  weight: 'Weight',
  freshness: 'Freshness',
  data: 'Data',
  direction: { higher: '↑ higher is better', lower: '↓ lower is better', neutral: 'describes the city' },
  dataKind: { collected: 'collected', simulated: 'simulated', none: 'none' },
  notGraded: 'not graded',
  lastAt: 'last {{date}}',
  simulatedOnly: 'All of this organisation’s data is simulated: B is the best grade it can get.',
  readinessTitle: 'Makaverse readiness: {{score}} — {{level}}',
  readinessNote: 'Separate from the grade: how far the organisation uses Makaverse.',
  levels: { ready: 'ready', learning: 'learning', notYet: 'does not understand Makaverse yet' },
  parts: {
    profile: 'Profile complete',
    services: 'Services listed',
    data: 'Real and fresh data',
    sessions: 'Public sessions held',
    questions: 'Residents’ questions answered',
    pendataan: 'Data-collection coverage (RT)',
  },
  todo: {
    profile: 'Fill in the description, hours, address and a contact in the profile.',
    services: 'List the organisation’s services (at least 3).',
    data: 'Send real data (API, connector, data collection) at least weekly.',
    sessions: 'Hold at least one public session a month.',
    questions: 'Answer residents’ questions in sessions.',
    pendataan: 'Widen the RT coverage of the data-collection campaign.',
  },
  servicesPending: 'services list not connected yet: counted as 0',
  notApplicable: 'does not apply',
  note: 'Mayor’s note',
};

/** Adds the strings once i18next is initialised (this module may load before the page's init). */
export function registerRaporStrings(): void {
  const add = () => {
    i18next.addResourceBundle('id', 'translation', { raporx: raporxId }, true, false);
    i18next.addResourceBundle('en', 'translation', { raporx: raporxEn }, true, false);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
