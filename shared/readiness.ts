// Makaverse readiness: how far an organisation uses Makaverse, shown beside its rapor grade and never
// mixed into the score. Pure (the caller gathers the inputs); runs on server and client.
/*
 * Readiness formula
 * -----------------
 * Six parts, each a share in [0, 1]; readiness = 100 × mean of the parts that apply, rounded.
 *   profile    filled fields of the staff-edited profile (description, hours, address, a contact
 *              channel: phone, e-mail or website) / 4.
 *   services   min(services / SERVICES_EXPECTED, 1); while the services list is not wired in
 *              (input null) it counts as 0 and the part says so (`available: false`).
 *   data       graded KPIs whose period data is collected (not simulated) AND fresh / graded KPIs.
 *   sessions   min(public sessions held in the period / SESSIONS_EXPECTED, 1).
 *   questions  answered / asked in those sessions; applies only when residents asked any.
 *   pendataan  RT coverage (covered / RTs) of its newest campaign running in the period; applies only
 *              when it has one.
 * Level: ready ≥ 75, learning ≥ 40, else notYet ("belum memahami Makaverse").
 */

export const READINESS_PARTS = ['profile', 'services', 'data', 'sessions', 'questions', 'pendataan'] as const;
export type ReadinessPartName = (typeof READINESS_PARTS)[number];
/** Services an organisation is expected to list for the part to be full. */
export const SERVICES_EXPECTED = 3;
/** Public sessions per period (month) for the part to be full. */
export const SESSIONS_EXPECTED = 1;
export const READINESS_LEVELS = [
  { level: 'ready', min: 75 },
  { level: 'learning', min: 40 },
] as const;
export type ReadinessLevel = 'ready' | 'learning' | 'notYet';

export type ReadinessInput = {
  /** Profile fields filled, 0..PROFILE_FIELDS; 0 without a profile. */
  profileFields: number;
  /** Services listed, or null while services are not wired in. */
  services: number | null;
  /** Graded KPIs, and how many of them have collected and fresh data in the period. */
  gradedKpis: number;
  realFreshKpis: number;
  sessionsHeld: number;
  questionsAsked: number;
  questionsAnswered: number;
  /** Covered share 0..1 of its campaign's RTs, or null without a campaign in the period. */
  pendataanCoverage: number | null;
};

export type ReadinessPart = {
  part: ReadinessPartName;
  /** 0..1, rounded to 3 decimals. */
  share: number;
  /** False when the part does not count for this organisation (nothing to measure). */
  applies: boolean;
  /** False only for `services` while the services list is not wired in (counted as 0). */
  available: boolean;
  /** The measured amount behind the share (fields, services, KPIs, sessions, answered, coverage %). */
  value: number;
  /** What full means (4 fields, SERVICES_EXPECTED, graded KPIs, SESSIONS_EXPECTED, asked, 100 %). */
  of: number;
};

export type Readiness = { score: number; level: ReadinessLevel; parts: ReadinessPart[] };

export const PROFILE_FIELDS = 4;

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0);

export function readinessLevel(score: number): ReadinessLevel {
  return READINESS_LEVELS.find((l) => score >= l.min)?.level ?? 'notYet';
}

/** Counts the filled readiness fields of a profile (null: none). */
export function profileFieldsFilled(
  profile: {
    description: string;
    serviceHours: string;
    address: string;
    contact: { phone: string; email: string; website: string };
  } | null,
): number {
  if (!profile) return 0;
  const c = profile.contact;
  return [profile.description, profile.serviceHours, profile.address, c.phone || c.email || c.website].filter(
    (s) => s.trim() !== '',
  ).length;
}

export function computeReadiness(input: ReadinessInput): Readiness {
  const part = (
    name: ReadinessPartName,
    value: number,
    of: number,
    applies = true,
    available = true,
  ): ReadinessPart => ({
    part: name,
    share: applies && of > 0 ? round3(clamp01(value / of)) : 0,
    applies,
    available,
    value,
    of,
  });
  const coverage = input.pendataanCoverage;
  const parts = [
    part('profile', input.profileFields, PROFILE_FIELDS),
    part('services', input.services ?? 0, SERVICES_EXPECTED, true, input.services !== null),
    part('data', input.realFreshKpis, input.gradedKpis, input.gradedKpis > 0),
    part('sessions', input.sessionsHeld, SESSIONS_EXPECTED),
    part('questions', input.questionsAnswered, input.questionsAsked, input.questionsAsked > 0),
    part(
      'pendataan',
      coverage === null ? 0 : Math.round(clamp01(coverage) * 1000) / 10,
      100,
      coverage !== null,
    ),
  ];
  const counting = parts.filter((p) => p.applies);
  const score =
    counting.length === 0
      ? 0
      : Math.round((100 * counting.reduce((s, p) => s + p.share, 0)) / counting.length);
  return { score, level: readinessLevel(score), parts };
}
