import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, isRole, isUsername, parseProfile } from './accounts.ts';

const profile = {
  ...EMPTY_PROFILE,
  description: 'Melayani perizinan.',
  services: ['Izin usaha', 'Konsultasi'],
  serviceHours: 'Senin–Jumat 08.00–16.00',
  contact: {
    phone: '+62 411 123456',
    email: 'dpmptsp@makassarkota.go.id',
    website: 'https://makassarkota.go.id',
  },
  social: { ...EMPTY_PROFILE.social, instagram: 'https://instagram.com/pemkotmakassar' },
};

describe('accounts', () => {
  it('accepts usernames of 3–32 characters from [a-z0-9._-] only', () => {
    for (const ok of ['ana', 'staff.dinkes', 'a_b-c.1', 'x'.repeat(32)]) expect(isUsername(ok)).toBe(true);
    for (const bad of ['ab', 'x'.repeat(33), 'Ana', 'ana smith', 'ana@kota', '']) {
      expect(isUsername(bad)).toBe(false);
    }
  });

  it('knows the four roles', () => {
    expect(['admin', 'staff', 'host', 'moderator'].every(isRole)).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});

describe('parseProfile', () => {
  it('accepts a full profile and an empty one', () => {
    expect(parseProfile(profile)).toEqual({ ok: true, profile });
    expect(parseProfile(EMPTY_PROFILE)).toEqual({ ok: true, profile: EMPTY_PROFILE });
  });

  it('rejects non-https social links, naming the field', () => {
    const bad = { ...profile, social: { ...profile.social, x: 'http://x.com/makassar' } };
    expect(parseProfile(bad)).toEqual({ ok: false, field: 'social.x' });
    const script = { ...profile, social: { ...profile.social, tiktok: 'javascript:alert(1)' } };
    expect(parseProfile(script)).toEqual({ ok: false, field: 'social.tiktok' });
  });

  it('rejects bad contact data, unknown fields and oversized lists', () => {
    expect(parseProfile({ ...profile, contact: { ...profile.contact, email: 'nope' } })).toEqual({
      ok: false,
      field: 'contact.email',
    });
    expect(parseProfile({ ...profile, extra: 1 })).toMatchObject({ ok: false });
    expect(parseProfile({ ...profile, services: Array(31).fill('a') })).toEqual({
      ok: false,
      field: 'services',
    });
    expect(parseProfile(null)).toMatchObject({ ok: false });
  });
});

describe('profile text', () => {
  it('is cleaned as all public text: bidi controls and zero-width characters go, lines stay', () => {
    const parsed = parseProfile({
      ...EMPTY_PROFILE,
      description: 'Layanan \u202Eadmin\u202C cepat\u200B.\n\n\n\nBuka setiap hari.',
      services: [' KTP\u2067 ', 'KK'],
      address: '\u200FJl. Ahmad Yani No. 2',
    });
    expect(parsed).toEqual({
      ok: true,
      profile: {
        ...EMPTY_PROFILE,
        description: 'Layanan admin cepat.\n\nBuka setiap hari.',
        services: ['KTP', 'KK'],
        address: 'Jl. Ahmad Yani No. 2',
      },
    });
    expect(parseProfile({ ...EMPTY_PROFILE, services: ['\u202E\u200B'] })).toEqual({
      ok: false,
      field: 'services.0',
    });
  });
});
