// UI strings of the first-visit tour, the city map, the city bar (language, Keluar) and the lobby's
// "now in the city" line, Indonesian first; spread into the translation root by i18n.ts.
export const worldId = {
  tour: {
    step: 'Langkah {{n}} dari {{total}}',
    skip: 'Lewati tur',
    next: 'Lanjut',
    done: 'Selesai',
    move: {
      title: 'Cara bergerak',
      touch: [
        'Geser joystick di kanan bawah untuk berjalan',
        'Ketuk tanah untuk berjalan ke sana',
        'Seret layar untuk memutar pandangan',
      ],
      desktop: [
        'Tombol WASD atau panah untuk berjalan',
        'Klik tanah untuk berjalan ke sana',
        'Seret dengan tetikus untuk memutar pandangan',
      ],
    },
    opd: {
      title: 'Temukan OPD',
      lines: [
        'Buka Peta (pojok kanan atas) atau Cari OPD, lalu pilih stan untuk langsung ke sana',
        'Di depan stan, buka panelnya untuk melihat layanan dan angka terkini',
      ],
    },
    session: {
      title: 'Ikuti sesi publik',
      lines: [
        'Tombol Sesi publik menampilkan sesi yang sedang berlangsung',
        'Pilih Masuk untuk bergabung ke aula: bertanya, memilih dan mengobrol',
      ],
    },
  },
  map: {
    open: 'Buka peta kota',
    short: 'Peta',
    title: 'Peta kota',
    close: 'Tutup peta',
    hint: 'Ketuk stan atau tempat terkenal untuk langsung ke sana.',
    imageLabel: 'Peta kota Makaverse: stan OPD, tempat terkenal, dan posisi Anda',
    youAreHere: 'Anda di sini',
    landmarks: 'Tempat terkenal',
  },
  cityBar: {
    switchLanguage: 'Ganti bahasa ke English',
    languageShort: 'EN',
    leave: 'Keluar',
    leaveLabel: 'Keluar dari kota, kembali ke lobi',
  },
  lobbyNow: {
    people: '{{count}} orang di kota sekarang',
    people_one: '{{count}} orang di kota sekarang',
    live: 'Sedang berlangsung:',
    join: 'Ikuti',
    joinTitled: 'Ikuti sesi yang sedang berlangsung: {{title}}',
  },
};

export const worldEn: typeof worldId = {
  tour: {
    step: 'Step {{n}} of {{total}}',
    skip: 'Skip tour',
    next: 'Next',
    done: 'Done',
    move: {
      title: 'How to move',
      touch: [
        'Push the joystick at the bottom right to walk',
        'Tap the ground to walk there',
        'Drag the screen to look around',
      ],
      desktop: [
        'WASD or the arrow keys to walk',
        'Click the ground to walk there',
        'Drag with the mouse to look around',
      ],
    },
    opd: {
      title: 'Find an OPD',
      lines: [
        'Open the Map (top right) or Find an OPD, then pick a booth to go straight there',
        'In front of a booth, open its panel to see its services and latest figures',
      ],
    },
    session: {
      title: 'Join a public session',
      lines: [
        'The Public sessions button shows the sessions live now',
        'Choose Enter to join the hall: ask, vote and chat',
      ],
    },
  },
  map: {
    open: 'Open the city map',
    short: 'Map',
    title: 'City map',
    close: 'Close the map',
    hint: 'Tap a booth or a landmark to go straight there.',
    imageLabel: 'Map of the Makaverse city: OPD booths, landmarks and where you are',
    youAreHere: 'You are here',
    landmarks: 'Landmarks',
  },
  cityBar: {
    switchLanguage: 'Switch the language to Bahasa Indonesia',
    languageShort: 'ID',
    leave: 'Leave',
    leaveLabel: 'Leave the city, back to the lobby',
  },
  lobbyNow: {
    people: '{{count}} people in the city now',
    people_one: '{{count}} person in the city now',
    live: 'Live now:',
    join: 'Join',
    joinTitled: 'Join the session live now: {{title}}',
  },
};
