// `npm run admin -- surveyor …`: import <file.csv> [--sheet <out.html>] [--url <public origin>] (the
// roster CSV `nama,telepon,kode_kelurahan,rw,rt,peran`; every bad line is printed with its number and
// nothing is imported; new surveyors' one-time codes are printed once and, with --sheet, written as a
// printable page with QR codes), list [kode_kelurahan], reissue <id> (ends the phone's sign-in, prints a
// new code). Changes land in the audit log. Runs on the server machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseRoster } from '../../shared/pendataan/roster.ts';
import { activationSheet } from '../pendataan/activationSheet.ts';
import { newActivationCode } from '../pendataan/credentials.ts';
import { sheetHtml } from '../pendataan/sheetHtml.ts';
import type { Command } from './cli.ts';

const DEFAULT_ORIGIN = 'http://localhost:2567';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const importRoster: Command = async (store, args) => {
  const [file] = args;
  if (!file || file.startsWith('--'))
    throw new Error('usage: surveyor import <file.csv> [--sheet <out.html>] [--url <origin>]');
  const parsed = parseRoster(readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    for (const e of parsed.errors) console.error(`line ${e.line}: ${e.message}`);
    throw new Error(`${parsed.errors.length} bad line(s) in ${file}: nothing imported`);
  }
  const result = await store.pendataan.roster.importRoster(parsed.rows, newActivationCode, Date.now());
  await store.audit.append(
    {
      actor: 'cli',
      action: 'pendataan.roster.import',
      target: 'roster',
      detail: { created: result.created.length, updated: result.updated },
    },
    Date.now(),
  );
  console.log(`imported ${result.created.length} new surveyor(s), updated ${result.updated}`);
  const entries = await activationSheet(option(args, '--url') ?? DEFAULT_ORIGIN, result.created);
  console.log(['id', 'kelurahan', 'rw', 'rt', 'peran', 'nama', 'kode (shown once)'].join('\t'));
  for (const e of entries)
    console.log([e.id, e.kelurahan, e.rw, e.rt || '-', e.role, e.name, e.code].join('\t'));
  const sheet = option(args, '--sheet');
  if (sheet) {
    writeFileSync(sheet, sheetHtml(entries));
    console.log(`activation sheet written to ${sheet}`);
  }
};

const list: Command = async (store, args) => {
  const surveyors = await store.pendataan.roster.list(args[0]);
  console.log(['id', 'kelurahan', 'rw', 'rt', 'peran', 'nama', 'status', 'latihan'].join('\t'));
  for (const s of surveyors) {
    const status = s.activatedAt !== null ? 'aktif' : s.hasCode ? 'menunggu aktivasi' : 'dicabut';
    console.log(
      [s.id, s.kelurahan, s.rw, s.rt || '-', s.role, s.name, status, s.trainedAt ? 'ya' : 'belum'].join('\t'),
    );
  }
};

const reissue: Command = async (store, args) => {
  const id = Number(args[0]);
  const s = Number.isSafeInteger(id) ? await store.pendataan.roster.get(id) : undefined;
  if (!s) throw new Error(`unknown surveyor id "${args[0] ?? ''}"`);
  const code = newActivationCode();
  await store.pendataan.roster.reissue(s.id, code.hash, Date.now());
  await store.audit.append(
    { actor: 'cli', action: 'pendataan.roster.reissue', target: s.kelurahan, detail: { id } },
    Date.now(),
  );
  console.log(`new code for ${s.name} (shown once): ${code.code}`);
};

export const surveyorCommands: Record<string, Command> = { import: importRoster, list, reissue };
