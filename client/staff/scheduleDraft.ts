// The schedule form's draft (what the inputs hold) and its turn into the POST /api/sessions body,
// checked with the same validator as the server (shared/session/schedule.ts). Client only, pure.
import { NewSession, type Visibility } from '../../shared/session/schedule.ts';
import { msToWitaInput, witaInputToMs } from '../lobby/witaTime.ts';

export const SCHEDULE_FIELDS = [
  'title',
  'organiser',
  'description',
  'startsAt',
  'endsAt',
  'agenda',
  'visibility',
  'inviteCode',
] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

export type ScheduleDraft = {
  title: string;
  organiser: string;
  description: string;
  /** `datetime-local` values, read as WITA. */
  startsAt: string;
  endsAt: string;
  /** One agenda item per line; blank lines are dropped. */
  agenda: string;
  visibility: Visibility;
  inviteCode: string;
};

const HOUR_MS = 3_600_000;

/** A fresh draft: starts at the second full hour from now, lasts two hours. */
export function emptyDraft(organiser: string, nowMs: number): ScheduleDraft {
  const start = Math.ceil(nowMs / HOUR_MS) * HOUR_MS + HOUR_MS;
  return {
    title: '',
    organiser,
    description: '',
    startsAt: msToWitaInput(start),
    endsAt: msToWitaInput(start + 2 * HOUR_MS),
    agenda: '',
    visibility: 'public',
    inviteCode: '',
  };
}

/** The field a server or validator error path names (`agenda.3` → `agenda`), if it is a form field. */
export function fieldOf(path: string | undefined): ScheduleField | null {
  const head = path?.split('.')[0];
  return SCHEDULE_FIELDS.find((f) => f === head) ?? null;
}

export type DraftCheck = { ok: true; body: NewSession } | { ok: false; fields: ScheduleField[] };

/** The request body, or every field that would be refused. */
export function draftToBody(d: ScheduleDraft): DraftCheck {
  const startsAt = witaInputToMs(d.startsAt);
  const endsAt = witaInputToMs(d.endsAt);
  const input = {
    title: d.title,
    organiser: d.organiser,
    description: d.description,
    startsAt: startsAt ?? -1,
    endsAt: endsAt ?? -1,
    agenda: d.agenda
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
    visibility: d.visibility,
    ...(d.visibility === 'invite' ? { inviteCode: d.inviteCode.trim() } : {}),
  };
  const parsed = NewSession.safeParse(input);
  if (parsed.success) return { ok: true, body: parsed.data };
  const fields = new Set<ScheduleField>();
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    if (field) fields.add(field);
  }
  if (fields.size === 0) fields.add('title');
  return { ok: false, fields: [...fields] };
}

/** A random invite code (10 url-safe characters). */
export function randomInviteCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
