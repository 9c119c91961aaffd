import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 2567,
      dbPath: resolve('data/db/makaverse.sqlite'),
      maxVisitorsPerShard: 500,
      logLevel: 'info',
      clientDir: resolve('dist/client'),
      corsOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      simulator: true,
      simulatorIntervalS: 15,
      connectors: true,
      sourceLimits: { connections: 50, joinsPerMinute: 60, trustProxy: false },
      retention: { chatDays: 30, plazaKeepLines: 100_000, eventDays: 90, snapshotEvery: 500 },
      mediaOrigins: [],
      scale: { redisUrl: undefined, publicAddress: undefined, processName: undefined },
    });
  });

  it('reads and converts the environment; empty means unset', () => {
    const c = loadConfig({
      PORT: '8080',
      DB_PATH: '/tmp/x.sqlite',
      MAX_VISITORS_PER_SHARD: '50',
      LOG_LEVEL: 'debug',
      CLIENT_DIR: '',
      CORS_ORIGINS: 'https://makaverse.example/, http://kiosk.local:8080',
    });
    expect(c).toMatchObject({
      port: 8080,
      dbPath: '/tmp/x.sqlite',
      maxVisitorsPerShard: 50,
      logLevel: 'debug',
    });
    expect(c.clientDir).toBe(resolve('dist/client'));
    expect(c.corsOrigins).toEqual(['https://makaverse.example', 'http://kiosk.local:8080']);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['MAX_VISITORS_PER_SHARD', '0'],
    ['MAX_VISITORS_PER_SHARD', '1.5'],
    ['LOG_LEVEL', 'verbose'],
    ['CORS_ORIGINS', 'not a url'],
    ['SIMULATOR', 'maybe'],
    ['CONNECTORS', 'yes'],
    ['SIMULATOR_INTERVAL_S', '0'],
    ['SIMULATOR_INTERVAL_S', '2.5'],
    ['AUTH_SECRET', 'too-short'],
    ['MAX_CONNECTIONS_PER_SOURCE', '0'],
    ['TRUST_PROXY', 'yes'],
    ['CHAT_RETENTION_DAYS', '1.5'],
    ['SESSION_SNAPSHOT_EVERY', '1'],
  ])('rejects %s=%s naming the variable', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`${key}=`));
  });

  it('takes an AUTH_SECRET of at least 32 characters; unset leaves it to the database', () => {
    expect(loadConfig({}).authSecret).toBeUndefined();
    expect(loadConfig({ AUTH_SECRET: 'k'.repeat(32) }).authSecret).toBe('k'.repeat(32));
  });

  it('switches the pull connectors off', () => {
    expect(loadConfig({ CONNECTORS: 'off' }).connectors).toBe(false);
  });

  it('switches the simulator off and sets its interval', () => {
    expect(loadConfig({ SIMULATOR: 'off', SIMULATOR_INTERVAL_S: '60' })).toMatchObject({
      simulator: false,
      simulatorIntervalS: 60,
    });
  });
});
