// Gathers each organisation's Makaverse readiness facts for a period (shared/readiness.ts): profile,
// services, public sessions held and questions answered, pendataan coverage. Every input comes through
// ReadinessSources, so a new source is wired in one line (services: server/app.ts passes the
// service store's confirmed counts). Runs on the server.
import { parseProfile } from '../../shared/accounts.ts';
import { computeProgress, type Progress } from '../../shared/pendataan/progress.ts';
import { profileFieldsFilled } from '../../shared/readiness.ts';
import type { Registry } from '../../shared/registry.ts';
import type { PendataanStore } from '../pendataan/pendataanStore.ts';
import type { OrganisationStore } from '../store/organisationStore.ts';
import type { SessionStore } from '../store/sessionStore.ts';
import { NO_FACTS, type ReadinessFacts } from './draft.ts';

/** Services listed per organisation id (an organisation absent from the answer has 0). */
export type ServiceCounts = () => Promise<ReadonlyMap<string, number> | Readonly<Record<string, number>>>;

export type ReadinessSources = {
  organisations: Pick<OrganisationStore, 'getProfile'>;
  sessions: Pick<SessionStore, 'list' | 'record'>;
  pendataan: Pick<PendataanStore, 'campaigns' | 'roster' | 'submissions'>;
  /** Confirmed services per organisation; absent (tests), readiness says services are unknown. */
  serviceCounts?: ServiceCounts;
};

/** Sessions scanned per period at most (a city hall holds a few a week). */
const MAX_SESSIONS = 2000;

const coverageOf = (p: Progress): number => {
  const city = p.nodes.find((n) => n.level === 'kota');
  return city && city.rts > 0 ? city.covered / city.rts : 0;
};

export async function readinessFacts(
  sources: ReadinessSources,
  registry: Registry,
  fromMs: number,
  toMs: number,
  nowMs: number,
): Promise<Record<string, ReadinessFacts>> {
  const facts: Record<string, ReadinessFacts> = {};
  const ids = registry.organisations.map((o) => o.id);
  const services = sources.serviceCounts ? await sources.serviceCounts() : null;
  const serviceCount = (id: string) =>
    services === null
      ? null
      : ((services instanceof Map ? services.get(id) : (services as Record<string, number>)[id]) ?? 0);
  for (const id of ids) {
    const stored = await sources.organisations.getProfile(id);
    const parsed = stored ? parseProfile(stored) : null;
    facts[id] = {
      ...NO_FACTS,
      profileFields: profileFieldsFilled(parsed?.ok ? parsed.profile : null),
      services: serviceCount(id),
    };
  }
  const sessions = await sources.sessions.list({ sinceMs: fromMs, limit: MAX_SESSIONS });
  for (const s of sessions) {
    const f = facts[s.organiser];
    if (!f || s.startsAt >= toMs || s.phase === 'scheduled') continue;
    f.sessionsHeld += 1;
    const record = s.phase === 'ended' ? await sources.sessions.record(s.id) : undefined;
    for (const q of record?.questions ?? []) {
      f.questionsAsked += 1;
      if (q.answered) f.questionsAnswered += 1;
    }
  }
  const campaigns = (await sources.pendataan.campaigns.list()).filter(
    (c) => c.startsAt < toMs && c.deadlineAt >= fromMs && facts[c.organisationId]?.pendataanCoverage === null,
  );
  if (campaigns.length > 0) {
    const slots = await sources.pendataan.roster.rtSlots();
    // Newest first: the first campaign of an organisation is the one that counts.
    for (const c of campaigns) {
      const f = facts[c.organisationId];
      if (!f || f.pendataanCoverage !== null) continue;
      const progress = computeProgress({
        slots,
        counts: await sources.pendataan.submissions.countsByRt(c.id),
        scope: c.scope,
        targetPerRt: c.targetPerRt,
        startsAt: c.startsAt,
        deadlineAt: c.deadlineAt,
        nowMs,
      });
      f.pendataanCoverage = coverageOf(progress);
    }
  }
  return facts;
}
