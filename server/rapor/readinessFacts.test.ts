// Readiness facts from their sources: profile fields, services (0 and unavailable until wired), public
// sessions held in the period with their answered questions, pendataan coverage of a running campaign.
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import type { ReadinessSources } from './readinessFacts.ts';
import { readinessFacts } from './readinessFacts.ts';

const FROM = Date.UTC(2026, 10, 30, 16); // 1 Dec 2026 00:00 WITA
const TO = Date.UTC(2026, 11, 31, 16);
const [a, b] = REGISTRY.organisations;

function sources(serviceCounts?: ReadinessSources['serviceCounts']): ReadinessSources {
  const session = (id: string, organiser: string, startsAt: number, phase: 'scheduled' | 'live' | 'ended') =>
    ({ id, organiser, startsAt, phase }) as never;
  return {
    organisations: {
      getProfile: async (id) =>
        id === a?.id
          ? {
              description: 'Melayani warga.',
              services: [],
              serviceHours: '08.00–16.00',
              address: '',
              contact: { phone: '', email: 'opd@makassarkota.go.id', website: '' },
              social: { instagram: '', facebook: '', x: '', youtube: '', tiktok: '' },
            }
          : null,
    },
    sessions: {
      list: async () => [
        session('s1', a?.id ?? '', FROM + 1000, 'ended'),
        session('s2', a?.id ?? '', FROM + 2000, 'scheduled'),
        session('s3', a?.id ?? '', TO + 1000, 'ended'),
        session('s4', 'bukan-opd', FROM + 1000, 'ended'),
      ],
      record: async (id) =>
        id === 's1'
          ? ({
              questions: [
                { id: 1, text: 'Kapan?', author: 'x', votes: 2, answered: true, at: FROM },
                { id: 2, text: 'Di mana?', author: 'y', votes: 1, answered: false, at: FROM },
              ],
            } as never)
          : undefined,
    },
    pendataan: {
      campaigns: {
        list: async () => [
          {
            id: 7,
            organisationId: b?.id ?? '',
            scope: ['73.71'],
            startsAt: FROM,
            deadlineAt: TO,
            targetPerRt: null,
          },
        ],
      },
      roster: {
        rtSlots: async () => [
          { kelurahan: '73.71.01.1001', rw: 1, rt: 1 },
          { kelurahan: '73.71.01.1001', rw: 1, rt: 2 },
        ],
      },
      submissions: {
        countsByRt: async () => [{ kelurahan: '73.71.01.1001', rw: 1, rt: 1, records: 3, accepted: 2 }],
      },
    } as never,
    serviceCounts,
  };
}

describe('readinessFacts', () => {
  it('gathers profile, sessions held in the period, answered questions and pendataan coverage', async () => {
    const facts = await readinessFacts(sources(), REGISTRY, FROM, TO, FROM + 86_400_000);
    expect(facts[a?.id ?? '']).toMatchObject({
      profileFields: 3,
      services: null,
      sessionsHeld: 1,
      questionsAsked: 2,
      questionsAnswered: 1,
      pendataanCoverage: null,
    });
    expect(facts[b?.id ?? '']).toMatchObject({ profileFields: 0, sessionsHeld: 0, pendataanCoverage: 0.5 });
    expect(Object.keys(facts)).toHaveLength(REGISTRY.organisations.length);
  });

  it('takes services through one function, absent organisations counting 0', async () => {
    const facts = await readinessFacts(
      sources(async () => new Map([[a?.id ?? '', 4]])),
      REGISTRY,
      FROM,
      TO,
      FROM,
    );
    expect(facts[a?.id ?? '']?.services).toBe(4);
    expect(facts[b?.id ?? '']?.services).toBe(0);
  });
});
