// Moderation of the city plaza over HTTP (staff console ↔ /api/moderation/city/…): who may moderate,
// the actions with their validators, and the views the API answers with. Residents report over the
// `city` room (protocol.ts `report`). Runs on server and client.
import { z } from 'zod';
import type { ReportReason } from './protocol.ts';

/** Roles that moderate the city (across all shards). */
export const CITY_MODERATOR_ROLES = ['admin', 'moderator'] as const;

/** Longest timed mute or ban, in minutes (7 days). */
export const SANCTION_MAX_MINUTES = 7 * 24 * 60;
/** Longest reason a moderator gives, in characters. */
export const MODERATION_REASON_MAX_CHARS = 200;

/** A city visitor's Colyseus session id (as in chat lines' `from` and the players map). */
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{4,32}$/);
const reason = z.string().max(MODERATION_REASON_MAX_CHARS * 2);
const minutes = z.number().int().min(1).max(SANCTION_MAX_MINUTES);

/** POST /api/moderation/city/actions: mute or ban for `minutes`, or remove (kick) now. */
export const CityAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('mute'), sessionId, minutes, reason }),
  z.strictObject({ kind: z.literal('ban'), sessionId, minutes, reason }),
  z.strictObject({ kind: z.literal('kick'), sessionId, reason }),
]);
export type CityAction = z.infer<typeof CityAction>;

/** Body of DELETE /api/moderation/city/chat/:id (optional). */
export const DeleteChatBody = z.strictObject({ reason: reason.optional() });

export type SanctionKind = 'mute' | 'ban';

export type CityReportView = {
  id: number;
  at: number;
  reporterName: string;
  /** Whom the report is about (their session id, for actions), and the name they had. */
  target: { sessionId: string; name: string };
  /** The reported chat line as it was when reported (`deleted` once a moderator deleted it); null for a person. */
  message: { id: number; text: string; deleted: boolean } | null;
  reason: ReportReason;
  note: string;
  resolved: boolean;
};

export type CitySanctionView = {
  id: number;
  kind: SanctionKind;
  sessionId: string;
  name: string;
  /** Epoch ms. */
  until: number;
  reason: string;
  /** Audit name of the moderator. */
  by: string;
  at: number;
};
