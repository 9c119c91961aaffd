// The page's signalling client for Janus's WebSocket API (subprotocol 'janus-protocol'): one Janus
// session, plugin handles, transactions matched to replies, events per handle, keepalive. Knows
// nothing of WebRTC or the DOM beyond WebSocket, so it also runs in Node (the voice tests). Client only.

export type JanusJsep = { type: 'offer' | 'answer'; sdp: string };
export type PluginEvent = { data: Record<string, unknown>; jsep?: JanusJsep };
type Incoming = {
  janus: string;
  transaction?: string;
  session_id?: number;
  sender?: number;
  data?: { id: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: Record<string, unknown> };
  jsep?: JanusJsep;
};

export class JanusRefused extends Error {
  override name = 'JanusRefused';
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

const KEEPALIVE_MS = 25_000;
const REPLY_TIMEOUT_MS = 10_000;

export class JanusSignal {
  private ws: WebSocket | null = null;
  private session = 0;
  private seq = 0;
  private readonly pending = new Map<
    string,
    { ok: (m: Incoming) => void; fail: (e: Error) => void; ack: boolean }
  >();
  private readonly listeners = new Map<number, (e: PluginEvent) => void>();
  private readonly hangups = new Map<number, (reason: string) => void>();
  private keepalive: ReturnType<typeof setInterval> | undefined;
  /** Called once when the socket closes (Janus gone, network lost). */
  onClose: (() => void) | null = null;

  async connect(url: string): Promise<void> {
    const ws = new WebSocket(url, 'janus-protocol');
    this.ws = ws;
    await new Promise<void>((ok, fail) => {
      ws.onopen = () => ok();
      ws.onerror = () => fail(new Error('janus-unreachable'));
    });
    ws.onmessage = (m) => this.receive(JSON.parse(String(m.data)) as Incoming);
    ws.onclose = () => {
      clearInterval(this.keepalive);
      for (const p of this.pending.values()) p.fail(new Error('janus-closed'));
      this.pending.clear();
      this.onClose?.();
    };
    const created = await this.call({ janus: 'create' });
    this.session = created.data?.id ?? 0;
    this.keepalive = setInterval(
      () => void this.call({ janus: 'keepalive' }, true).catch(() => {}),
      KEEPALIVE_MS,
    );
  }

  /** Attaches a plugin handle; `onEvent` gets its asynchronous events, `onHangup` its end. */
  async attach(
    plugin: string,
    onEvent: (e: PluginEvent) => void,
    onHangup: (reason: string) => void = () => {},
  ): Promise<number> {
    const r = await this.call({ janus: 'attach', plugin });
    const handle = r.data?.id ?? 0;
    this.listeners.set(handle, onEvent);
    this.hangups.set(handle, onHangup);
    return handle;
  }

  /**
   * A plugin message; resolves with its answer: a synchronous reply, or the first event for this
   * transaction (asynchronous requests). A plugin error rejects with JanusRefused.
   */
  async message(handle: number, body: Record<string, unknown>, jsep?: JanusJsep): Promise<PluginEvent> {
    const r = await this.call({ janus: 'message', handle_id: handle, body, ...(jsep ? { jsep } : {}) });
    const data = r.plugindata?.data ?? {};
    if (typeof data.error_code === 'number') throw new JanusRefused(data.error_code, String(data.error));
    return { data, jsep: r.jsep };
  }

  trickle(handle: number, candidate: RTCIceCandidateInit | null): void {
    const msg = candidate ? { candidate } : { candidate: { completed: true } };
    void this.call({ janus: 'trickle', handle_id: handle, ...msg }, true).catch(() => {});
  }

  close(): void {
    clearInterval(this.keepalive);
    this.onClose = null;
    if (this.ws && this.ws.readyState <= 1) {
      if (this.session) this.send({ janus: 'destroy', session_id: this.session, transaction: this.nextId() });
      this.ws.close();
    }
    this.ws = null;
  }

  private nextId(): string {
    this.seq += 1;
    return `t${this.seq}`;
  }

  private send(m: Record<string, unknown>): void {
    this.ws?.send(JSON.stringify(m));
  }

  /** `ack`: an 'ack' reply settles it (keepalive, trickle); else wait for 'success'/'event'. */
  private call(m: Record<string, unknown>, ack = false): Promise<Incoming> {
    const transaction = this.nextId();
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => {
        this.pending.delete(transaction);
        fail(new Error('janus-timeout'));
      }, REPLY_TIMEOUT_MS);
      this.pending.set(transaction, {
        ok: (r) => {
          clearTimeout(timer);
          ok(r);
        },
        fail: (e) => {
          clearTimeout(timer);
          fail(e);
        },
        ack,
      });
      this.send({ ...m, transaction, ...(this.session ? { session_id: this.session } : {}) });
    });
  }

  private receive(m: Incoming): void {
    const waiting = m.transaction ? this.pending.get(m.transaction) : undefined;
    if (waiting && m.transaction) {
      if (m.janus === 'ack' && !waiting.ack) return; // An asynchronous request: its event follows.
      this.pending.delete(m.transaction);
      if (m.janus === 'error') waiting.fail(new JanusRefused(m.error?.code ?? 0, m.error?.reason ?? 'error'));
      else waiting.ok(m);
      return;
    }
    const handle = m.sender ?? 0;
    if (m.janus === 'event' && m.plugindata)
      this.listeners.get(handle)?.({ data: m.plugindata.data, jsep: m.jsep });
    else if (m.janus === 'hangup' || m.janus === 'detached') this.hangups.get(handle)?.(m.janus);
  }
}
