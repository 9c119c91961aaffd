import { describe, expect, it } from 'vitest';
import { computeReadiness, profileFieldsFilled, type ReadinessInput } from './readiness.ts';

const NOTHING: ReadinessInput = {
  profileFields: 0,
  services: null,
  gradedKpis: 4,
  realFreshKpis: 0,
  sessionsHeld: 0,
  questionsAsked: 0,
  questionsAnswered: 0,
  pendataanCoverage: null,
};

describe('computeReadiness', () => {
  it('gives 0 and notYet to an organisation that uses nothing, services counted 0 while not wired in', () => {
    const r = computeReadiness(NOTHING);
    expect(r).toMatchObject({ score: 0, level: 'notYet' });
    expect(r.parts.find((p) => p.part === 'services')).toMatchObject({
      share: 0,
      available: false,
      applies: true,
    });
    expect(r.parts.filter((p) => !p.applies).map((p) => p.part)).toEqual(['questions', 'pendataan']);
  });

  it('averages only the parts that apply', () => {
    const r = computeReadiness({
      ...NOTHING,
      profileFields: 4,
      services: 3,
      realFreshKpis: 2,
      sessionsHeld: 2,
      questionsAsked: 4,
      questionsAnswered: 1,
      pendataanCoverage: 0.5,
    });
    // profile 1, services 1, data 0.5, sessions 1, questions 0.25, pendataan 0.5 → 4.25 / 6
    expect(r.score).toBe(71);
    expect(r.level).toBe('learning');
    expect(r.parts.find((p) => p.part === 'pendataan')).toMatchObject({ share: 0.5, value: 50, of: 100 });
  });

  it('is ready when every part is full', () => {
    const r = computeReadiness({
      ...NOTHING,
      profileFields: 4,
      services: 5,
      realFreshKpis: 4,
      sessionsHeld: 1,
    });
    expect(r).toMatchObject({ score: 100, level: 'ready' });
  });
});

describe('profileFieldsFilled', () => {
  it('counts description, hours, address and any one contact channel', () => {
    expect(profileFieldsFilled(null)).toBe(0);
    const profile = {
      description: 'Layanan',
      serviceHours: ' ',
      address: 'Jl. Ahmad Yani',
      contact: { phone: '', email: 'a@b.id', website: '' },
    };
    expect(profileFieldsFilled(profile)).toBe(3);
  });
});
