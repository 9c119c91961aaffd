// Text painted into the 3D scene for public sessions (client only): the hall's screen, banner and
// caption, the plaza's session board and the hall door. Indonesian first; English when the visitor
// chose it. Painted canvases repaint on i18next 'languageChanged'. Pure data plus one picker.
import i18next from 'i18next';

const id = {
  hallName: 'AULA SIPAKATAU',
  cityHall: 'BALAI KOTA MAKASSAR',
  phase: { scheduled: 'Segera dimulai', live: 'Sedang berlangsung', ended: 'Selesai' },
  organiser: 'Penyelenggara',
  loading: 'Memuat…',
  slideFailed: 'Slide tidak dapat dimuat',
  videoFailed: 'Video tidak dapat diputar',
  videoWaiting: 'Menunggu siaran video…',
  cameraWaiting: 'Menunggu kamera pembawa acara…',
  opdLive: 'Data langsung',
  opdUnknown: 'Data OPD ini tidak ditemukan',
  opdUpdated: 'Diperbarui',
  simulated: 'SIMULASI',
  floor: 'Berbicara',
  boardTitle: 'SESI PUBLIK',
  boardLive: 'LANGSUNG',
  boardUpcoming: 'Akan datang',
  boardEmpty: 'Belum ada sesi terjadwal',
  boardFailed: 'Daftar sesi belum dapat dimuat',
  boardHint: 'Ketuk papan ini untuk melihat semua sesi',
  attending: 'hadir',
  door: 'Ketuk untuk masuk ke sesi',
};

const en: typeof id = {
  hallName: 'AULA SIPAKATAU',
  cityHall: 'MAKASSAR CITY HALL',
  phase: { scheduled: 'Starting soon', live: 'In session', ended: 'Ended' },
  organiser: 'Organiser',
  loading: 'Loading…',
  slideFailed: 'The slide could not be loaded',
  videoFailed: 'The video cannot be played',
  videoWaiting: 'Waiting for the video stream…',
  cameraWaiting: "Waiting for the host's camera…",
  opdLive: 'Live data',
  opdUnknown: 'No data found for this organisation',
  opdUpdated: 'Updated',
  simulated: 'SIMULATED',
  floor: 'Speaking',
  boardTitle: 'PUBLIC SESSIONS',
  boardLive: 'LIVE',
  boardUpcoming: 'Upcoming',
  boardEmpty: 'No sessions scheduled yet',
  boardFailed: 'The session list could not be loaded yet',
  boardHint: 'Tap this board to see every session',
  attending: 'attending',
  door: 'Tap to join a session',
};

export type HallText = typeof id;

/** The strings in the visitor's language now. */
export function hallText(): HallText {
  return i18next.language === 'en' ? en : id;
}
