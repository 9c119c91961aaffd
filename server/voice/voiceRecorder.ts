// Recording a session's audio, with the host's consent (SessionModel.recording): while consent is on,
// Janus records the session's mix as it arrives at the Streaming mountpoint (its `recording` request,
// an .mjr file per stretch of consent); at the session's end each stretch is converted with Debian's
// janus-pp-rec (package janus-tools) into an Ogg Opus file, and recording.json says which files exist
// and what went wrong. Files live in `<dir>/<session id>/` (VOICE_RECORDINGS_DIR): Janus writes there,
// so it must run on this machine or share the folder. A failure is never a broken link: it is a note
// in the minutes (shared/session/record.ts RecordingInfo). Runs on the server.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RecordingInfo } from '../../shared/session/record.ts';
import { log } from '../log.ts';
import { oggDurationMs } from './oggDuration.ts';

const run = promisify(execFile);
export const JANUS_PP_REC = '/usr/bin/janus-pp-rec';
const CONVERT_TIMEOUT_MS = 10 * 60_000;
const INFO_FILE = 'recording.json';

/** The mountpoint carrying the session's mix, and a way to send it Streaming plugin requests. */
export type Mount = { id: number; secret: string };
type Streaming = (body: Record<string, unknown>) => Promise<Record<string, unknown>>;

type Take = {
  /** Base paths (no extension) of each stretch of consent, in order. */
  segments: string[];
  active: string | null;
  notes: string[];
  /** Set once the session ended: the conversion (resolves when recording.json is written). */
  finished: Promise<void> | null;
};

export const NOTES = {
  unreachable: 'Perekaman tidak dapat dimulai: server suara tidak terjangkau.',
  startFailed: 'Perekaman tidak dapat dimulai oleh server suara.',
  stopFailed: 'Server suara tidak menjawab saat perekaman dihentikan; rekaman mungkin tidak lengkap.',
  noAudio: 'Tidak ada suara yang terekam.',
  convertFailed: (n: number) =>
    `Bagian rekaman ${n} tidak dapat dikonversi menjadi berkas suara (kosong atau rusak).`,
  processing: 'Rekaman sedang diproses.',
} as const;

/** A session id as a folder name (ids are short URL-safe strings; anything else is refused). */
function folderName(sessionId: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(sessionId))
    throw new Error(`bad session id for a recording: ${sessionId}`);
  return sessionId;
}

export class VoiceRecorder {
  readonly dir: string;
  private readonly ppRec: string;
  private readonly takes = new Map<string, Take>();

  constructor(dir: string, ppRec = JANUS_PP_REC) {
    this.dir = resolve(dir);
    this.ppRec = ppRec;
  }

  /** Whether `sessionId` has been recorded (or tried to be) since this server started. */
  has(sessionId: string): boolean {
    return this.takes.has(sessionId);
  }

  isRecording(sessionId: string): boolean {
    return this.takes.get(sessionId)?.active != null;
  }

  /** Consent on → a new stretch starts; off → the current one stops. `mount` null: Janus unreachable. */
  async want(sessionId: string, on: boolean, mount: Mount | null, streaming: Streaming): Promise<void> {
    const take = this.take(sessionId);
    if (take.finished) return;
    if (on && !take.active) {
      if (!mount) return this.note(take, NOTES.unreachable);
      const folder = join(this.dir, folderName(sessionId));
      mkdirSync(folder, { recursive: true });
      // Numbered after every stretch already in the folder (also those of before a server restart).
      const base = join(folder, `bagian-${stretches(folder).length + 1}`);
      try {
        await streaming({
          request: 'recording',
          action: 'start',
          id: mount.id,
          secret: mount.secret,
          media: [{ mid: 'a', filename: base }],
        });
        take.segments.push(base);
        take.active = base;
        log.info('voice-recording-started', { session: sessionId, segment: take.segments.length });
      } catch (error) {
        log.error('voice-recording-start-failed', { session: sessionId, error });
        this.note(take, NOTES.startFailed);
      }
    } else if (!on && take.active) {
      await this.stop(sessionId, take, mount, streaming);
    }
  }

