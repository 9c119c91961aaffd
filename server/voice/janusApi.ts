// The server's client of Janus's HTTP API (JANUS_URL, e.g. http://127.0.0.1:8088/janus): one Janus
// session with one handle per plugin, kept alive, recreated when Janus forgets it (a restart).
// `request` sends a synchronous plugin request (room and mountpoint management) and resolves with the
// plugin's answer; a plugin error rejects with JanusError. Runs on the server.
import { randomBytes } from 'node:crypto';

export type JanusPlugin = 'janus.plugin.audiobridge' | 'janus.plugin.streaming' | 'janus.plugin.videoroom';

export class JanusError extends Error {
  override name = 'JanusError';
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

type Reply = {
  janus: string;
  data?: { id: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: Record<string, unknown> };
};

const KEEPALIVE_MS = 25_000;
const REQUEST_TIMEOUT_MS = 5_000;

export class JanusApi {
  private readonly url: string;
  private session: Promise<{ id: number; handles: Map<JanusPlugin, Promise<number>> }> | null = null;
  private keepalive: ReturnType<typeof setInterval> | undefined;

  constructor(url: string) {
    this.url = url.replace(/\/+$/, '');
  }

  /** A plugin request; resolves with the plugin's data, rejects with JanusError on its `error`. */
  async request(plugin: JanusPlugin, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    try {
      return await this.once(plugin, body);
    } catch (e) {
      // 458: no such session, 459: no such handle — Janus restarted; start over once.
      if (!(e instanceof JanusError) || (e.code !== 458 && e.code !== 459)) throw e;
      this.session = null;
      return this.once(plugin, body);
    }
  }

  /** Whether Janus answers at all (GET /info). */
  async reachable(): Promise<boolean> {
    try {
      const res = await fetch(`${this.url}/info`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      return res.ok;
    } catch {
      return false;
    }
  }

  close(): void {
    clearInterval(this.keepalive);
    this.keepalive = undefined;
    this.session = null;
  }

  private async once(plugin: JanusPlugin, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const s = await this.ensureSession();
    let handle = s.handles.get(plugin);
    if (!handle) {
      handle = this.post(`/${s.id}`, { janus: 'attach', plugin }).then((r) => r.data?.id ?? 0);
      s.handles.set(plugin, handle);
      handle.catch(() => s.handles.delete(plugin));
    }
    const reply = await this.post(`/${s.id}/${await handle}`, { janus: 'message', body });
    const data = reply.plugindata?.data ?? {};
    if (typeof data.error_code === 'number')
      throw new JanusError(data.error_code, String(data.error ?? 'plugin error'));
    return data;
  }

  private ensureSession() {
    if (!this.session) {
      const created = this.post('', { janus: 'create' }).then((r) => ({
        id: r.data?.id ?? 0,
        handles: new Map<JanusPlugin, Promise<number>>(),
      }));
      created.catch(() => {
        if (this.session === created) this.session = null;
      });
      this.session = created;
      if (!this.keepalive) {
        this.keepalive = setInterval(() => {
          this.session
            ?.then((s) => this.post(`/${s.id}`, { janus: 'keepalive' }))
            .catch(() => {
              this.session = null;
            });
        }, KEEPALIVE_MS);
        this.keepalive.unref();
      }
    }
    return this.session;
  }

  private async post(path: string, message: Record<string, unknown>): Promise<Reply> {
    const res = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message, transaction: randomBytes(8).toString('hex') }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const reply = (await res.json()) as Reply;
    if (reply.janus === 'error') throw new JanusError(reply.error?.code ?? 0, reply.error?.reason ?? 'error');
    return reply;
  }
}
