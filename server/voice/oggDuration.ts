// The playing time of an Ogg Opus file (janus-pp-rec's output), from its last page's granule position
// (48 kHz samples) minus the OpusHead pre-skip. Not a decoder: enough to say a recording has sound in
// it and how long it is. Runs on the server.

const OPUS_RATE_HZ = 48_000;

/** Milliseconds of audio in `ogg`; 0 when it is not Ogg Opus or holds no audio. */
export function oggDurationMs(ogg: Uint8Array): number {
  const view = new DataView(ogg.buffer, ogg.byteOffset, ogg.byteLength);
  const head = indexOf(ogg, 'OpusHead', 0);
  if (!startsWith(ogg, 0, 'OggS') || head < 0 || head + 12 > ogg.length) return 0;
  const preSkip = view.getUint16(head + 10, true);
  let last = -1;
  for (let at = indexOf(ogg, 'OggS', 0); at >= 0; at = indexOf(ogg, 'OggS', at + 4)) last = at;
  if (last < 0 || last + 14 > ogg.length) return 0;
  const granule = Number(view.getBigInt64(last + 6, true));
  return granule > preSkip ? Math.round(((granule - preSkip) * 1000) / OPUS_RATE_HZ) : 0;
}

function startsWith(b: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function indexOf(b: Uint8Array, text: string, from: number): number {
  for (let i = from; i + text.length <= b.length; i += 1) if (startsWith(b, i, text)) return i;
  return -1;
}
