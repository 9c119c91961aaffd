import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 2567,
      dbPath: resolve('data/db/makaverse.sqlite'),
      maxVisitorsPerShard: 200,
      logLevel: 'info',
      clientDir: resolve('dist/client'),
      corsOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
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
  ])('rejects %s=%s naming the variable', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`${key}=`));
  });
});
