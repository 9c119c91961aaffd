import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { voiceOrigin } from './voiceConfig.ts';

describe('voice configuration', () => {
  it('is off without JANUS_URL', () => {
    expect(loadConfig({}).voice).toBeUndefined();
    expect(voiceOrigin(undefined)).toEqual([]);
  });

  it('reads Janus URLs and the admin key; the page may connect to the public origin', () => {
    const { voice } = loadConfig({
      JANUS_URL: 'http://127.0.0.1:8088/janus',
      JANUS_PUBLIC_URL: 'wss://kota.example/janus-ws',
      JANUS_ADMIN_KEY: 'rahasia-janus-123',
    });
    expect(voice).toEqual({
      janusUrl: 'http://127.0.0.1:8088/janus',
      publicUrl: 'wss://kota.example/janus-ws',
      adminKey: 'rahasia-janus-123',
      bitrate: 24_000,
      recordingsDir: resolve('data/recordings'),
    });
    expect(voiceOrigin(voice)).toEqual(['wss://kota.example']);
  });

  it('refuses a half configuration without repeating the admin key', () => {
    const bad = () => loadConfig({ JANUS_URL: 'http://127.0.0.1:8088/janus', JANUS_ADMIN_KEY: 'x y' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/JANUS_PUBLIC_URL/);
    expect(bad).not.toThrow(/x y/);
  });
});
