// An organisation's detail for the booth panel (client only): fetched once when the panel opens;
// live values then arrive through useBoothStore, not by fetching again. Until the fetch answers
// (or when it fails) the registry's seed figures are shown, marked simulated.
import { useEffect, useState } from 'react';
import type { LatestFigure, OpdDetail } from '../../../../shared/apiTypes.ts';
import { seedFigures } from '../../../../shared/booth.ts';
import { kpiRules } from '../../../../shared/kpi.ts';
import type { Organisation } from '../../../../shared/registry.ts';
import { fetchOpd } from '../../../net/api.ts';

function seedDetail(org: Organisation): LatestFigure[] {
  return seedFigures(org).map((f, i) => {
    const k = org.kpis[i];
    const { direction, target } = k ? kpiRules(k) : { direction: 'neutral' as const, target: null };
    return { ...f, at: null, source: null, direction, target };
  });
}

export function useOpdDetail(org: Organisation): { detail: OpdDetail | null; latest: LatestFigure[] } {
  const [detail, setDetail] = useState<OpdDetail | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchOpd(org.id, abort.signal).then(setDetail, () => {
      // Aborted or unreachable: the seeds stay on screen.
    });
    return () => abort.abort();
  }, [org.id]);
  return { detail, latest: detail?.latest ?? seedDetail(org) };
}
