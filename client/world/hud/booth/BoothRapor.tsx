// The organisation's grade in the month's rapor, in its booth panel — only once the mayor's office has
// released the month (before that, nothing: no public answer ties a grade to a name). Opens why the
// grade is what it is. Reads useRaporStore (the world's rapor feed fills it). Client only.
import { useTranslation } from 'react-i18next';
import { RaporExplain } from '../../../rapor/RaporExplain.tsx';
import { useRaporStore } from '../../../stores/useRaporStore.ts';

export function BoothRapor({ id }: { id: string }) {
  const { t } = useTranslation();
  const rapor = useRaporStore((s) => s.rapor.month);
  const entry = rapor?.released ? rapor.organisations.find((o) => o.id === id && !o.hidden) : undefined;
  if (!entry) return null;
  return (
    <details className="booth-rapor" data-testid="booth-rapor">
      <summary>
        {t('rapor.boothGrade', {
          grade: entry.grade,
          rank: entry.rank ?? '–',
          count: rapor?.organisations.filter((o) => o.rank !== null).length ?? 0,
        })}
      </summary>
      <RaporExplain entry={entry} />
    </details>
  );
}
