import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Progress while the 3D chunk downloads: the bar eases towards 90 % until the chunk arrives. */
export function LoadingScreen({ progress }: { progress?: number }) {
  const { t } = useTranslation();
  const [eased, setEased] = useState(5);
  useEffect(() => {
    if (progress !== undefined) return;
    const timer = setInterval(() => setEased((p) => p + (90 - p) * 0.08), 100);
    return () => clearInterval(timer);
  }, [progress]);
  const value = Math.round(progress ?? eased);
  return (
    <main className="lobby loading">
      <div className="lobby-card">
        <p>{t('loading.world')}</p>
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value}
        >
          <div style={{ width: `${value}%` }} />
        </div>
      </div>
    </main>
  );
}
