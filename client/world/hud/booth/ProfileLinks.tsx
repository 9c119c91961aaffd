// Contact and social-media links from an organisation's profile (client only). External links open
// in a new tab without access to this page (rel="noopener noreferrer").
import { useTranslation } from 'react-i18next';
import type { Profile, SocialNetwork } from '../../../../shared/accounts.ts';

/** In display order; a type-only import keeps the profile validator (zod) out of the world chunk. */
const NETWORKS: readonly SocialNetwork[] = ['instagram', 'facebook', 'x', 'youtube', 'tiktok'];

export function ProfileLinks({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const social = NETWORKS.filter((n) => profile.social[n]).map((n) => ({
    key: n,
    href: profile.social[n],
    label: t(`booth.social.${n}`),
  }));
  const { website, email, phone } = profile.contact;
  const links = [
    ...(website ? [{ key: 'website', href: website, label: t('booth.website') }] : []),
    ...social,
  ];
  if (links.length === 0 && !email && !phone && !profile.address && !profile.serviceHours) return null;
  return (
    <div className="profile">
      {profile.serviceHours && (
        <p>
          <strong>{t('booth.serviceHours')}:</strong> {profile.serviceHours}
        </p>
      )}
      {profile.address && (
        <p>
          <strong>{t('booth.address')}:</strong> {profile.address}
        </p>
      )}
      {(email || phone) && (
        <p>
          {phone && <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>}
          {phone && email && ' · '}
          {email && <a href={`mailto:${email}`}>{email}</a>}
        </p>
      )}
      {links.length > 0 && (
        <ul className="links">
          {links.map((l) => (
            <li key={l.key}>
              <a href={l.href} target="_blank" rel="noopener noreferrer">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
