// The pendataan HTTP contract shared by the field app, the staff console and the server: the sync
// request (validated here), its per-record results, and the views each side receives.
// Pure; runs on server and client.
import { z } from 'zod';
import type { FormDefinition } from './form.ts';
import { MAX_SYNC_BATCH } from './limits.ts';
import type { SurveyorRole } from './roster.ts';
import type { AnswerError } from './submission.ts';

export const SyncItem = z.strictObject({
  /** Made by the phone when the record is first saved; the same on every resend. */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  campaignId: z.number().int().positive(),
  formId: z.number().int().positive(),
  kelurahan: z.string().max(20),
  rw: z.number().int().min(1).max(999),
  rt: z.number().int().min(1).max(999),
  answers: z.record(z.string(), z.unknown()),
  practice: z.boolean(),
  /** 1, then +1 each time a returned record is sent again. */
  revision: z.number().int().min(1).max(1000),
  /** When the surveyor saved it, epoch ms (phone clock). */
  submittedAt: z.number().int().nonnegative(),
});
export type SyncItem = z.infer<typeof SyncItem>;
export const SyncRequest = z.strictObject({ submissions: z.array(z.unknown()).min(1).max(MAX_SYNC_BATCH) });

export const REFUSALS = [
  'malformed',
  'campaign-unknown',
  'campaign-not-started',
  'form-unknown',
  'form-retired',
  'out-of-scope',
  'not-your-rt',
  'invalid',
  'locked',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** stored / resubmitted / duplicate (already held: nothing changed) are all "sent"; refused is not. */
export type SyncResult =
  | { clientId: string; outcome: 'stored' | 'resubmitted' | 'duplicate'; id: number }
  | { clientId: string; outcome: 'refused'; reason: Refusal; errors?: AnswerError[] };

export type SurveyorView = {
  id: number;
  name: string;
  kelurahan: string;
  kelurahanName: string;
  rw: number;
  rt: number;
  role: SurveyorRole;
  trained: boolean;
};

/** One campaign a surveyor may fill, with the version to use and the RTs they may record for. */
export type Assignment = {
  campaignId: number;
  title: string;
  organisationId: string;
  startsAt: number;
  deadlineAt: number;
  targetPerRt: number | null;
  form: { id: number; version: number; definition: FormDefinition };
  rts: number[];
};

/** The review state of one of the surveyor's records. A returned one carries the comment and what was
 *  sent, so it reappears for correction even on a phone that lost its copy. */
export type RecordState = {
  clientId: string;
  status: 'submitted' | 'accepted' | 'returned' | 'rejected';
  comment: string | null;
  revision: number;
  practice: boolean;
  returned?: {
    campaignId: number;
    formId: number;
    kelurahan: string;
    rw: number;
    rt: number;
    answers: Record<string, unknown>;
  };
};

export type FieldHome = { surveyor: SurveyorView; assignments: Assignment[]; records: RecordState[] };
