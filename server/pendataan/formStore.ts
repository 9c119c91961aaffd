// Form versions. A draft may be replaced; publishing freezes it; saving a form whose newest version is
// published or retired makes the next version. Submissions point at the exact version they were
// made with. Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import type { Tables } from '../db/tables.ts';

export const FORM_STATUSES = ['draft', 'published', 'retired'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

export type FormVersion = {
  id: number;
  organisationId: string;
  key: string;
  version: number;
  title: string;
  definition: FormDefinition;
  status: FormStatus;
  createdBy: string;
  createdAt: number;
  publishedAt: number | null;
};

export type FormStore = {
  /** Stores `definition` as the draft of its form (replacing an existing draft, else a new version). */
  saveDraft(
    organisationId: string,
    definition: FormDefinition,
    by: string,
    nowMs: number,
  ): Promise<FormVersion>;
  /** draft → published; undefined when the version is not a draft. */
  publish(id: number, nowMs: number): Promise<FormVersion | undefined>;
  /** published → retired (no new submissions); undefined when not published. */
  retire(id: number): Promise<FormVersion | undefined>;
  get(id: number): Promise<FormVersion | undefined>;
  /** Every version, newest first, optionally of one organisation. */
  list(organisationId?: string): Promise<FormVersion[]>;
  /** The newest published version of a form. */
  latestPublished(organisationId: string, key: string): Promise<FormVersion | undefined>;
};

type Row = Selectable<Tables['pendataan_forms']>;

function toForm(r: Row): FormVersion {
  return {
    id: Number(r.id),
    organisationId: r.organisation_id,
    key: r.form_key,
    version: r.version,
    title: r.title,
    definition: JSON.parse(r.definition) as FormDefinition,
    status: r.status as FormStatus,
    createdBy: r.created_by,
    createdAt: Number(r.created_at),
    publishedAt: r.published_at === null ? null : Number(r.published_at),
  };
}

export function formStore(db: Kysely<Tables>, ensureOpen: () => void): FormStore {
  const forms = () => db.selectFrom('pendataan_forms').selectAll();
  const setStatus = async (id: number, from: FormStatus, to: FormStatus, publishedAt?: number) => {
    const row = await db
      .updateTable('pendataan_forms')
      .set(publishedAt === undefined ? { status: to } : { status: to, published_at: publishedAt })
      .where('id', '=', id)
      .where('status', '=', from)
      .returningAll()
      .executeTakeFirst();
    return row && toForm(row);
  };
  return {
    async saveDraft(organisationId, definition, by, nowMs) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const newest = await trx
          .selectFrom('pendataan_forms')
          .selectAll()
          .where('organisation_id', '=', organisationId)
          .where('form_key', '=', definition.key)
          .orderBy('version', 'desc')
          .executeTakeFirst();
        const values = {
          title: definition.title,
          definition: JSON.stringify(definition),
          created_by: by,
          created_at: nowMs,
        };
        const row =
          newest?.status === 'draft'
            ? await trx
                .updateTable('pendataan_forms')
                .set(values)
                .where('id', '=', newest.id)
                .returningAll()
                .executeTakeFirstOrThrow()
            : await trx
                .insertInto('pendataan_forms')
                .values({
                  ...values,
                  organisation_id: organisationId,
                  form_key: definition.key,
                  version: (newest?.version ?? 0) + 1,
                  status: 'draft',
                })
                .returningAll()
                .executeTakeFirstOrThrow();
        return toForm(row);
      });
    },
    async publish(id, nowMs) {
      ensureOpen();
      return setStatus(id, 'draft', 'published', nowMs);
    },
    async retire(id) {
      ensureOpen();
      return setStatus(id, 'published', 'retired');
    },
    async get(id) {
      ensureOpen();
      const row = await forms().where('id', '=', id).executeTakeFirst();
      return row && toForm(row);
    },
    async list(organisationId) {
      ensureOpen();
      let q = forms();
      if (organisationId !== undefined) q = q.where('organisation_id', '=', organisationId);
      return (await q.orderBy('form_key').orderBy('version', 'desc').execute()).map(toForm);
    },
    async latestPublished(organisationId, key) {
      ensureOpen();
      const row = await forms()
        .where('organisation_id', '=', organisationId)
        .where('form_key', '=', key)
        .where('status', '=', 'published')
        .orderBy('version', 'desc')
        .executeTakeFirst();
      return row && toForm(row);
    },
  };
}
