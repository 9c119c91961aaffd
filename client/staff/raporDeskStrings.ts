// Staff console strings for the rapor desk (issue 12): Bahasa Indonesia (default) and English, added to
// the console's translations under `rd`. Client only.
import i18next from 'i18next';

const rdId = {
  heading: 'Rapor Kinerja OPD',
  month: 'Bulan',
  draft: 'Draf — belum dirilis. Warga melihat peringkat dan nilai tanpa nama OPD. Dihitung {{time}} WITA.',
  released: 'Dirilis {{date}}: warga melihat peringkat dengan nama, nilai, catatan dan penjelasannya.',
  reload: 'Muat ulang',
  rank: 'Peringkat',
  grade: 'Nilai',
  score: 'Skor',
  organisation: 'OPD',
  readiness: 'Kesiapan',
  simulated: 'simulasi {{percent}}',
  details: 'Rincian dan catatan',
  note: 'Catatan Wali Kota untuk {{abbreviation}} (opsional, tampil setelah rilis)',
  saveNote: 'Simpan catatan',
  noteSaved: 'Catatan tersimpan.',
  release: 'Rilis rapor {{month}}',
  releaseConfirm:
    'Rapor {{month}} akan dibekukan seperti sekarang dan nama semua OPD diumumkan kepada warga. Tidak dapat dibatalkan.',
  releaseYes: 'Ya, rilis sekarang',
  cancel: 'Batal',
  failed: 'Gagal: {{error}}',
  loading: 'Memuat rapor…',
  own: 'Rapor {{abbreviation}}: peringkat {{rank}} dari {{count}}, nilai {{grade}}',
  ownHidden: 'OPD lain tidak disebut namanya sebelum rapor dirilis.',
};

const rdEn: typeof rdId = {
  heading: 'Organisations’ report card',
  month: 'Month',
  draft: 'Draft — not released. Residents see ranks and grades without names. Computed {{time}} WITA.',
  released: 'Released on {{date}}: residents see the ranking with names, grades, notes and explanations.',
  reload: 'Reload',
  rank: 'Rank',
  grade: 'Grade',
  score: 'Score',
  organisation: 'Organisation',
  readiness: 'Readiness',
  simulated: '{{percent}} simulated',
  details: 'Details and note',
  note: 'Mayor’s note for {{abbreviation}} (optional, public after release)',
  saveNote: 'Save note',
  noteSaved: 'Note saved.',
  release: 'Release the {{month}} report card',
  releaseConfirm:
    'The {{month}} report card will be frozen as it is now and every organisation named to residents. This cannot be undone.',
  releaseYes: 'Yes, release now',
  cancel: 'Cancel',
  failed: 'Failed: {{error}}',
  loading: 'Loading the report card…',
  own: '{{abbreviation}}’s report card: rank {{rank}} of {{count}}, grade {{grade}}',
  ownHidden: 'Other organisations are not named before the release.',
};

// This module may load before main.tsx initialises i18next: add the strings once it has.
const add = () => {
  i18next.addResourceBundle('id', 'translation', { rd: rdId }, true, false);
  i18next.addResourceBundle('en', 'translation', { rd: rdEn }, true, false);
};
if (i18next.isInitialized) add();
else i18next.on('initialized', add);
