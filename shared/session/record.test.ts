import { describe, expect, it } from 'vitest';
import type { ChatLine } from '../protocol.ts';
import { emptyModel } from './model.ts';
import { buildRecord, type RecordInput, type SessionRecord } from './record.ts';
import { recordMarkdown } from './recordMarkdown.ts';
import { A, B, HOST, MOD, person, session, T0 } from './testModel.ts';

const EVIL = person(13, 'resident', '# Evil | <b>');

const line = (id: number, name: string, text: string, at: number): ChatLine => ({
  id,
  channel: 'session',
  from: 'x',
  name,
  text,
  at,
});

/** A whole session: joins, Q&A, a poll, hands, moderation, chat, end. */
function endedSession(): RecordInput {
  const { model, must, system, now } = session([HOST, MOD, A, B, EVIL], { step: 60_000, open: false });
  system({ do: 'join', ...A, name: 'Andi (lagi)' });
  must(HOST, { do: 'open' });
  const openedAt = now();
  system({ do: 'attendance', count: 3 });
  system({ do: 'attendance', count: 5 });
  system({ do: 'attendance', count: 4 });
  must(A, { do: 'ask', text: 'Kapan jalan Antang diperbaiki?', anonymous: false });
  must(B, { do: 'ask', text: 'Jalan Antang kapan?', anonymous: true });
  must(EVIL, {
    do: 'ask',
    text: '# Judul palsu\n| a | b |\n[klik](javascript:alert(1)) <script>x</script>',
    anonymous: false,
  });
  must(A, { do: 'ask', text: 'Masih menunggu', anonymous: false });
  must(B, { do: 'ask', text: 'Disembunyikan', anonymous: false });
  for (const id of [1, 2, 3]) must(MOD, { do: 'approve', questionId: id });
  must(B, { do: 'upvote', questionId: 1 });
  must(A, { do: 'upvote', questionId: 2 });
  must(EVIL, { do: 'upvote', questionId: 2 });
  must(MOD, { do: 'merge', questionId: 2, into: 1 });
  must(MOD, { do: 'hide', questionId: 5, reason: 'di luar | topik' });
  must(HOST, { do: 'answered', questionId: 1 });
  must(HOST, {
    do: 'pollOpen',
    question: 'Apakah Anda tahu Makaverse?',
    options: ['Tahu', 'Ingin tahu', 'Belum penting'],
    multi: false,
    reveal: 'close',
  });
  must(A, { do: 'pollVote', pollId: 1, choices: [0] });
  must(B, { do: 'pollVote', pollId: 1, choices: [1] });
  must(EVIL, { do: 'pollVote', pollId: 1, choices: [1] });
  must(HOST, { do: 'pollClose', pollId: 1 });
  must(A, { do: 'raiseHand', text: 'Soal banjir' });
  must(HOST, { do: 'floor', handle: A.handle });
  must(MOD, { do: 'mute', handle: EVIL.handle, on: true, reason: 'spam' });
  must(MOD, { do: 'deleteMessage', messageId: 2 });
  must(HOST, { do: 'end' });
  return {
    session: {
      id: 'rakor1',
      title: 'Musrenbang Kecamatan Manggala\n# Disusupi',
      organiser: 'setda',
      organiserName: 'Sekretariat Daerah',
      description: 'Pembahasan | prioritas.\n\n- bukan daftar',
      startsAt: T0,
      endsAt: T0 + 3 * 3_600_000,
      agenda: ['Pembukaan', 'Tanya jawab'],
    },
    model,
    chat: [
      line(1, 'Andi', 'Selamat pagi', openedAt + 1000),
      line(2, EVIL.name, 'pesan kasar', openedAt + 2000),
      line(3, EVIL.name, '## bukan judul\n- bukan daftar', openedAt + 3000),
    ],
    openedAt,
    endedAt: now(),
    nowMs: now() + 1,
  };
}

describe('buildRecord', () => {
  const input = endedSession();
  const r: SessionRecord = buildRecord(input);

  it('counts peak and unique attendance across the session', () => {
    expect(r.attendance.peak).toBe(5);
    expect(r.attendance.unique).toBe(5);
    expect(r.attendance.samples.map(([, n]) => n)).toEqual([3, 5, 4]);
  });

  it('keeps approved questions with their votes and answered state, most votes first', () => {
    expect(r.questions.map((q) => [q.id, q.votes, q.answered, q.author])).toEqual([
      [1, 3, true, 'Andi'],
      [3, 0, false, EVIL.name],
    ]);
  });

  it('keeps poll results with tallies and voters', () => {
    expect(r.polls).toEqual([
      expect.objectContaining({
        id: 1,
        tallies: [1, 2, 0],
        voters: 3,
        multi: false,
        closedAt: expect.any(Number),
      }),
    ]);
  });

  it('keeps the hand log, the moderation log and the chat minus deleted lines', () => {
    expect(r.hands.map((h) => h.what)).toEqual(['raise', 'floor']);
    expect(r.moderation.map((m) => m.action)).toEqual([
      'approve',
      'approve',
      'approve',
      'merge',
      'hide',
      'floor',
      'mute',
      'deleteMessage',
    ]);
    expect(r.chat.map((l) => l.id)).toEqual([1, 3]);
    expect(r.deletedMessages).toBe(1);
    expect(r).toMatchObject({ openedAt: input.openedAt, endedAt: input.endedAt, generatedAt: input.nowMs });
    expect(JSON.stringify(r)).not.toContain('guest:');
  });

  it('is a copy: later changes to the model do not change the record', () => {
    const before = structuredClone(r);
    input.model.handLog.push({ at: 0, handle: 'x', name: 'x', what: 'raise' });
    input.model.polls[0]?.options.push('baru');
    expect(r).toEqual(before);
  });
});

