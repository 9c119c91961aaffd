// Scheduling a public session: the body of POST /api/sessions and what GET /api/sessions returns.
// Runs on server (validation) and client (staff form, lobby list).
import { z } from 'zod';
import type { Phase } from './model.ts';

export const VISIBILITIES = ['public', 'invite'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

const text = (max: number) => z.string().trim().max(max);

/** POST /api/sessions. Times are epoch ms; `inviteCode` is required when visibility is 'invite'. */
export const NewSession = z
  .strictObject({
    title: text(120).min(3),
    /** Organiser organisation id (must be in the registry). */
    organiser: z.string().min(1).max(64),
    description: text(2000).default(''),
    startsAt: z.number().int().positive(),
    endsAt: z.number().int().positive(),
    agenda: z.array(text(200).min(1)).max(30).default([]),
    visibility: z.enum(VISIBILITIES).default('public'),
    inviteCode: z
      .string()
      .regex(/^[A-Za-z0-9_-]{4,64}$/)
      .optional(),
  })
  .refine((s) => s.endsAt > s.startsAt, { path: ['endsAt'], message: 'endsAt must be after startsAt' })
  .refine((s) => s.visibility === 'public' || s.inviteCode !== undefined, {
    path: ['inviteCode'],
    message: 'invite-only sessions need an invite code',
  });
export type NewSession = z.infer<typeof NewSession>;

/** Where a session stands for listings: `upcoming` (scheduled, not yet over), `live`, `past`. */
export type SessionWhen = 'upcoming' | 'live' | 'past';

export function sessionWhen(phase: Phase, endsAt: number, nowMs: number): SessionWhen {
  if (phase === 'live') return 'live';
  if (phase === 'ended' || endsAt <= nowMs) return 'past';
  return 'upcoming';
}

/**
 * One session in GET /api/sessions and GET /api/sessions/:id. The invite code is only in answers to
 * the session's host, moderators and admins (so their shareable link can carry it), never to others.
 */
export type SessionSummary = {
  id: string;
  title: string;
  organiser: string;
  organiserName: string;
  description: string;
  startsAt: number;
  endsAt: number;
  agenda: string[];
  visibility: Visibility;
  phase: Phase;
  when: SessionWhen;
  /** Path that opens the client straight into the session: `/?session=<id>`. */
  link: string;
  createdBy: string;
  /** Attendees connected now across shards (live sessions). */
  attendance: number;
  /** Stored records of the session (one per end), newest first. */
  records: Array<{ id: number; at: number }>;
  /** Invite-only sessions, for their host, moderators and admins only. */
  inviteCode?: string;
};

/** A slide deck: its pages are served at /api/sessions/:id/decks/:deckId/:page (0-based). */
export type DeckSummary = { id: string; pages: number; name: string; at: number };
