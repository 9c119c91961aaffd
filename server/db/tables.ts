// Table types of the store, as Kysely sees them. Times are epoch milliseconds (bigint columns read
// back as numbers on both databases); flags are 0/1 integers so both dialects agree.
import type { Generated } from 'kysely';
import type { KioskTables } from '../kiosks/tables.ts';
import type { PendataanTables } from '../pendataan/tables.ts';
import type { RaporTables } from '../rapor/tables.ts';
import type { ServicesTables } from '../services/tables.ts';

export type Tables = {
  chat_lines: {
    id: Generated<number>;
    channel: string;
    /** Sender's session id. */
    sender: string;
    name: string;
    text: string;
    at: number;
  };
  organisations: {
    id: string;
    name: string;
    abbreviation: string;
    category: string;
    /** Editable profile (staff console): JSON text, null until edited. */
    profile: string | null;
    synced_at: number;
  };
  kpis: {
    organisation_id: string;
    id: string;
    label: string;
    unit: string;
    direction: string;
    target: number | null;
    min: number;
    max: number;
    weight: number;
    seed: number;
  };
  metric_points: {
    organisation_id: string;
    kpi_id: string;
    at: number;
    value: number;
    /** 'push:<key id>', 'connector:<id>', 'staff:<user>', 'simulator'. */
    source: string;
    simulated: number;
    received_at: number;
  };
  /**
   * The current point of each KPI: the newest real point, or the newest simulated one while the KPI
   * has no real point. Maintained by the metric store with every upsert.
   */
  latest_points: {
    organisation_id: string;
    kpi_id: string;
    at: number;
    value: number;
    source: string;
    simulated: number;
  };
  api_keys: {
    id: string;
    organisation_id: string;
    /** `sha256$<hex>` of the secret part (older keys: `scrypt$salt$hash` until first use), never the key. */
    secret_hash: string;
    label: string | null;
    created_at: number;
    revoked_at: number | null;
    last_used_at: number | null;
  };
  users: {
    id: Generated<number>;
    username: string;
    password_hash: string;
    role: string;
    organisation_id: string | null;
    /** Unused since 006 (per-source throttling replaced the account lock). */
    failed_logins: Generated<number>;
    /** Unused since 006. */
    locked_until: number | null;
    created_at: number;
    /** Epoch ms the account was disabled, or null (006). */
    disabled_at: number | null;
    /** 1 until the user replaces a one-time password (006). */
    must_change_password: number;
  };
  connectors: {
    id: Generated<number>;
    organisation_id: string;
    kind: string;
    url: string;
    /** JSON text: how fields of the response map to KPIs. */
    mapping: string;
    interval_s: number;
    enabled: number;
    last_ok_at: number | null;
    last_error: string | null;
    failures: number;
  };
  /** Server-wide values that must survive restarts (e.g. the generated auth secret). */
  settings: {
    key: string;
    value: string;
  };
  audit_log: {
    id: Generated<number>;
    at: number;
    actor: string;
    action: string;
    target: string;
    /** JSON text with the details of the change. */
    detail: string | null;
  };
  /** A scheduled public session (issue 4). `agenda` is JSON text (string[]). */
  sessions: {
    id: string;
    title: string;
    organiser: string;
    description: string;
    starts_at: number;
    ends_at: number;
    agenda: string;
    /** 'public' | 'invite'. */
    visibility: string;
    invite_code: string | null;
    /** 'scheduled' | 'live' | 'ended'. */
    phase: string;
    created_by_id: number;
    created_by: string;
    created_at: number;
  };
  /** A session's accepted events, seq 1, 2, … per session; `actor` and `act` are JSON text. */
  session_events: {
    id: Generated<number>;
    session_id: string;
    seq: number;
    at: number;
    actor: string | null;
    act: string;
    /** The id of a forwarded request that made this event (migration 015), else null. */
    request_id: string | null;
  };
  session_decks: {
    id: string;
    session_id: string;
    name: string;
    pages: number;
    at: number;
  };
  /** One page image of a deck (0-based page). */
  session_slides: {
    deck_id: string;
    page: number;
    mime: string;
    bytes: Uint8Array;
  };
  /** The minutes of a session, stored at each end: JSON text (SessionRecord). */
  session_records: {
    id: Generated<number>;
    session_id: string;
    at: number;
    record: string;
  };
  /** Who a `city` session was: `keys` is JSON text (string[]: 'visitor:<id>', 'session:<id>'). */
  city_visits: {
    session_id: string;
    name: string;
    keys: string;
    at: number;
  };
  /** A resident's report of a person (and of one of their chat lines, with its text as reported). */
  city_reports: {
    id: Generated<number>;
    at: number;
    reporter_key: string;
    reporter_name: string;
    target_session: string;
    target_name: string;
    message_id: number | null;
    message_text: string | null;
    reason: string;
    note: string;
    resolved_at: number | null;
    resolved_by: string | null;
  };
  /** A timed mute or ban in the city ('mute' | 'ban'), until `until` or until lifted. */
  city_sanctions: {
    id: Generated<number>;
    kind: string;
    session_id: string;
    name: string;
    until: number;
    reason: string;
    by: string;
    at: number;
    lifted_at: number | null;
    lifted_by: string | null;
  };
  /** The visitor keys a sanction covers (any of them matches). */
  city_sanction_keys: {
    sanction_id: number;
    key: string;
  };
  /** Chat lines a moderator deleted: never in history again. */
  chat_deletions: {
    line_id: number;
    at: number;
    by: string;
    reason: string;
  };
  /** A session's model after event `seq`, JSON text (SessionSnapshot in sessionStore.ts). */
  session_snapshots: {
    id: Generated<number>;
    session_id: string;
    seq: number;
    at: number;
    snapshot: string;
  };
  /**
   * A sign-in (006): tokens carry its id and generation; a refresh bumps the generation (the old
   * token stops working), sign-out or a disabled account ends it.
   */
  auth_sessions: {
    id: string;
    user_id: number;
    generation: number;
    started_at: number;
    ended_at: number | null;
  };
} & PendataanTables &
  RaporTables &
  ServicesTables &
  KioskTables;
