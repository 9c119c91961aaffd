// The guided first run of a new RT/RW surveyor (client only, pure): which step the guide shows, from
// what the phone already holds — welcome, start a practice record, finish it, send it, done. A step is
// passed by doing it, so the guide survives reloads and never asks for what was already done.
import type { LocalRecord } from './localDb.ts';

export const GUIDE_STEPS = ['welcome', 'practice', 'finish', 'send', 'done'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];
/** What the surveyor closed: the welcome (read) and the closing card. */
export type GuideSeen = { welcome: boolean; done: boolean };

export function guideStep(args: {
  trained: boolean;
  hasAssignment: boolean;
  records: readonly LocalRecord[];
  seen: GuideSeen;
}): GuideStep | null {
  const practice = args.records.filter((r) => r.practice);
  const sent = args.trained || practice.some((r) => r.state === 'sent');
  if (sent) return args.seen.done ? null : 'done';
  if (!args.hasAssignment) return null;
  if (!args.seen.welcome) return 'welcome';
  if (practice.some((r) => r.state === 'outbox')) return 'send';
  if (practice.length > 0) return 'finish';
  return 'practice';
}
