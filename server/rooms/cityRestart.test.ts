import { afterAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { startTestCity, tempDir, waitFor } from '../testing.ts';

const dir = tempDir();
afterAll(() => dir.remove());

describe('server restart', () => {
  it('closes visitors with CLOSE_CODES.shutdown and keeps chat for the next server', async () => {
    const dbPath = `${dir.path}/restart.sqlite`;
    const first = await startTestCity(dbPath);
    const a = await first.join('Andi');
    a.room.send('chat', { text: 'sebelum restart', channel: 'plaza' });
    await waitFor(() => a.got.chat.length === 1);
    await first.stop();
    await waitFor(() => a.leftWith !== undefined);
    expect(a.leftWith).toBe(CLOSE_CODES.shutdown);
    await expect(first.app.store.recentChat('plaza', 1)).rejects.toThrow(/closed/);

    const second = await startTestCity(dbPath);
    try {
      const b = await second.join('Besse');
      await waitFor(() => b.got.chatHistory.length === 1);
      expect(b.got.chatHistory[0]?.map((l) => [l.name, l.text])).toEqual([['Andi', 'sebelum restart']]);
    } finally {
      await second.stop();
    }
  });
});
