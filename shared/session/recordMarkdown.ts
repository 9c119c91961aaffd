// The minutes of a session as Indonesian Markdown (GET /api/sessions/:id/record?format=md).
// Times in WITA (Asia/Makassar). Every piece of user text is flattened to one line and escaped, so a
// title, question or chat line cannot add headings, lists, links, HTML or table cells of its own.
// Pure; runs on server and client.
import { cleanText } from '../text.ts';
import type { HandLogEntry, ModerationEntry, SessionRole } from './model.ts';
import type { SessionRecord } from './record.ts';

const TIME_ZONE = 'Asia/Makassar';
const DATE_TIME = new Intl.DateTimeFormat('id-ID', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const TIME = new Intl.DateTimeFormat('id-ID', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
/** Longest user text kept in the minutes (characters). */
const TEXT_MAX_CHARS = 4000;

const HAND_WHAT: Record<HandLogEntry['what'], string> = {
  raise: 'mengangkat tangan',
  lower: 'menurunkan tangan',
  floor: 'diberi kesempatan bicara',
  dismiss: 'dipersilakan turun',
};

const ROLE: Record<SessionRole, string> = {
  resident: 'warga',
  moderator: 'moderator',
  host: 'tuan rumah',
  admin: 'admin',
};

/** What a moderation entry did, in Indonesian (see ModerationEntry.detail). */
function moderationWhat(m: ModerationEntry): string {
  const on = m.detail === 'on';
  switch (m.action) {
    case 'speaker':
      return on ? 'mengundang ke panggung' : 'menurunkan dari panggung';
    case 'floor':
      return 'memberi kesempatan bicara';
    case 'recording':
      return on ? 'menyetujui perekaman suara' : 'menghentikan perekaman suara';
    case 'dismiss':
      return 'mempersilakan turun';
    case 'approve':
      return 'menyetujui pertanyaan';
    case 'hide':
      return 'menyembunyikan pertanyaan';
    case 'merge':
      return `menggabungkan pertanyaan ke no. ${escapeMarkdown(m.detail ?? '?')}`;
    case 'mute':
      return on ? 'membisukan obrolan' : 'membuka bisu obrolan';
    case 'ban':
      return `mengeluarkan dari sesi (${escapeMarkdown(m.detail ?? '?')} menit)`;
    case 'slowMode':
      return m.detail === '0'
        ? 'mematikan mode lambat'
        : `mode lambat ${escapeMarkdown(m.detail ?? '?')} detik`;
    case 'chatOff':
      return on ? 'mematikan obrolan' : 'menyalakan obrolan';
    case 'muteAll':
      return on ? 'membisukan semua warga' : 'membuka bisu semua warga';
    case 'deleteMessage':
      return 'menghapus pesan';
    case 'resolveReport':
      return 'menyelesaikan laporan';
    default:
      return escapeMarkdown(m.action);
  }
}

/** Flattens user text to one line and backslash-escapes every Markdown/HTML/table special. */
function escapeMarkdown(raw: string): string {
  const flat = cleanText(raw, TEXT_MAX_CHARS);
  const escaped = flat.replace(/[\\`*_{}[\]<>()#+\-.!|~&=:]/gu, '\\$&');
  return escaped.length === 0 ? '—' : escaped;
}

function formatWita(ms: number): string {
  return `${DATE_TIME.format(ms)} WITA`;
}

function timeWita(ms: number): string {
  return TIME.format(ms);
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- |').join('')}`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function percent(n: number, of: number): string {
  return of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`;
}

function header(r: SessionRecord): string[] {
  const s = r.session;
  const lines = [
    `# Notulen: ${escapeMarkdown(s.title)}`,
    '',
    `- **Penyelenggara:** ${escapeMarkdown(s.organiserName || s.organiser)}`,
    `- **Jadwal:** ${formatWita(s.startsAt)} s.d. ${formatWita(s.endsAt)}`,
    `- **Dibuka:** ${r.openedAt === null ? 'tidak pernah' : formatWita(r.openedAt)}`,
    `- **Ditutup:** ${r.endedAt === null ? 'belum' : formatWita(r.endedAt)}`,
    `- **Notulen dibuat:** ${formatWita(r.generatedAt)}`,
  ];
  for (const paragraph of s.description.split(/\n\s*\n/u)) {
    if (paragraph.trim().length > 0) lines.push('', escapeMarkdown(paragraph));
  }
  return lines;
}

function agenda(r: SessionRecord): string[] {
  const items = r.session.agenda;
  return [
    '## Agenda',
    '',
    ...(items.length === 0 ? ['Tidak ada agenda.'] : items.map((a, i) => `${i + 1}. ${escapeMarkdown(a)}`)),
  ];
}

function attendance(r: SessionRecord): string[] {
  const a = r.attendance;
  const lines = [
    '## Kehadiran',
    '',
    `- **Puncak:** ${a.peak} peserta`,
    `- **Unik:** ${a.unique} peserta`,
    '',
  ];
  if (a.samples.length === 0) return [...lines, 'Tidak ada sampel kehadiran.'];
  return [
    ...lines,
    ...table(
      ['Waktu (WITA)', 'Hadir'],
      a.samples.map(([at, n]) => [timeWita(at), String(n)]),
    ),
  ];
}

function questions(r: SessionRecord): string[] {
  if (r.questions.length === 0) return ['## Pertanyaan', '', 'Tidak ada pertanyaan.'];
  const rows = r.questions.map((q, i) => [
    String(i + 1),
    escapeMarkdown(q.text),
    escapeMarkdown(q.author),
    String(q.votes),
    q.answered ? 'Ya' : 'Belum',
  ]);
  return ['## Pertanyaan', '', ...table(['No', 'Pertanyaan', 'Penanya', 'Suara', 'Dijawab'], rows)];
}

function polls(r: SessionRecord): string[] {
  if (r.polls.length === 0) return ['## Jajak pendapat', '', 'Tidak ada jajak pendapat.'];
  const out = ['## Jajak pendapat'];
  for (const [i, p] of r.polls.entries()) {
    const kind = p.multi ? 'pilihan ganda' : 'satu pilihan';
    const closed = p.closedAt === null ? 'belum ditutup' : `ditutup ${timeWita(p.closedAt)} WITA`;
    const rows = p.options.map((o, j) => {
      const n = p.tallies[j] ?? 0;
      return [escapeMarkdown(o), String(n), percent(n, p.voters)];
    });
    out.push(
      '',
      `### ${i + 1}. ${escapeMarkdown(p.question)}`,
      '',
      `${kind}; ${p.voters} pemilih; dibuka ${timeWita(p.openedAt)} WITA, ${closed}`,
      '',
      ...table(['Pilihan', 'Suara', 'Persen'], rows),
    );
  }
  return out;
}

function hands(r: SessionRecord): string[] {
  if (r.hands.length === 0) return ['## Tangan terangkat', '', 'Tidak ada.'];
  const rows = r.hands.map((h) => [timeWita(h.at), escapeMarkdown(h.name), HAND_WHAT[h.what]]);
  return ['## Tangan terangkat', '', ...table(['Waktu (WITA)', 'Nama', 'Kejadian'], rows)];
}

function moderation(r: SessionRecord): string[] {
  if (r.moderation.length === 0) return ['## Log moderasi', '', 'Tidak ada tindakan moderasi.'];
  const rows = r.moderation.map((m) => [
    timeWita(m.at),
    `${escapeMarkdown(m.by.name)} (${ROLE[m.by.role] ?? 'warga'})`,
    moderationWhat(m),
    m.target === '' ? '—' : escapeMarkdown(m.target),
    m.reason === '' ? '—' : escapeMarkdown(m.reason),
  ]);
  return ['## Log moderasi', '', ...table(['Waktu (WITA)', 'Oleh', 'Tindakan', 'Sasaran', 'Alasan'], rows)];
}

function chat(r: SessionRecord): string[] {
  const note = r.deletedMessages > 0 ? [`${r.deletedMessages} pesan dihapus oleh moderator.`, ''] : [];
  if (r.chat.length === 0) return ['## Transkrip obrolan', '', ...note, 'Tidak ada obrolan.'];
  const lines = r.chat.map(
    (l) => `- ${timeWita(l.at)} **${escapeMarkdown(l.name)}:** ${escapeMarkdown(l.text)}`,
  );
  return ['## Transkrip obrolan', '', ...note, ...lines];
}

/** The audio recording: a link per file (server-made names and paths), or why there is none. */
function audio(r: SessionRecord): string[] {
  const a = r.audio;
  if (!a) return [];
  const files = a.files.map(
    (f) => `- [${escapeMarkdown(f.name)}](${encodeURI(f.url)}) (${Math.round(f.durationMs / 1000)} detik)`,
  );
  const note = a.note === null ? [] : [`**Catatan:** ${escapeMarkdown(a.note)}`];
  return ['## Rekaman suara', '', ...(files.length > 0 ? files : ['Tidak ada berkas rekaman.']), '', ...note];
}

/** The whole minutes document, ending with a newline. */
export function recordMarkdown(r: SessionRecord): string {
  const sections = [
    header(r),
    agenda(r),
    attendance(r),
    audio(r),
    questions(r),
    polls(r),
    hands(r),
    moderation(r),
    chat(r),
  ];
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}
