// UI strings of kiosks (issue 9), sharing ("Bagikan", QR) and the reconnection countdown, merged into
// the top level of i18n.ts's resources. Indonesian first; English with the same keys.
const id = {
  reconnect: {
    in: 'mencoba lagi dalam {{count}} d',
    in_one: 'mencoba lagi dalam {{count}} d',
    trying: 'mencoba sekarang…',
  },
  share: {
    open: 'Bagikan',
    title: 'Bagikan',
    boothTitle: 'Lanjutkan di ponsel Anda',
    scan: 'Pindai kode QR dengan kamera ponsel untuk membuka halaman ini di ponsel Anda.',
    qrLabel: 'Kode QR: {{url}}',
    link: 'Tautan',
    close: 'Tutup',
  },
  kiosk: {
    loading: 'Menyiapkan kios…',
    unknown: 'Kios ini tidak dikenal. Minta petugas memeriksa tautan kios.',
    unreachable: 'Server belum dapat dihubungi. Mencoba lagi…',
    touchToStart: 'Sentuh untuk mulai',
    welcome: 'Jelajahi Balai Kota Makassar secara virtual',
    youAre: 'Anda masuk sebagai {{name}}',
    idleTitle: 'Masih di sini?',
    idleBody: 'Layar kembali ke awal dalam {{count}} detik.',
    idleBody_one: 'Layar kembali ke awal dalam {{count}} detik.',
    stay: 'Saya masih di sini',
    finish: 'Selesai',
    phrases: 'Kirim salam',
    phrase: {
      hello: 'Halo semua! 👋',
      thanks: 'Terima kasih 🙏',
      agree: 'Setuju 👍',
      question: 'Saya punya pertanyaan ✋',
      great: 'Keren sekali! 👏',
      bye: 'Sampai jumpa 👋',
    },
    attract: {
      landmark: 'Landmark Makassar',
      booth: 'Data langsung',
      live: 'Sesi publik sedang berlangsung',
      next: 'Sesi publik berikutnya',
      rapor: 'Rapor kinerja bulan ini — terbaik',
      score: 'nilai {{score}}',
    },
  },
};

const en: typeof id = {
  reconnect: { in: 'retrying in {{count}} s', in_one: 'retrying in {{count}} s', trying: 'trying now…' },
  share: {
    open: 'Share',
    title: 'Share',
    boothTitle: 'Continue on your phone',
    scan: 'Scan the QR code with your phone camera to open this page on your phone.',
    qrLabel: 'QR code: {{url}}',
    link: 'Link',
    close: 'Close',
  },
  kiosk: {
    loading: 'Preparing the kiosk…',
    unknown: 'This kiosk is unknown. Ask staff to check the kiosk link.',
    unreachable: 'The server cannot be reached yet. Retrying…',
    touchToStart: 'Touch to start',
    welcome: "Explore Makassar's city hall, virtually",
    youAre: 'You are {{name}}',
    idleTitle: 'Still there?',
    idleBody: 'The screen goes back to the start in {{count}} seconds.',
    idleBody_one: 'The screen goes back to the start in {{count}} second.',
    stay: "I'm still here",
    finish: 'Done',
    phrases: 'Say something',
    phrase: {
      hello: 'Hello everyone! 👋',
      thanks: 'Thank you 🙏',
      agree: 'Agreed 👍',
      question: 'I have a question ✋',
      great: 'Great! 👏',
      bye: 'See you 👋',
    },
    attract: {
      landmark: 'Landmarks of Makassar',
      booth: 'Live figures',
      live: 'Public session live now',
      next: 'Next public session',
      rapor: "This month's performance report — best",
      score: 'score {{score}}',
    },
  },
};

export const kioskStrings = { id, en };
