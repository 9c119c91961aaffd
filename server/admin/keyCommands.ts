// `npm run admin -- key …`: create <opd> [label] (prints the key once; only its hash is stored),
// list, revoke <id>. Every change lands in the audit log. Runs on the server machine.
import { REGISTRY } from '../../shared/registry.ts';
import type { Command } from './cli.ts';

const create: Command = async (store, args) => {
  const [opd, ...labelWords] = args;
  if (!opd) throw new Error('usage: key create <opd> [label]');
  if (!REGISTRY.organisations.some((o) => o.id === opd)) throw new Error(`unknown organisation "${opd}"`);
  // The key row references the organisation: make sure the registry is in the database.
  if (!(await store.organisations.get(opd))) await store.organisations.sync(REGISTRY, Date.now());
  const label = labelWords.join(' ').trim() || null;
  const { id, key } = await store.keys.create(opd, label, Date.now());
  await store.audit.append(
    { actor: 'cli', action: 'key.create', target: opd, detail: { id, label } },
    Date.now(),
  );
  console.log(`created key ${id} for ${opd}${label ? ` (${label})` : ''}`);
  console.log(`key (shown once, store it now): ${key}`);
};

const time = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString());

const list: Command = async (store) => {
  const keys = await store.keys.list();
  if (keys.length === 0) {
    console.log('no keys');
    return;
  }
  console.log(['id', 'opd', 'status', 'created', 'last used', 'label'].join('\t'));
  for (const k of keys) {
    const status = k.revokedAt === null ? 'active' : 'revoked';
    console.log(
      [k.id, k.organisationId, status, time(k.createdAt), time(k.lastUsedAt), k.label ?? ''].join('\t'),
    );
  }
};

const revoke: Command = async (store, args) => {
  const [id] = args;
  if (!id) throw new Error('usage: key revoke <id>');
  const key = (await store.keys.list()).find((k) => k.id === id);
  if (!key || !(await store.keys.revoke(id, Date.now()))) throw new Error(`unknown key id "${id}"`);
  await store.audit.append(
    { actor: 'cli', action: 'key.revoke', target: key.organisationId, detail: { id } },
    Date.now(),
  );
  console.log(`revoked key ${id} of ${key.organisationId}`);
};

export const keyCommands: Record<string, Command> = { create, list, revoke };