  /** The session ended: the current stretch stops, then every stretch is converted (in the background). */
  async finish(sessionId: string, mount: Mount | null, streaming: Streaming): Promise<void> {
    const take = this.takes.get(sessionId);
    if (!take || take.finished) return;
    if (take.active) await this.stop(sessionId, take, mount, streaming);
    take.finished = this.convert(sessionId, take).catch((error: unknown) =>
      log.error('voice-recording-convert-failed', { session: sessionId, error }),
    );
  }

  /** Waits for the conversion of `sessionId`'s recording, if one is running (tests, shutdown). */
  async settled(sessionId: string): Promise<void> {
    await this.takes.get(sessionId)?.finished;
  }

  /** What the minutes show: undefined when the session was never recorded. */
  async info(sessionId: string): Promise<RecordingInfo | undefined> {
    const take = this.takes.get(sessionId);
    if (take && !take.finished) return { files: [], note: take.active ? null : (take.notes.at(-1) ?? null) };
    try {
      const text = await readFile(join(this.dir, folderName(sessionId), INFO_FILE), 'utf8');
      return JSON.parse(text) as RecordingInfo;
    } catch {
      return take ? { files: [], note: NOTES.processing } : undefined;
    }
  }

  /** Absolute path of a converted file of `sessionId`, or null when `name` is not one of them. */
  async file(sessionId: string, name: string): Promise<string | null> {
    const info = await this.info(sessionId);
    if (!info?.files.some((f) => f.name === name)) return null;
    return join(this.dir, folderName(sessionId), name);
  }

  private take(sessionId: string): Take {
    let take = this.takes.get(sessionId);
    if (!take) {
      take = { segments: [], active: null, notes: [], finished: null };
      this.takes.set(sessionId, take);
    }
    return take;
  }

  private note(take: Take, note: string): void {
    if (!take.notes.includes(note)) take.notes.push(note);
  }

  private async stop(
    sessionId: string,
    take: Take,
    mount: Mount | null,
    streaming: Streaming,
  ): Promise<void> {
    take.active = null;
    try {
      if (!mount) throw new Error('janus unreachable');
      await streaming({
        request: 'recording',
        action: 'stop',
        id: mount.id,
        secret: mount.secret,
        media: [{ mid: 'a' }],
      });
    } catch (error) {
      log.error('voice-recording-stop-failed', { session: sessionId, error });
      this.note(take, NOTES.stopFailed);
    }
  }

  private async convert(sessionId: string, take: Take): Promise<void> {
    const info: RecordingInfo = { files: [], note: null };
    const folder = join(this.dir, folderName(sessionId));
    mkdirSync(folder, { recursive: true });
    // Every stretch in the folder: this run's, and any recorded before a server restart.
    take.segments = stretches(folder).map((name) => join(folder, name.replace(/\.mjr$/, '')));
    for (const [i, base] of take.segments.entries()) {
      const name = `${base.slice(base.lastIndexOf('/') + 1)}.opus`;
      const out = `${base}.opus`;
      try {
        await run(this.ppRec, [`${base}.mjr`, out], { timeout: CONVERT_TIMEOUT_MS });
        const durationMs = oggDurationMs(await readFile(out));
        if (durationMs <= 0) throw new Error('no audio in the converted file');
        info.files.push({
          url: `/api/sessions/${encodeURIComponent(sessionId)}/recordings/${name}`,
          name,
          bytes: (await stat(out)).size,
          durationMs,
        });
      } catch (error) {
        log.error('voice-recording-segment-failed', { session: sessionId, segment: i + 1, error });
        this.note(take, NOTES.convertFailed(i + 1));
      }
    }
    if (take.segments.length === 0 && take.notes.length === 0) this.note(take, NOTES.noAudio);
    info.note = take.notes.length > 0 ? take.notes.join(' ') : null;
    await writeFile(join(folder, INFO_FILE), JSON.stringify(info));
    log.info('voice-recording-done', { session: sessionId, files: info.files.length, note: info.note });
  }
}

/** The recorded stretches (.mjr) in `folder`, in order: bagian-1.mjr, bagian-2.mjr, … */
function stretches(folder: string): string[] {
  const number = (name: string) => Number(/^bagian-(\d+)\.mjr$/.exec(name)?.[1] ?? 0);
  return readdirSync(folder)
    .filter((name) => number(name) > 0)
    .sort((a, b) => number(a) - number(b));
}
