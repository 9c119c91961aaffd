// Composes one game server: config → store → HTTP routes → Colyseus rooms, on one port.
// Several can run one after another in a process (tests); Colyseus's matchmaker is process-wide,
// so not two at once. Runs on the server.
import { defineRoom, defineServer, matchMaker, type Room } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { Router } from 'express';
import pkg from '../package.json' with { type: 'json' };
import { parseProfile } from '../shared/accounts.ts';
import { layoutCity } from '../shared/layout.ts';
import { MAX_MESSAGE_BYTES } from '../shared/protocol.ts';
import { REGISTRY } from '../shared/registry.ts';
import type { Config } from './config.ts';
import { connectorStatus } from './connectors/connectorStore.ts';
import { createScheduler } from './connectors/scheduler.ts';
import { type AccountOptions, accountsRouter, loadTokens } from './http/accounts.ts';
import { apiRouter } from './http/api.ts';
import { cityModerationRouter } from './http/cityModeration.ts';
import { serveClient } from './http/clientFiles.ts';
import { applyCorsPolicy } from './http/cors.ts';
import { errorHandler, notFound } from './http/errors.ts';
import { metricsRouter } from './http/metrics.ts';
import { pendataanDeps, pendataanRouter } from './http/pendataan.ts';
import { gatedHttpServer } from './http/requestGate.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { kiosksRouter } from './kiosks/kioskRoutes.ts';
import type { LiveBus } from './live/liveBus.ts';
import { startSimulator } from './live/simulator.ts';
import { colyseusLogger, log, setLogLevel } from './log.ts';
import { type CityModeration, createCityModeration } from './moderation/cityModeration.ts';
import { type RaporParts, raporParts } from './rapor/raporParts.ts';
import { CityRoom } from './rooms/CityRoom.ts';
import { SessionRoom } from './rooms/SessionRoom.ts';
import { createSourceLimits } from './rooms/sourceLimits.ts';
import { rememberWeather } from './rooms/weatherLive.ts';
import { type Cluster, openCluster } from './scale/cluster.ts';
import { processHealth } from './scale/health.ts';
import { createTelemetry, type Telemetry } from './scale/prometheus.ts';
import { servicesApi } from './services/servicesApi.ts';
import type { SessionHubs } from './sessions/hubs.ts';
import { type SessionOptions, type SessionParts, sessionParts } from './sessions/sessionParts.ts';
import { startRetention } from './store/retention.ts';
import { openStore, type Store } from './store/store.ts';
import { voiceOrigin } from './voice/voiceConfig.ts';

/**
 * Visitors connected to `city` rooms across shards (and processes, once a shared driver is
 * configured): each shard publishes its connected count as listing metadata (CityRoom), so seat
 * reservations never used do not count.
 */
async function countVisitors(): Promise<number> {
  const rooms = await matchMaker.query({ name: 'city' });
  return rooms.reduce((sum, r) => sum + (Number(r.metadata?.connected) || 0), 0);
}

/** Everything the Colyseus server and its express routes are made of (built by createApp). */
type GameServerParts = {
  config: Config;
  store: Store;
  live: LiveBus;
  transport: WebSocketTransport;
  accounts: Router;
  sessions: SessionParts;
  moderation: { service: CityModeration; router: Router };
  pendataan: Router;
  rapor: RaporParts;
  services: Router;
  cluster: Cluster;
  telemetry: Telemetry;
  kiosks: Router;
};

function createGameServer(parts: GameServerParts) {
  const { config, store, live, transport, accounts, sessions, moderation } = parts;
  const { pendataan, rapor, services, cluster, telemetry, kiosks } = parts;
  const startedAtMs = Date.now();
  const layout = layoutCity(REGISTRY);
  return defineServer({
    rooms: {
      city: observed(
        defineRoom(CityRoom, {
          deps: {
            store,
            live,
            layout,
            maxVisitors: config.maxVisitorsPerShard,
            moderation: moderation.service,
          },
        }),
        telemetry,
      ),
      session: observed(defineRoom(SessionRoom, { deps: sessions.room }).filterBy(['sessionId']), telemetry),
    },
    transport,
    // Several processes: Redis presence and driver, this process's public address (scale/cluster.ts).
    ...cluster.colyseus,
    // Signals are handled by server/index.ts, which also closes the store.
    gracefullyShutdown: false,
    greet: false,
    logger: colyseusLogger,
    express: (app) => {
      app.disable('x-powered-by');
      app.get('/metrics', telemetry.route);
      app.use('/api', metricsRouter({ ...store, live, registry: REGISTRY, buckets: cluster.buckets }));
      app.use('/api', sessions.router);
      app.use('/api', moderation.router);
      app.use('/api', pendataan);
      app.use('/api', rapor.router);
      app.use('/api', services);
      app.use('/api', kiosks);
      app.use(
        '/api',
        apiRouter({
          registry: REGISTRY,
          version: pkg.version,
          startedAtMs,
          visitors: countVisitors,
          health: () => processHealth(cluster, store),
          accounts,
          metrics: store.metrics,
          rapor: rapor.service,
          services: (id) => store.services.list(id),
          connectors: async (id) =>
            (await store.connectors.listFor(id)).map((c) => connectorStatus(c, Date.now())),
          profile: async (id) => {
            const stored = await store.organisations.getProfile(id);
            const parsed = stored ? parseProfile(stored) : null;
            return parsed?.ok ? parsed.profile : null;
          },
        }),
      );
      serveClient(app, config.clientDir);
      app.use(notFound, errorHandler);
    },
  });
}

