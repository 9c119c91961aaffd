// Who may act for an organisation in the services and analytics routes: an admin, or staff of that
// organisation. A refusal answers 403 and is audited. Runs on the server.
import type { Response } from 'express';
import type { Claims } from '../auth/tokens.ts';
import { currentUser } from '../http/requireUser.ts';
import type { AuditStore } from '../store/auditStore.ts';

export const actorOf = (user: Claims) => `${user.role}:${user.username}`;

/** True when the signed-in user may act for `organisationId`; otherwise answers 403 and audits. */
export async function mayActFor(
  audit: Pick<AuditStore, 'append'>,
  res: Response,
  organisationId: string,
  action: string,
  nowMs: number,
): Promise<boolean> {
  const user = currentUser(res);
  if (user.role === 'admin' || (user.role === 'staff' && user.organisationId === organisationId)) return true;
  await audit.append(
    {
      actor: actorOf(user),
      action: `${action}-denied`,
      target: organisationId,
      detail: { role: user.role, organisationId: user.organisationId },
    },
    nowMs,
  );
  res.status(403).json({ error: 'forbidden' });
  return false;
}
