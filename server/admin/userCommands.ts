// `npm run admin -- user …`: create <username> --role <role> [--opd <id>], list, reset-password
// <username>, disable | enable | delete <username>. New and reset passwords are random, printed once,
// stored only as scrypt hashes, and must be changed at the first sign-in. Disabling or deleting ends
// the user's sessions at once. Every change is audited. Runs on the server machine.
import { isRole, isUsername, ROLES } from '../../shared/accounts.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import type { Store } from '../store/store.ts';
import type { Command } from './cli.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The organisation row must exist for the account's reference: sync the registry if it is missing. */
async function ensureOrganisation(store: Store, id: string): Promise<void> {
  if (await store.organisations.get(id)) return;
  if (!REGISTRY.organisations.some((o) => o.id === id)) throw new Error(`unknown organisation "${id}"`);
  await store.organisations.sync(REGISTRY, Date.now());
}

const create: Command = async (store, args) => {
  const [username] = args;
  const role = option(args, 'role');
  const opd = option(args, 'opd');
  if (!username || !isUsername(username))
    throw new Error('username must be 3–32 characters of a-z 0-9 . _ -');
  if (!role || !isRole(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  if (role === 'staff' && !opd) throw new Error('staff accounts need --opd <organisation id>');
  if (opd) await ensureOrganisation(store, opd);
  if (await store.users.byUsername(username)) throw new Error(`user "${username}" already exists`);
  const password = generatePassword();
  await store.users.create({
    username,
    passwordHash: await hashPassword(password),
    role,
    organisationId: opd ?? null,
    createdAt: Date.now(),
    mustChangePassword: true,
  });
  await store.audit.append(
    {
      actor: 'cli',
      action: 'user.create',
      target: `user:${username}`,
      detail: { role, organisationId: opd ?? null },
    },
    Date.now(),
  );
  console.log(`created ${role} "${username}"${opd ? ` for ${opd}` : ''}`);
  console.log(`one-time password (shown once): ${password}`);
};

const list: Command = async (store) => {
  const users = await store.users.list();
  if (users.length === 0) console.log('no users');
  for (const u of users) {
    const flags = `${u.disabledAt !== null ? '  DISABLED' : ''}${u.mustChangePassword ? '  ONE-TIME-PASSWORD' : ''}`;
    console.log(
      `${u.username}\t${u.role}\t${u.organisationId ?? '-'}\t${new Date(u.createdAt).toISOString()}${flags}`,
    );
  }
};

const resetPassword: Command = async (store, args) => {
  const [username] = args;
  const user = username ? await store.users.byUsername(username) : undefined;
  if (!user) throw new Error(`no user "${username ?? ''}"`);
  const password = generatePassword();
  await store.users.setPassword(user.id, await hashPassword(password), true);
  await store.users.endSessions(user.id, Date.now());
  await store.audit.append(
    { actor: 'cli', action: 'user.reset-password', target: `user:${user.username}` },
    Date.now(),
  );
  console.log(`new one-time password for "${user.username}" (shown once): ${password}`);
};

async function existing(store: Store, username: string | undefined) {
  const user = username ? await store.users.byUsername(username) : undefined;
  if (!user) throw new Error(`no user "${username ?? ''}"`);
  return user;
}

const disable: Command = async (store, [username]) => {
  const user = await existing(store, username);
  const now = Date.now();
  if (user.disabledAt === null) await store.users.setDisabled(user.id, now);
  await store.users.endSessions(user.id, now);
  await store.audit.append({ actor: 'cli', action: 'user.disable', target: `user:${user.username}` }, now);
  console.log(`disabled "${user.username}": it cannot sign in and its sessions have ended`);
};

const enable: Command = async (store, [username]) => {
  const user = await existing(store, username);
  await store.users.setDisabled(user.id, null);
  await store.audit.append(
    { actor: 'cli', action: 'user.enable', target: `user:${user.username}` },
    Date.now(),
  );
  console.log(`enabled "${user.username}"`);
};

const remove: Command = async (store, [username]) => {
  const user = await existing(store, username);
  await store.users.remove(user.id);
  const detail = { role: user.role, organisationId: user.organisationId };
  await store.audit.append(
    { actor: 'cli', action: 'user.delete', target: `user:${user.username}`, detail },
    Date.now(),
  );
  console.log(`deleted "${user.username}"`);
};

export const userCommands: Record<string, Command> = {
  create,
  list,
  'reset-password': resetPassword,
  disable,
  enable,
  delete: remove,
};
