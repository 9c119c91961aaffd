// Pendataan › Tinjauan: records awaiting review (NIK and No. KK masked by the server, likely duplicates
// flagged) with accept, return with a comment, or reject.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findRegion } from '../../shared/pendataan/wilayah.ts';
import { pendataanStaffApi, type ReviewRecord, type StaffForm } from '../net/pendataanStaffApi.ts';

type Props = { token: string; organisationId: string; campaignId: number };

const show = (v: unknown) =>
  Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);

export function PendataanReview({ token, organisationId, campaignId }: Props) {
  const { t } = useTranslation();
  const [records, setRecords] = useState<ReviewRecord[]>([]);
  const [form, setForm] = useState<StaffForm | null>(null);
  const [comments, setComments] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(() => {
    pendataanStaffApi.queue(token, organisationId, campaignId).then(
      (q) => {
        setRecords(q.records);
        setForm(q.form);
      },
      () => setMessage(t('pd.failed')),
    );
  }, [token, organisationId, campaignId, t]);
  useEffect(load, [load]);
  const decide = async (id: number, decision: 'accept' | 'return' | 'reject') => {
    if (decision === 'return' && !comments[id]?.trim()) return setMessage(t('pd.review.needComment'));
    setMessage(null);
    await pendataanStaffApi
      .review(token, organisationId, id, decision, comments[id])
      .catch(() => setMessage(t('pd.failed')));
    load();
  };
  const label = (name: string) => form?.definition.fields.find((f) => f.name === name)?.label ?? name;
  return (
    <section className="staff-card">
      {message && <p className="staff-error">{message}</p>}
      {records.length === 0 && <p>{t('pd.review.none')}</p>}
      {records.map((r) => (
        <article key={r.id} className="pd-review" data-duplicate={r.duplicate}>
          <h3>
            #{r.id} · {findRegion(r.kelurahan)?.name} · RW {r.rw} · RT {r.rt}
            {r.revision > 1 && (
              <span className="staff-muted"> · {t('pd.review.revision', { n: r.revision })}</span>
            )}
          </h3>
          {r.duplicate && <p className="staff-error">{t('pd.review.duplicate')}</p>}
          <dl>
            {Object.entries(r.answers).map(([k, v]) => (
              <div key={k}>
                <dt>{label(k)}</dt>
                <dd>{show(v)}</dd>
              </div>
            ))}
          </dl>
          <label>
            {t('pd.review.comment')}
            <input
              value={comments[r.id] ?? ''}
              onChange={(e) => setComments({ ...comments, [r.id]: e.target.value })}
            />
          </label>
          <div className="pd-actions">
            <button type="button" className="staff-primary" onClick={() => void decide(r.id, 'accept')}>
              {t('pd.review.accept')}
            </button>
            <button type="button" onClick={() => void decide(r.id, 'return')}>
              {t('pd.review.return')}
            </button>
            <button type="button" onClick={() => void decide(r.id, 'reject')}>
              {t('pd.review.reject')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
