// The admin command line: `npm run admin -- <group> <command> [args]`. Opens the same store as the
// server (DB_PATH or DATABASE_URL) and prints results; secrets are printed once and never stored.
// Each group lives in its own module. Runs on the server machine.
import { loadConfig } from '../config.ts';
import { openStore, type Store } from '../store/store.ts';

export type Command = (store: Store, args: string[]) => Promise<void>;
type Group = Record<string, Command>;

const GROUPS: Record<string, () => Promise<Group>> = {
  key: async () => (await import('./keyCommands.ts')).keyCommands,
  user: async () => (await import('./userCommands.ts')).userCommands,
  connector: async () => (await import('./connectorCommands.ts')).connectorCommands,
  audit: async () => (await import('./auditCommands.ts')).auditCommands,
  secret: async () => (await import('./secretCommands.ts')).secretCommands,
  surveyor: async () => (await import('./surveyorCommands.ts')).surveyorCommands,
};

function usage(): never {
  console.error('usage: npm run admin -- <key|user|connector|audit|secret|surveyor> <command> [args]');
  process.exit(2);
}

const [groupName, commandName, ...args] = process.argv.slice(2);
const load = groupName ? GROUPS[groupName] : undefined;
if (!load || !commandName) usage();
const command = (await load())[commandName];
if (!command) usage();
const config = loadConfig();
const store = await openStore({ dbPath: config.dbPath, databaseUrl: config.databaseUrl });
try {
  await command(store, args);
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
