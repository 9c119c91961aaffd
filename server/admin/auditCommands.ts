// `npm run admin -- audit list [--limit N] [--target T]`: the newest audit entries first, one per line
// (time, actor, action, target, detail as JSON). Runs on the server machine.
import type { Command } from './cli.ts';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 10_000;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const list: Command = async (store, args) => {
  const rawLimit = option(args, 'limit');
  const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new Error(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  const target = option(args, 'target');
  const entries = await store.audit.recent(target === undefined ? { limit } : { limit, target });
  if (entries.length === 0) console.log('no entries');
  for (const e of entries) {
    const detail = e.detail === undefined ? '' : JSON.stringify(e.detail);
    console.log([new Date(e.at).toISOString(), e.actor, e.action, e.target, detail].join('\t'));
  }
};

export const auditCommands: Record<string, Command> = { list };