describe('recordMarkdown', () => {
  const md = recordMarkdown(buildRecord(endedSession()));
  const lines = md.split('\n');

  it('has the Indonesian sections in order', () => {
    const headings = lines.filter((l) => /^#{1,3} /u.test(l));
    expect(headings).toEqual([
      '# Notulen: Musrenbang Kecamatan Manggala \\# Disusupi',
      '## Agenda',
      '## Kehadiran',
      '## Pertanyaan',
      '## Jajak pendapat',
      '### 1. Apakah Anda tahu Makaverse?',
      '## Tangan terangkat',
      '## Log moderasi',
      '## Transkrip obrolan',
    ]);
  });

  it('gives attendance, questions with votes and answered, and poll counts with percentages', () => {
    expect(md).toContain('- **Puncak:** 5 peserta');
    expect(md).toContain('- **Unik:** 5 peserta');
    expect(md).toContain('| 1 | Kapan jalan Antang diperbaiki? | Andi | 3 | Ya |');
    expect(md).toContain('| Tahu | 1 | 33% |');
    expect(md).toContain('| Ingin tahu | 2 | 67% |');
    expect(md).toContain('| Belum penting | 0 | 0% |');
    expect(md).not.toContain('Masih menunggu');
    expect(md).not.toContain('Disembunyikan');
  });

  it('writes times in WITA', () => {
    expect(md).toContain(
      '- **Jadwal:** 27 November 2026 pukul 10.00 WITA s.d. 27 November 2026 pukul 13.00 WITA',
    );
    expect(md).toMatch(/\| 10\.\d\d\.00 \| 3 \|/u);
  });

  it('logs moderation in Indonesian with who and why', () => {
    expect(md).toContain('| Moderator (moderator) | menggabungkan pertanyaan ke no. 1 | 2 | — |');
    expect(md).toContain('| Moderator (moderator) | menyembunyikan pertanyaan | 5 | di luar \\| topik |');
    expect(md).toContain(`| Moderator (moderator) | membisukan obrolan | ${EVIL.handle} | spam |`);
    expect(md).toContain('| Pak Wali (tuan rumah) | memberi kesempatan bicara |');
  });

  it('leaves deleted chat out and says how many were deleted', () => {
    expect(md).toContain('1 pesan dihapus oleh moderator.');
    expect(md).toContain('**Andi:** Selamat pagi');
    expect(md).not.toContain('pesan kasar');
  });

  it('escapes hostile text: no injected headings, list items, table cells, links or HTML', () => {
    for (const l of lines) {
      if (l.startsWith('#'))
        expect(l).toMatch(/^#{1,3} (Notulen|Agenda|Kehadiran|Pertanyaan|Jajak|Tangan|Log|Transkrip|1\. )/u);
      if (l.startsWith('|')) {
        const cells = l.replace(/\\\|/gu, '').split('|').length;
        const header = lines[lines.lastIndexOf('', lines.indexOf(l)) + 1] ?? '';
        expect(cells).toBe(header.replace(/\\\|/gu, '').split('|').length);
      }
    }
    expect(md).not.toMatch(/(?<!\\)<(script|b>)|\]\(javascript/u);
    expect(md).toContain(
      '\\# Judul palsu \\| a \\| b \\| \\[klik\\]\\(javascript\\:alert\\(1\\)\\) \\<script\\>x\\</script\\>',
    );
    expect(md).toContain('**\\# Evil \\| \\<b\\>:** \\#\\# bukan judul \\- bukan daftar');
    expect(md).toContain('Pembahasan \\| prioritas\\.\n\n\\- bukan daftar');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says so when there is nothing to report', () => {
    const empty = recordMarkdown(
      buildRecord({
        session: {
          id: 's',
          title: 'Kosong',
          organiser: 'setda',
          organiserName: '',
          description: '',
          startsAt: T0,
          endsAt: T0 + 1,
          agenda: [],
        },
        model: emptyModel(),
        chat: [],
        openedAt: null,
        endedAt: null,
        nowMs: T0,
      }),
    );
    for (const s of [
      'Tidak ada agenda.',
      'Tidak ada sampel kehadiran.',
      'Tidak ada pertanyaan.',
      'Tidak ada jajak pendapat.',
      'Tidak ada tindakan moderasi.',
      'Tidak ada obrolan.',
    ]) {
      expect(empty).toContain(s);
    }
    expect(empty).toContain('- **Dibuka:** tidak pernah');
    expect(empty).toContain('- **Penyelenggara:** setda');
  });

  it('links the audio recording, or shows its note, only when the host consented to one', () => {
    const record = buildRecord(endedSession());
    expect(recordMarkdown(record)).not.toContain('Rekaman suara');
    const url = '/api/sessions/s1/recordings/bagian-1.opus';
    const linked = recordMarkdown({
      ...record,
      audio: { files: [{ url, name: 'bagian-1.opus', bytes: 9000, durationMs: 61_400 }], note: null },
    });
    expect(linked).toContain(`## Rekaman suara\n\n- [bagian\\-1\\.opus](${url}) (61 detik)`);
    const failed = recordMarkdown({
      ...record,
      audio: { files: [], note: 'Server suara [tidak] terjangkau.' },
    });
    expect(failed).toContain('Tidak ada berkas rekaman.');
    expect(failed).toContain('**Catatan:** Server suara \\[tidak\\] terjangkau\\.');
    expect(failed).not.toContain('](');
  });
});
