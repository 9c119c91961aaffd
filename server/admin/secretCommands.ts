// `npm run admin -- secret rotate`: replaces the token-signing secret kept in the database (used when
// AUTH_SECRET is not set) and ends every sign-in session at once, so every token is refused from now
// on. Running servers sign with the secret they loaded at start: restart them after rotating. With
// AUTH_SECRET set, rotate that variable instead (this command refuses). Runs on the server machine.
import { AUTH_SECRET_SETTING, newAuthSecret } from '../auth/tokens.ts';
import { loadConfig } from '../config.ts';
import type { Command } from './cli.ts';

const rotate: Command = async (store) => {
  if (loadConfig().authSecret !== undefined)
    throw new Error('AUTH_SECRET is set: change that variable and restart the servers instead');
  const now = Date.now();
  await store.settings.set(AUTH_SECRET_SETTING, newAuthSecret());
  await store.users.endSessions(null, now);
  await store.audit.append({ actor: 'cli', action: 'secret.rotate', target: 'auth-secret' }, now);
  console.log('rotated the token-signing secret; every session has ended.');
  console.log('restart the servers so they sign with the new secret.');
};

export const secretCommands: Record<string, Command> = { rotate };
