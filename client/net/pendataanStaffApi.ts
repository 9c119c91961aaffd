// The staff console's pendataan calls (client only): forms (XLSForm upload, publish, retire), campaigns,
// the roster with its activation sheet, the review queue, progress, and the raw export download.
// Same origin as the page; errors are ApiError (status, field, first message) like staffApi.ts.
import type { OpenColumn } from '../../shared/pendataan/aggregate.ts';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import type { Progress } from '../../shared/pendataan/progress.ts';
import { ApiError } from './staffApi.ts';

export type StaffForm = {
  id: number;
  key: string;
  version: number;
  title: string;
  status: 'draft' | 'published' | 'retired';
  definition: FormDefinition;
  createdAt: number;
};
export type StaffCampaign = {
  id: number;
  formKey: string;
  title: string;
  scope: string[];
  startsAt: number;
  deadlineAt: number;
  targetPerRt: number | null;
};
export type SheetEntry = {
  id: number;
  name: string;
  kelurahan: string;
  rw: number;
  rt: number;
  role: string;
  code: string;
  url: string;
  qrSvg: string;
};
export type RosterEntry = {
  id: number;
  name: string;
  kelurahan: string;
  rw: number;
  rt: number;
  role: string;
  hasCode: boolean;
  activatedAt: number | null;
  trainedAt: number | null;
};
export type XlsformError = { sheet: string; row: number; column: string; message: string };
export type ReviewRecord = {
  id: number;
  kelurahan: string;
  rw: number;
  rt: number;
  answers: Record<string, unknown>;
  duplicate: boolean;
  revision: number;
  submittedAt: number;
};
export type ProgressView = Progress & {
  campaign: StaffCampaign;
  /** Late RTs in all; `late` holds the LATE_SHOWN most behind. */
  lateCount: number;
  training: { surveyors: number; activated: number; trained: number };
};
export type { OpenColumn };

/** An error body with row/column or line details (XLSForm upload, roster import). */
export class DetailedError<T> extends ApiError {
  readonly details: T[];
  constructor(status: number, body: { error?: string; errors?: T[] }) {
    super(status, { error: body.error }, null);
    this.details = body.errors ?? [];
  }
}

async function send<T>(
  method: string,
  path: string,
  token: string,
  body?: BodyInit,
  type?: string,
): Promise<T> {
  const res = await fetch(`/api/staff/pendataan${path}`, {
    method,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(type ? { 'content-type': type } : {}),
    },
    body,
  });
  const json = (await res.json().catch(() => ({}))) as { error?: string; field?: string; errors?: unknown[] };
  if (!res.ok) throw new DetailedError(res.status, json);
  return json as T;
}
const json = (value: unknown) => JSON.stringify(value);
const org = (id: string) => `/${encodeURIComponent(id)}`;

export const pendataanStaffApi = {
  forms: (token: string, opd: string) => send<{ forms: StaffForm[] }>('GET', `${org(opd)}/forms`, token),
  uploadForm: (token: string, opd: string, file: Blob) =>
    send<StaffForm>('POST', `${org(opd)}/forms`, token, file, 'application/octet-stream'),
  /** A form from the designer, saved as a draft (400 DetailedError with {field, message} details). */
  saveForm: (token: string, opd: string, definition: FormDefinition) =>
    send<StaffForm>('POST', `${org(opd)}/forms`, token, json(definition), 'application/json'),
  setFormState: (token: string, opd: string, id: number, action: 'publish' | 'retire') =>
    send<StaffForm>('POST', `${org(opd)}/forms/${id}/${action}`, token),
  campaigns: (token: string, opd: string) =>
    send<{ campaigns: StaffCampaign[] }>('GET', `${org(opd)}/campaigns`, token),
  createCampaign: (token: string, opd: string, c: Omit<StaffCampaign, 'id'>) =>
    send<StaffCampaign>('POST', `${org(opd)}/campaigns`, token, json(c), 'application/json'),
  importRoster: (token: string, csv: string) =>
    send<{ created: SheetEntry[]; updated: number }>('POST', '/roster', token, csv, 'text/csv'),
  roster: (token: string) => send<{ surveyors: RosterEntry[] }>('GET', '/roster', token),
  reissue: (token: string, id: number) => send<SheetEntry>('POST', `/roster/${id}/reissue`, token),
  queue: (token: string, opd: string, campaignId: number) =>
    send<{ records: ReviewRecord[]; form: StaffForm | null }>(
      'GET',
      `${org(opd)}/campaigns/${campaignId}/submissions`,
      token,
    ),
  review: (
    token: string,
    opd: string,
    id: number,
    decision: 'accept' | 'return' | 'reject',
    comment?: string,
  ) =>
    send<unknown>(
      'POST',
      `${org(opd)}/submissions/${id}/review`,
      token,
      json({ decision, comment }),
      'application/json',
    ),
  progress: (token: string, opd: string, campaignId: number) =>
    send<ProgressView>('GET', `${org(opd)}/campaigns/${campaignId}/progress`, token),
  /** The raw export (records or data dictionary) as a file. */
  async exportFile(
    token: string,
    opd: string,
    formId: number,
    file: 'records' | 'dictionary',
  ): Promise<Blob> {
    const res = await fetch(`/api/staff/pendataan${org(opd)}/forms/${formId}/${file}.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new ApiError(res.status, {}, null);
    return res.blob();
  },
};
