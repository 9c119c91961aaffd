// English counts agree with their number ("1 visitor", "2 visitors"); Indonesian has one form.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id } from './id.ts';
import { sessionId } from './sessionStrings.ts';
import { sessionEn } from './sessionStringsEn.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: {
      id: { translation: { ...id, session: sessionId } },
      en: { translation: { ...en, session: sessionEn } },
    },
    lng: 'id',
    fallbackLng: 'id',
  });
});

describe('counted strings', () => {
  it('are singular for one in English', () => {
    const t = i18n.getFixedT('en');
    expect(t('connection.visitors', { count: 1 })).toBe('1 visitor');
    expect(t('connection.visitors', { count: 3 })).toBe('3 visitors');
    expect(t('session.poll.voters', { count: 1 })).toBe('1 voter');
    expect(t('session.hand.queue', { count: 1 })).toBe('1 hand raised');
  });

  it('have one form in Indonesian', () => {
    const t = i18n.getFixedT('id');
    expect(t('connection.visitors', { count: 1 })).toBe('1 pengunjung');
    expect(t('connection.visitors', { count: 3 })).toBe('3 pengunjung');
  });
});
