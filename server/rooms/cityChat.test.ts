import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHAT_LIMIT, NEARBY_RADIUS_M } from '../../shared/protocol.ts';
import { setLogLevel } from '../log.ts';
import { placeAt, serverPos, sleep, startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/chat.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('chat', () => {
  it('delivers plaza chat to everyone in the shard, stored first', async () => {
    const [a, b, c] = [await city.join('Andi'), await city.join('Besse'), await city.join('Cici')];
    a.room.send('chat', { text: '  Selamat   datang! ', channel: 'plaza' });
    await waitFor(() => [a, b, c].every((v) => v.got.chat.length === 1));
    const line = b.got.chat[0];
    expect(line).toMatchObject({
      channel: 'plaza',
      from: a.room.sessionId,
      name: 'Andi',
      text: 'Selamat datang!',
    });
    expect(c.got.chat[0]).toEqual(line);
    expect(typeof line?.id).toBe('number');
    expect(Math.abs((line?.at ?? 0) - Date.now())).toBeLessThan(5000);
    const stored = await city.app.store.recentChat('plaza', 1);
    expect(stored).toEqual([line]);
  });

  it('delivers nearby chat only within the radius, sender included', async () => {
    const a = await city.join('Andi');
    const near = await city.join('Dekat');
    const edge = await city.join('Pinggir');
    const far = await city.join('Jauh');
    const { x, z } = serverPos(city, a);
    await placeAt(city, near, x + 5, z + 5);
    await placeAt(city, edge, x + NEARBY_RADIUS_M - 0.5, z);
    await placeAt(city, far, x + NEARBY_RADIUS_M + 1, z);
    a.room.send('chat', { text: 'siapa di dekat sini?', channel: 'nearby' });
    await waitFor(() => [a, near, edge].every((v) => v.got.chat.length === 1));
    await sleep(100);
    expect(far.got.chat).toEqual([]);
    expect(near.got.chat[0]).toMatchObject({ channel: 'nearby', text: 'siapa di dekat sini?' });
  });

  it('answers an empty line with chat-empty and stores nothing', async () => {
    const a = await city.join('Andi');
    const before = await city.app.store.recentChat('plaza', 100);
    a.room.send('chat', { text: ' \u200b\n\t ', channel: 'plaza' });
    await waitFor(() => a.got.notice.length === 1);
    expect(a.got.notice[0]).toEqual({ code: 'chat-empty' });
    expect(await city.app.store.recentChat('plaza', 100)).toEqual(before);
  });

  it('masks profanity, delivers the masked line and tells only the sender', async () => {
    const a = await city.join('Andi');
    const b = await city.join('Besse');
    a.room.send('chat', { text: 'dasar b4ngsat kau', channel: 'plaza' });
    await waitFor(() => a.got.chat.length === 1 && b.got.chat.length === 1 && a.got.notice.length === 1);
    expect(b.got.chat[0]?.text).toBe('dasar ******* kau');
    expect(a.got.notice).toEqual([{ code: 'chat-filtered' }]);
    expect(b.got.notice).toEqual([]);
  });

  it('limits each visitor to a burst of CHAT_LIMIT lines, then chat-rate', async () => {
    const a = await city.join('Andi');
    const b = await city.join('Besse');
    for (let i = 0; i <= CHAT_LIMIT.capacity; i++)
      a.room.send('chat', { text: `baris ${i}`, channel: 'plaza' });
    await waitFor(() => a.got.notice.length === 1 && b.got.chat.length === CHAT_LIMIT.capacity);
    expect(a.got.notice[0]).toEqual({ code: 'chat-rate' });
    await sleep(100);
    expect(b.got.chat.map((l) => l.text)).not.toContain(`baris ${CHAT_LIMIT.capacity}`);
    const stored = await city.app.store.recentChat('plaza', 100);
    expect(stored.map((l) => l.text)).not.toContain(`baris ${CHAT_LIMIT.capacity}`);
    // Another visitor has a bucket of its own.
    b.room.send('chat', { text: 'saya masih boleh', channel: 'plaza' });
    await waitFor(() => a.got.chat.some((l) => l.text === 'saya masih boleh'));
  });

  it('sends the last plaza lines, oldest first, to a joining visitor', async () => {
    const a = await city.join('Andi');
    a.room.send('chat', { text: 'pertama', channel: 'plaza' });
    a.room.send('chat', { text: 'bisik-bisik', channel: 'nearby' });
    a.room.send('chat', { text: 'kedua', channel: 'plaza' });
    await waitFor(() => a.got.chat.length === 3);
    const late = await city.join('Terlambat');
    await waitFor(() => late.got.chatHistory.length === 1);
    const texts = late.got.chatHistory[0]?.map((l) => l.text) ?? [];
    expect(texts.slice(-2)).toEqual(['pertama', 'kedua']);
    expect(texts).not.toContain('bisik-bisik');
  });

  it('never writes chat text to the log, even at debug level', async () => {
    const a = await city.join('Andi');
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    setLogLevel('debug');
    try {
      a.room.send('chat', { text: 'rahasia sekali', channel: 'plaza' });
      await waitFor(() => a.got.chat.length === 1);
    } finally {
      setLogLevel('error');
      spy.mockRestore();
    }
    const chatLog = lines.map((l) => JSON.parse(l)).find((l) => l.event === 'chat');
    expect(chatLog).toMatchObject({ level: 'info', chars: 'rahasia sekali'.length, channel: 'plaza' });
    expect(lines.join('')).not.toContain('rahasia');
  });
});
