import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { isSecretName, REDACTED, redact, redactText } from './redact.ts';

describe('redactText', () => {
  it.each([
    ['mysql://admin:TopSecretPw@db.local:3306/x', 'mysql://admin:***@db.local:3306/x'],
    ['postgres://u:p@ss@host/db failed', 'postgres://u:***@host/db failed'],
    ['Authorization: Bearer abc.def-123', 'Authorization: ***'],
    ['sent Bearer abc.def-123 again', 'sent Bearer *** again'],
    ['key mkv_0123456789ab_00ff00ff refused', 'key mkv_*** refused'],
    ['{"username":"adm1","password":TopSecretPw123}', '{"username":"adm1","password":***}'],
    ['{"password":"a \\" b","x":1}', '{"password":***,"x":1}'],
    ['AUTH_SECRET="not-long-enough"', 'AUTH_SECRET=***'],
    ['GET /feed?api_key=abc123&page=2', 'GET /feed?api_key=***&page=2'],
    ['token: eyJhbGciOi', 'token: ***'],
  ])('%s → %s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it('leaves ordinary text alone', () => {
    const text = 'join refused: room full (200 visitors), https://makassarkota.go.id/layanan?page=2';
    expect(redactText(text)).toBe(text);
  });
});

describe('redact', () => {
  it('replaces secret-named fields at any depth and redacts texts and errors', () => {
    const error = new Error('connect to postgres://app:hunter22@db/x failed');
    const out = redact({
      password: 'hunter2',
      user: { apiKey: 'k-1', keyId: 'abc', passwordHash: 'scrypt$…', name: 'Andi' },
      authorization: 'Bearer x',
      list: [{ token: 't' }],
      count: 3,
      error,
    });
    expect(out).toMatchObject({
      password: REDACTED,
      user: { apiKey: REDACTED, keyId: 'abc', passwordHash: REDACTED, name: 'Andi' },
      authorization: REDACTED,
      list: [{ token: REDACTED }],
      count: 3,
      error: { name: 'Error', message: 'connect to postgres://app:***@db/x failed' },
    });
    expect(JSON.stringify(out)).not.toContain('hunter2');
  });

  it('names: password, token, authorization, secret, key are secrets; ids and counts are not', () => {
    for (const name of ['password', 'token', 'authorization', 'secret', 'key', 'AUTH_SECRET', 'accessToken'])
      expect(isSecretName(name), name).toBe(true);
    for (const name of ['keyId', 'session', 'visitors', 'reason', 'message'])
      expect(isSecretName(name), name).toBe(false);
  });
});

describe('loadConfig errors', () => {
  it('never repeats a rejected secret or a URL password', () => {
    const fail = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        if (e instanceof ConfigError) return e.message;
      }
      throw new Error('expected a ConfigError');
    };
    const url = fail({ DATABASE_URL: 'mysql://admin:TopSecretPw@db.local/x' });
    expect(url).toContain('DATABASE_URL="mysql://admin:***@db.local/x"');
    expect(url).not.toContain('TopSecretPw');
    const secret = fail({ AUTH_SECRET: 'short-but-secret' });
    expect(secret).toContain('AUTH_SECRET=<hidden, 16 characters>');
    expect(secret).not.toContain('short-but-secret');
  });
});
