// Accounts and organisation profiles: roles, username rule, the editable profile and its validator.
// Pure; runs on server (CLI, API) and client (staff console forms).
import { z } from 'zod';
import { cleanLines } from './text.ts';

export const ROLES = ['admin', 'staff', 'host', 'moderator'] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;
export const isUsername = (s: string): boolean => USERNAME_PATTERN.test(s);

/** What the API says about a signed-in user. */
export type AccountView = { username: string; role: Role; organisationId: string | null };

/** An account as the admins' list shows it (GET /api/admin/users): never a password or its hash. */
export type AccountRow = AccountView & {
  disabled: boolean;
  /** Still on a one-time password from the admin CLI. */
  mustChangePassword: boolean;
  /** Epoch ms. */
  createdAt: number;
};

/** One audit-log entry (GET /api/admin/audit), newest first. */
export type AuditRow = {
  id: number;
  /** Epoch ms. */
  at: number;
  actor: string;
  action: string;
  target: string;
  detail?: Record<string, unknown>;
};

/** Shortest password a user may choose, characters (the server refuses shorter ones). */
export const MIN_PASSWORD_LENGTH = 12;

export const SOCIAL_NETWORKS = ['instagram', 'facebook', 'x', 'youtube', 'tiktok'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** Profile text is shown to every visitor: cleaned as all such text is (shared/text.ts), lines kept. */
const text = (max: number, min = 0) =>
  z
    .string()
    .transform((s) => cleanLines(s, Number.MAX_SAFE_INTEGER))
    .pipe(z.string().min(min).max(max));
/** An https URL or an empty string (unset). */
const httpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(300)]);

export const Profile = z.strictObject({
  description: text(2000),
  services: z.array(text(200, 1)).max(30),
  serviceHours: text(300),
  address: text(300),
  contact: z.strictObject({
    phone: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{5,20}$/),
    ]),
    email: z.union([z.literal(''), z.email().max(200)]),
    website: httpsUrl,
  }),
  social: z.strictObject({
    instagram: httpsUrl,
    facebook: httpsUrl,
    x: httpsUrl,
    youtube: httpsUrl,
    tiktok: httpsUrl,
  }),
});
export type Profile = z.infer<typeof Profile>;

export const EMPTY_PROFILE: Profile = {
  description: '',
  services: [],
  serviceHours: '',
  address: '',
  contact: { phone: '', email: '', website: '' },
  social: { instagram: '', facebook: '', x: '', youtube: '', tiktok: '' },
};

/** Validates a profile; on failure names the first bad field as a dotted path (e.g. `social.x`). */
export function parseProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; field: string } {
  const parsed = Profile.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue?.path.map(String).join('.') || 'profile' };
}
