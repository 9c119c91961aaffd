// Pendataan › Kemajuan: coverage city → kecamatan → kelurahan → RW (RTs with an accepted record over
// RTs in the roster, records against target), late RTs, days to the deadline, surveyor training.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressNode } from '../../shared/pendataan/progress.ts';
import { findRegion } from '../../shared/pendataan/wilayah.ts';
import { type ProgressView, pendataanStaffApi } from '../net/pendataanStaffApi.ts';

type Props = { token: string; organisationId: string; campaignId: number };
const INDENT = { kota: 0, kecamatan: 1, kelurahan: 2, rw: 3 } as const;

function Row({ n }: { n: ProgressNode }) {
  const share = n.rts === 0 ? 0 : Math.round((n.covered / n.rts) * 100);
  return (
    <tr data-level={n.level}>
      <td style={{ paddingLeft: `${8 + INDENT[n.level] * 16}px` }}>
        {n.level === 'kecamatan' ? `Kec. ${n.name}` : n.name}
      </td>
      <td>
        <span className="pd-bar" style={{ '--share': `${share}%` } as React.CSSProperties}>
          {n.covered}/{n.rts} ({share}%)
        </span>
      </td>
      <td>
        {n.records} ({n.accepted})
      </td>
      <td>{n.target ?? '–'}</td>
    </tr>
  );
}

export function PendataanProgress({ token, organisationId, campaignId }: Props) {
  const { t } = useTranslation();
  const [p, setP] = useState<ProgressView | null>(null);
  useEffect(() => {
    pendataanStaffApi.progress(token, organisationId, campaignId).then(setP, () => setP(null));
  }, [token, organisationId, campaignId]);
  if (!p) return null;
  // Depth-first: each region followed by the regions inside it.
  const children = (code: string) =>
    p.nodes.filter((n) =>
      n.level === 'rw' ? n.code.startsWith(`${code}/`) : findRegion(n.code)?.parent === code,
    );
  const ordered: ProgressNode[] = [];
  const walk = (n: ProgressNode) => {
    ordered.push(n);
    for (const c of children(n.code)) walk(c);
  };
  for (const root of p.nodes.filter((n) => n.level === 'kota')) walk(root);
  return (
    <section className="staff-card">
      <h3>{p.campaign.title}</h3>
      <p className="staff-muted">
        {t('pd.progress.days', { days: p.daysLeft })} · {t('pd.progress.training', p.training)}
      </p>
      <table className="pd-table pd-progress">
        <thead>
          <tr>
            <th>{t('pd.progress.region')}</th>
            <th>{t('pd.progress.coverage')}</th>
            <th>{t('pd.progress.records')}</th>
            <th>{t('pd.progress.target')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((n) => (
            <Row key={n.code} n={n} />
          ))}
        </tbody>
      </table>
      <h3>{t('pd.progress.late')}</h3>
      {p.late.length === 0 ? (
        <p>{t('pd.progress.noLate')}</p>
      ) : (
        <ul>
          {p.late.map((l) => (
            <li key={`${l.kelurahan}/${l.rw}/${l.rt}`}>
              {findRegion(l.kelurahan)?.name} · RW {l.rw} · RT {l.rt}: {l.records}/{l.expected}
            </li>
          ))}
          {p.lateCount > p.late.length && (
            <li>{t('pd.progress.lateMore', { count: p.lateCount - p.late.length })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
