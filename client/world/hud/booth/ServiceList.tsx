// The organisation's public services at the top of its booth panel (issue 12): name, what it is for,
// what to bring, steps, fees, hours, where, and buttons to the organisation's own channels (site or
// app, WhatsApp, phone). A click on one is a hand-off, counted (client/net/visitBeacon.ts). Seeded
// entries say they are not yet confirmed. The service picked in the directory opens and scrolls in.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { channelHref, HANDOFF_CHANNELS, type Service } from '../../../../shared/services/service.ts';
import { visitBeacon } from '../../../net/visitBeacon.ts';
import { useServicesStore } from '../../../stores/useServicesStore.ts';
import './services.css';

type Props = {
  opdId: string;
  services: Service[] | undefined;
  /** False where the page already gives the list its heading (Lite's section). */
  titled?: boolean;
};

export function ServiceList({ opdId, services, titled = true }: Props) {
  const { t } = useTranslation();
  const focus = useServicesStore((s) => (s.focus?.opdId === opdId ? s.focus.serviceId : null));
  // The directory's pick applies to this opening of the panel only.
  useEffect(() => () => useServicesStore.getState().setFocus(null), []);
  if (!services) return null;
  return (
    <section className="services" aria-labelledby={titled ? 'services-title' : undefined}>
      {titled && <h3 id="services-title">{t('services.heading')}</h3>}
      {services.length === 0 ? (
        <p className="muted small">{t('services.none')}</p>
      ) : (
        <ul>
          {services.map((s) => (
            <ServiceItem key={s.id} opdId={opdId} service={s} focused={s.id === focus} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ServiceItem({ opdId, service: s, focused }: { opdId: string; service: Service; focused: boolean }) {
  const { t, i18n } = useTranslation();
  const item = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Its title into view (not the whole entry, which may be taller than the panel and would push
    // the organisation's name out of sight).
    if (focused) item.current?.querySelector('summary')?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const en = i18n.language === 'en';
  const name = (en && s.nameEn) || s.name;
  const purpose = (en && s.purposeEn) || s.purpose;
  const where = [s.address, s.counter && `${t('services.counter')} ${s.counter}`].filter(Boolean).join(' · ');
  const channels = HANDOFF_CHANNELS.flatMap((channel) => {
    const href = channelHref(s, channel);
    if (!href) return [];
    const label =
      channel === 'url'
        ? s.online.label || t('services.website')
        : channel === 'whatsapp'
          ? t('services.whatsapp')
          : t('services.phone', { number: s.online.phone });
    return [{ channel, href, label }];
  });
  return (
    <li>
      <details ref={item} open={focused || undefined} data-service={s.id}>
        <summary>
          <strong>{name}</strong>
          {!s.confirmed && <span className="service-unconfirmed">{t('services.unconfirmed')}</span>}
        </summary>
        {purpose && <p>{purpose}</p>}
        {s.requirements.length > 0 && (
          <>
            <h4>{t('services.requirements')}</h4>
            <ul>
              {s.requirements.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
        {s.steps.length > 0 && (
          <>
            <h4>{t('services.steps')}</h4>
            <ol>
              {s.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        )}
        <dl className="service-facts">
          {s.fees && <Fact term={t('services.fees')} value={s.fees} />}
          {s.hours && <Fact term={t('services.hours')} value={s.hours} />}
          {where && <Fact term={t('services.where')} value={where} />}
        </dl>
        {channels.length > 0 && (
          <div className="service-online">
            <h4>{t('services.online')}</h4>
            {channels.map((c) => (
              <a
                key={c.channel}
                href={c.href}
                target={c.channel === 'phone' ? undefined : '_blank'}
                rel="noopener noreferrer"
                onClick={() => visitBeacon.handedOff(opdId, c.channel)}
              >
                {c.label}
              </a>
            ))}
          </div>
        )}
        {!s.confirmed && <p className="muted small">{t('services.unconfirmedNote')}</p>}
      </details>
    </li>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
