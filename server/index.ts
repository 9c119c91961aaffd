// The game server's composition root: config → app → listen; SIGTERM/SIGINT → graceful shutdown.
// Exit codes: 0 after a clean stop, 1 for bad configuration or a failed start/stop.
import { type App, createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { log } from './log.ts';

/** Where to open the city and the staff console (Indonesian, then English). */
function startBanner(port: number): string {
  const url = `http://localhost:${port}`;
  return [
    `Makaverse berjalan: ${url}  ·  Konsol staf: ${url}/staff`,
    `Makaverse is running: ${url}  ·  Staff console: ${url}/staff`,
    '',
  ].join('\n');
}

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    log.error('config-invalid', { message: e.message });
    process.exit(1);
  }
}

async function listenOrExit(app: App, port: number): Promise<number> {
  try {
    return await app.listen(port);
  } catch (error) {
    log.error('listen-failed', { port, error });
    await app.store.close();
    process.exit(1);
  }
}

const config = loadConfigOrExit();
const app = await createApp(config);
const port = await listenOrExit(app, config.port);
log.info('listening', {
  port,
  db: app.store.dialect === 'sqlite' ? config.dbPath : 'postgres',
  clientDir: config.clientDir,
});
// Once, for the person who ran `npm start`: on stderr, so stdout stays JSON lines only.
process.stderr.write(startBanner(port));

let stopping = false;
async function stop(reason: string, exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { reason });
  try {
    await app.shutdown();
  } catch (e) {
    log.error('shutdown-failed', { error: e });
    exitCode = 1;
  }
  process.exit(exitCode);
}

process.once('SIGTERM', () => void stop('SIGTERM', 0));
process.once('SIGINT', () => void stop('SIGINT', 0));
process.on('uncaughtException', (error) => {
  log.error('uncaught-exception', { error });
  void stop('uncaught-exception', 1);
});
