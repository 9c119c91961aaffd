// Live attendance of one session's hub: connected attendees per shard (a room id, on any process)
// and open connections per attendee key (join … leave, over every shard). Counts only: the hub
// decides what a count means (a `left` event, a published total). Runs on the server.
export class Attendance {
  /** Connected attendees by shard. */
  readonly shards = new Map<string, number>();
  /** Attendee key → open connections. */
  private readonly present = new Map<string, number>();
  private livePeak = 0;

  /** Connected attendees over every shard. */
  count(): number {
    let n = 0;
    for (const c of this.shards.values()) n += c;
    return n;
  }

  /** The highest count seen while this hub ran. */
  peakSeen(): number {
    return this.livePeak;
  }

  setShard(shard: string, connected: number): void {
    this.shards.set(shard, connected);
    this.livePeak = Math.max(this.livePeak, this.count());
  }

  /** Whether the shard was counted. */
  removeShard(shard: string): boolean {
    return this.shards.delete(shard);
  }

  /**
   * Another process's shards and open connections (a new owner learns them); a connection count
   * already known is kept when larger (a join forwarded meanwhile is not counted twice).
   */
  adopt(shards: Record<string, number>, present: Record<string, number>): void {
    for (const [shard, connected] of Object.entries(shards)) this.shards.set(shard, connected);
    for (const [key, open] of Object.entries(present))
      this.present.set(key, Math.max(open, this.present.get(key) ?? 0));
    this.livePeak = Math.max(this.livePeak, this.count());
  }

  opened(key: string): void {
    this.present.set(key, (this.present.get(key) ?? 0) + 1);
  }

  /** One connection of `key` closed (or never opened); the connections it has left. */
  closed(key: string): number {
    const open = Math.max(0, (this.present.get(key) ?? 1) - 1);
    if (open > 0) this.present.set(key, open);
    else this.present.delete(key);
    return open;
  }

  isPresent(key: string): boolean {
    return (this.present.get(key) ?? 0) > 0;
  }
}
