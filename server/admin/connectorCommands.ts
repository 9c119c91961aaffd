// `npm run admin -- connector …`: pull connectors of an organisation (server/connectors/).
//   add <opd> json|csv <url> --map '<mapping JSON>' [--every <s>]
//   add bpbd bmkg <adm4 kode wilayah, e.g. 73.71.05.1001> [--every <s>]
//   list · enable <id> · disable <id> · remove <id>
// The running server picks changes up within a minute. Every change lands in the audit log.
// Runs on the server machine.
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { BMKG_ORGANISATION } from '../connectors/bmkg.ts';
import { CONNECTOR_KINDS, type ConnectorKind } from '../connectors/connectorStore.ts';
import { parseMapping } from '../connectors/mapping.ts';
import type { Store } from '../store/store.ts';
import type { Command } from './cli.ts';

const BMKG_URL = 'https://api.bmkg.go.id/publik/prakiraan-cuaca?adm4=';
/** BMKG updates twice a day and limits each address to 60 requests a minute: hourly is plenty. */
const DEFAULT_INTERVAL_S: Record<ConnectorKind, number> = { json: 300, csv: 300, bmkg: 3600 };
const MIN_INTERVAL_S = 10;
const MAX_INTERVAL_S = 86_400;
const ADM4 = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const USAGE =
  "usage: connector add <opd> json|csv <url> --map '<mapping JSON>' [--every <s>] | add bpbd bmkg <adm4> [--every <s>]";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function interval(args: string[], kind: ConnectorKind): number {
  const raw = option(args, '--every');
  const s = raw === undefined ? DEFAULT_INTERVAL_S[kind] : Number(raw);
  if (!Number.isInteger(s) || s < MIN_INTERVAL_S || s > MAX_INTERVAL_S) {
    throw new Error(`--every must be whole seconds in ${MIN_INTERVAL_S}…${MAX_INTERVAL_S}`);
  }
  return s;
}

function target(kind: ConnectorKind, where: string): string {
  if (kind === 'bmkg') {
    if (!ADM4.test(where)) throw new Error('bmkg takes a kode wilayah (adm4) such as 73.71.05.1001');
    return `${BMKG_URL}${where}`;
  }
  const url = URL.canParse(where) ? new URL(where) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new Error('the URL must be http(s)');
  return url.toString();
}

function mappingFor(kind: ConnectorKind, opd: string, args: string[]): string {
  if (kind === 'bmkg') {
    if (opd !== BMKG_ORGANISATION) throw new Error(`bmkg feeds the weather KPIs of ${BMKG_ORGANISATION}`);
    return '{}';
  }
  const text = option(args, '--map');
  if (!text) throw new Error(USAGE);
  const mapping = parseMapping(text);
  const kpis = new Set(findOrganisation(REGISTRY, opd)?.kpis.map((k) => k.id));
  const unknown = Object.keys(mapping.kpis).find((k) => !kpis.has(k));
  if (unknown) throw new Error(`${opd} has no KPI "${unknown}"`);
  return JSON.stringify(mapping);
}

const audit = (store: Store, action: string, target: string, detail: Record<string, unknown>) =>
  store.audit.append({ actor: 'cli', action, target, detail }, Date.now());

const add: Command = async (store, args) => {
  const [opd, kind, where] = args;
  if (!opd || !kind || !where) throw new Error(USAGE);
  if (!findOrganisation(REGISTRY, opd)) throw new Error(`unknown organisation "${opd}"`);
  if (!(CONNECTOR_KINDS as readonly string[]).includes(kind))
    throw new Error(`kind must be ${CONNECTOR_KINDS.join('|')}`);
  const k = kind as ConnectorKind;
  const c = {
    organisationId: opd,
    kind: k,
    url: target(k, where),
    mapping: mappingFor(k, opd, args),
    intervalS: interval(args, k),
  };
  if (!(await store.organisations.get(opd))) await store.organisations.sync(REGISTRY, Date.now());
  const created = await store.connectors.add(c);
  await audit(store, 'connector.add', opd, { id: created.id, kind: k, url: c.url, intervalS: c.intervalS });
  console.log(`added connector ${created.id}: ${opd} ${k} every ${c.intervalS} s from ${c.url}`);
};

const time = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString());

const list: Command = async (store) => {
  const all = await store.connectors.list();
  if (all.length === 0) {
    console.log('no connectors');
    return;
  }
  console.log(
    ['id', 'opd', 'kind', 'status', 'every', 'last ok', 'failures', 'last error', 'url'].join('\t'),
  );
  for (const c of all) {
    const status = c.enabled ? 'enabled' : 'disabled';
    const row = [c.id, c.organisationId, c.kind, status, `${c.intervalS}s`, time(c.lastOkAt), c.failures];
    console.log([...row, c.lastError ?? '-', c.url].join('\t'));
  }
};

function change(action: 'enable' | 'disable' | 'remove'): Command {
  return async (store, args) => {
    const id = Number(args[0]);
    const c = Number.isInteger(id) ? await store.connectors.get(id) : undefined;
    if (!c) throw new Error(`unknown connector id "${args[0] ?? ''}"`);
    if (action === 'remove') await store.connectors.remove(id);
    else await store.connectors.setEnabled(id, action === 'enable');
    await audit(store, `connector.${action}`, c.organisationId, { id });
    console.log(`${action}d connector ${id} of ${c.organisationId}`);
  };
}

export const connectorCommands: Record<string, Command> = {
  add,
  list,
  enable: change('enable'),
  disable: change('disable'),
  remove: change('remove'),
};