/** A room definition whose rooms report to /metrics (patch times, dropped messages). */
function observed<H extends { on(event: 'create' | 'dispose', f: (room: Room) => void): unknown }>(
  handler: H,
  telemetry: Telemetry,
): H {
  handler.on('create', (room) => telemetry.instrumentRoom(room));
  handler.on('dispose', (room) => telemetry.roomGone(room));
  return handler;
}

/** The server type the client SDK is typed with: `new Client<MakaverseServer>(url)`. */
export type MakaverseServer = ReturnType<typeof createGameServer>;

export type App = {
  server: MakaverseServer;
  store: Store;
  /** Live data events: ingestion publishes, city shards subscribe. */
  live: LiveBus;
  /** The hubs of public sessions in this process. */
  sessions: SessionHubs;
  /** Binds HTTP + WebSocket to the port (default: config.port); resolves with the bound port. */
  listen(port?: number): Promise<number>;
  /** Closes rooms (clients get CLOSE_CODES.shutdown), then the store. Safe to call twice. */
  shutdown(): Promise<void>;
};

export type AppOptions = { accounts?: AccountOptions; sessions?: SessionOptions };

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  setLogLevel(config.logLevel);
  const store = await openStore({ dbPath: config.dbPath, databaseUrl: config.databaseUrl });
  await store.organisations.sync(REGISTRY, Date.now());
  applyCorsPolicy(config.corsOrigins);
  const cluster = await openCluster(config.scale, config.port);
  const sourceLimits = createSourceLimits(config.sourceLimits, cluster);
  // Frames above MAX_MESSAGE_BYTES close that socket (1009); nothing else is affected.
  // Every request passes the gate first: security headers, capped matchmaking bodies.
  const httpServer = gatedHttpServer(securityHeaders([...config.mediaOrigins, ...voiceOrigin(config.voice)]));
  const transport = new WebSocketTransport({
    maxPayload: MAX_MESSAGE_BYTES,
    server: httpServer,
    beforeUpgrade: sourceLimits.beforeUpgrade,
  });
  const live = cluster.live;
  const now = options.accounts?.now ?? Date.now;
  const tokens = await loadTokens(config.authSecret, store, now);
  const accounts = accountsRouter(tokens, store, live, {
    attempts: cluster.attempts,
    buckets: cluster.buckets,
    ...options.accounts,
  });
  const sessions = sessionParts(config, store, tokens, now, cluster, options.sessions);
  const telemetry = createTelemetry({ processName: cluster.processName, hubs: sessions.hubs });
  const cityModeration = createCityModeration({ store, tokens, presence: () => matchMaker.presence, now });
  const moderation = {
    service: cityModeration,
    router: cityModerationRouter({ moderation: cityModeration, store, tokens, now }),
  };
  const pendataan = pendataanRouter(pendataanDeps(store, tokens, live, now));
  const rapor = raporParts(store, tokens, now, { serviceCounts: () => store.services.confirmedCounts() });
  const services = servicesApi(store, tokens, now);
  const kiosks = kiosksRouter({
    tokens,
    users: store.users,
    now,
    kiosks: store.kiosks,
    organisationIds: new Set(REGISTRY.organisations.map((o) => o.id)),
    audit: (entry) => store.audit.append(entry, now()),
  });
  const server = createGameServer({
    config,
    store,
    live,
    transport,
    accounts,
    sessions,
    moderation,
    pendataan,
    rapor,
    services,
    cluster,
    telemetry,
    kiosks,
  });
  const simulator = config.simulator
    ? startSimulator({ ...store, live, registry: REGISTRY }, { intervalMs: config.simulatorIntervalS * 1000 })
    : undefined;
  rememberWeather(live);
  const ingest = { metrics: store.metrics, audit: store.audit, live, registry: REGISTRY };
  const connectors = config.connectors
    ? createScheduler({ connectors: store.connectors, ingest })
    : undefined;
  await connectors?.start();
  const stopRetention = startRetention(store, config.retention, Date.now);
  let closing: Promise<void> | undefined;

  return {
    server,
    store,
    live,
    sessions: sessions.hubs,
    async listen(port = config.port) {
      const http = transport.server;
      if (!http) throw new Error('the WebSocket transport has no HTTP server');
      // Colyseus's listen() never settles when binding fails (e.g. EADDRINUSE): watch for the error.
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        server.listen(port).then(() => {
          http.off('error', reject);
          resolve();
        }, reject);
      });
      // After Colyseus bound its routes (in listen), so the source is stamped before they read it.
      sourceLimits.install(http);
      const address = http.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    shutdown() {
      closing ??= (async () => {
        await simulator?.stop();
        await connectors?.stop();
        await stopRetention();
        sourceLimits.uninstall();
        await server.gracefullyShutdown(false);
        await sessions.hubs.disposeAll();
        await sessions.voice?.closeAll();
        telemetry.close();
        await cluster.close();
        await store.close();
        log.info('stopped');
      })();
      return closing;
    },
  };
}
