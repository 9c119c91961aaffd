// The booth panel (DOM overlay): full name, category, every KPI with its unit, a description.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFigure, seedFigures } from '../../../shared/booth.ts';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { CATEGORY_COLORS, FALLBACK_COLOR } from '../scene/palette.ts';

export function BoothPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeBoothPanel);
  const closeButton = useRef<HTMLButtonElement>(null);
  const org = findOrganisation(REGISTRY, id);
  // Focus moves into the panel when it opens (keyboard and screen-reader users land on it).
  useEffect(() => closeButton.current?.focus(), []);
  if (!org) return null;
  const category = t(`categories.${org.category}`, {
    defaultValue: REGISTRY.categories[org.category] ?? org.category,
  });
  const figures = seedFigures(org);
  return (
    <section
      className="panel booth-panel"
      role="dialog"
      aria-labelledby="booth-title"
      style={{ borderTopColor: CATEGORY_COLORS[org.category] ?? FALLBACK_COLOR }}
    >
      <header>
        <div>
          <p className="eyebrow">
            {t('booth.category')}: {category}
          </p>
          <h2 id="booth-title">
            {org.name} <span className="abbr">({org.abbreviation})</span>
          </h2>
        </div>
        <button
          type="button"
          className="icon"
          onClick={close}
          aria-label={t('booth.close')}
          ref={closeButton}
        >
          ×
        </button>
      </header>
      <p>{t('booth.description', { name: org.name, category })}</p>
      <h3>{t('booth.figures')}</h3>
      <dl className="figures">
        {figures.map((f) => (
          <div key={f.kpi}>
            <dt>{f.label}</dt>
            <dd>
              <strong>{formatFigure(f.value)}</strong> {f.unit}
              {f.simulated && <span className="sim">{t('booth.simulated')}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('booth.simulatedNote')}</p>
    </section>
  );
}
