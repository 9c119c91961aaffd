import { describe, expect, it } from 'vitest';
import { oggDurationMs } from './oggDuration.ts';

/** One Ogg page header (27 bytes, no segment table) followed by `body`, granule position `granule`. */
function page(granule: bigint, body: Uint8Array = new Uint8Array()): Uint8Array {
  const out = new Uint8Array(27 + body.length);
  out.set([0x4f, 0x67, 0x67, 0x53]); // 'OggS'
  new DataView(out.buffer).setBigInt64(6, granule, true);
  out.set(body, 27);
  return out;
}

function opusHead(preSkip: number): Uint8Array {
  const b = new Uint8Array(19);
  b.set(new TextEncoder().encode('OpusHead'));
  b[8] = 1;
  b[9] = 1;
  new DataView(b.buffer).setUint16(10, preSkip, true);
  return b;
}

const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('oggDurationMs', () => {
  it('reads the last granule position minus the pre-skip, at 48 kHz', () => {
    const file = join(page(0n, opusHead(312)), page(0n), page(48_000n), page(96_312n));
    expect(oggDurationMs(file)).toBe(2000);
  });

  it('says 0 for a file with no audio pages, a non-Ogg file and an empty one', () => {
    expect(oggDurationMs(join(page(0n, opusHead(312)), page(0n)))).toBe(0);
    expect(oggDurationMs(new TextEncoder().encode('RIFF....WAVEfmt '))).toBe(0);
    expect(oggDurationMs(new Uint8Array())).toBe(0);
  });
});
