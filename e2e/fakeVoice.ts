// A speech-like test signal for Chromium's fake microphone (--use-file-for-fake-audio-capture): tone
// bursts of changing pitch at about -9 dBFS with short gaps, 10 s, looped by Chromium. Loud like a
// speaker close to the microphone, so Janus's voice-activity detection hears "talking" (Chromium's
// default fake device only beeps briefly once a second). Runs in Node (browser tests).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RATE_HZ = 48_000;
const SECONDS = 10;
const BURST_MS = 300;
const GAP_MS = 40;
const AMPLITUDE = 0.35;

/** Writes the WAV (16-bit mono PCM) into `dir`; returns its path. */
export function writeFakeVoice(dir: string): string {
  const samples = RATE_HZ * SECONDS;
  const data = Buffer.alloc(samples * 2);
  const period = ((BURST_MS + GAP_MS) * RATE_HZ) / 1000;
  const burst = (BURST_MS * RATE_HZ) / 1000;
  let phase = 0;
  for (let i = 0; i < samples; i += 1) {
    const n = Math.floor(i / period);
    const on = i % period < burst;
    phase += (2 * Math.PI * (220 + ((n * 67) % 300))) / RATE_HZ;
    const v = on ? AMPLITUDE * Math.sin(phase) * (1 + 0.3 * Math.sin(phase / 3)) : 0;
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32_767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE_HZ, 24);
  header.writeUInt32LE(RATE_HZ * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  const path = join(dir, 'fake-voice.wav');
  writeFileSync(path, Buffer.concat([header, data]));
  return path;
}
