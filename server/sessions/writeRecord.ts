// Writes the record (minutes) of a session that has just ended: built from its row, the final model
// and the whole session chat (shared/session/record.ts), then stored. Runs on the server.
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import type { SessionModel } from '../../shared/session/model.ts';
import { buildRecord } from '../../shared/session/record.ts';
import type { SessionRow, SessionStore } from '../store/sessionStore.ts';

export async function writeRecord(
  sessions: SessionStore,
  row: SessionRow,
  model: SessionModel,
  times: { openedAt: number | null; endedAt: number | null },
  nowMs: number,
): Promise<{ id: number }> {
  const { id, title, organiser, description, startsAt, endsAt, agenda } = row;
  const organiserName = findOrganisation(REGISTRY, organiser)?.name ?? organiser;
  const record = buildRecord({
    session: { id, title, organiser, organiserName, description, startsAt, endsAt, agenda },
    model,
    chat: await sessions.chat(id),
    ...times,
    nowMs,
  });
  return sessions.saveRecord(id, record, nowMs);
}
