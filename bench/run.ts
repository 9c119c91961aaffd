// All benchmarks: the server (bots) then the client (browser, bundle). Flags of both are accepted
// (see bench/server.ts and bench/client.ts). Results: bench/results.json and bench/results.md.
import { benchClient, clientOptions } from './client.ts';
import { benchServer, serverOptions } from './server.ts';

const args = process.argv.slice(2);
await benchServer(serverOptions(args));
await benchClient(clientOptions(args));
console.log('\nWritten: bench/results.json, bench/results.md (paste into the README).');
