// An OPD's line in this month's rapor kinerja (grade, score, rank of how many), and the way to the
// whole table. Same store and feed as the 3D rapor wall.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFixed } from '../../shared/format.ts';
import { loadRapor } from '../net/raporFeed.ts';
import { useRaporStore } from '../stores/useRaporStore.ts';
import { LiteLink } from './LiteLink.tsx';

export function OpdRapor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const rapor = useRaporStore((s) => s.rapor.month);
  useEffect(() => void loadRapor('month'), []);
  const entry = rapor?.organisations.find((o) => o.id === id);
  const ranked = rapor?.organisations.filter((o) => o.rank !== null).length ?? 0;
  return (
    <>
      <p>
        {!rapor
          ? t('lite.opd.raporLoading')
          : rapor.released === false
            ? t('rapor.notReleased')
            : !entry || entry.score === null || entry.rank === null
              ? t('lite.opd.raporUnscored')
              : t('lite.opd.raporLine', {
                  grade: entry.grade,
                  score: formatFixed(entry.score, 1, i18n.language),
                  rank: entry.rank,
                  total: ranked,
                })}
      </p>
      <p>
        <LiteLink to={{ kind: 'rapor' }}>{t('lite.opd.raporAll')}</LiteLink>
      </p>
    </>
  );
}
