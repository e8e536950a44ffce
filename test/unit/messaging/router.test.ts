import { describe, expect, it, vi } from 'vitest';
import { RPC_KIND } from '@/lib/messaging/envelope';
import { RpcError } from '@/lib/messaging/errors';
import { rpcMethods } from '@/lib/messaging/methods';
import type { Handlers } from '@/lib/messaging/router';
import { createRpcRouter } from '@/lib/messaging/router';
import type { SenderInfo } from '@/lib/messaging/sender';
import { isSupportedHostUrl } from '@/lib/hosts/supported-host';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const optionsPage: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };
const jiraTab: SenderInfo = {
  id: EXTENSION_ID,
  url: 'https://acme.atlassian.net/browse/ACME-1',
  tab: { id: 7 },
  frameId: 0,
};

const partner = {
  id: '0b6f1c9e-4a53-4a0e-9d2c-3f1e2d4c5b6a',
  name: 'Acme Corp',
  status: 'active' as const,
  contacts: [],
  emailDomains: [],
  expertise: [],
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  hlc: '000001767225600000-00000-dev',
  deviceId: 'dev',
  deleted: false,
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not expected in this test');
  };
  // Every method fails unless a test expects it, so new methods need no change here.
  const failing = Object.fromEntries(Object.keys(rpcMethods).map((name) => [name, fail]));
  return {
    ...(failing as unknown as Handlers),
    'partners.list': async () => [partner],
    'scopes.list': async () => [],
    'page.visit': async () => ({ sidebar: false }),
    'options.open': async () => ({ opened: true }),
    ...overrides,
  };
}

const route = (h: Handlers = handlers()) =>
  createRpcRouter(h, { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, isSupportedHostUrl });

const rpc = (method: string, params: unknown = {}) => ({ kind: RPC_KIND, method, params });

describe('rpc router', () => {
  it('answers a valid request from an extension page with the validated result', async () => {
    await expect(route()(rpc('partners.list'), optionsPage)).resolves.toEqual({
      ok: true,
      result: [partner],
    });
  });

  it.each([
    ['null', null],
    ['a string', 'partners.list'],
    ['a wrong kind', { kind: 'other', method: 'partners.list', params: {} }],
    ['a missing method', { kind: RPC_KIND, params: {} }],
    ['a numeric method', { kind: RPC_KIND, method: 42 }],
  ])('rejects a malformed message (%s) with bad-request', async (_name, message) => {
    const answer = await route()(message, optionsPage);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('rejects an unknown method', async () => {
    const answer = await route()(rpc('partners.drop'), optionsPage);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it.each([
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' }],
    [
      'a content script on a foreign site',
      { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 1 } },
    ],
    [
      'a look-alike host',
      { id: EXTENSION_ID, url: 'https://acme.atlassian.net.evil.com/browse/A-1', tab: { id: 1 } },
    ],
    ['a sender without url', { id: EXTENSION_ID }],
  ])('refuses %s', async (_name, sender) => {
    const spy = vi.fn(async () => [partner]);
    const answer = await route(handlers({ 'partners.list': spy }))(rpc('partners.list'), sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('keeps extension-only methods away from content scripts', async () => {
    const answer = await route()(rpc('partners.list'), jiraTab);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets a content script on a supported host call content methods', async () => {
    const answer = await route()(rpc('page.visit', { url: jiraTab.url }), jiraTab);
    expect(answer).toEqual({ ok: true, result: { sidebar: false } });
  });

  it('validates params and reports readable field issues', async () => {
    const save = vi.fn();
    const answer = await route(handlers({ 'partners.save': save }))(
      rpc('partners.save', { name: '', status: 'retired' }),
      optionsPage,
    );
    expect(save).not.toHaveBeenCalled();
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('validation');
    expect(answer.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Enter the partner’s name' },
        { path: 'status', message: 'Choose a status: candidate, active, paused or offboarded' },
      ]),
    );
  });

  it('turns a typed handler error into a typed answer', async () => {
    const answer = await route(
      handlers({
        'partners.delete': () => {
          throw new RpcError({ code: 'not-found', message: 'Gone.' });
        },
      }),
    )(rpc('partners.delete', { id: partner.id }), optionsPage);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Gone.', issues: [] },
    });
  });

  it('never leaks an invalid result and hides internal errors', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const invalid = await route(
      handlers({ 'partners.list': async () => [{ ...partner, id: 'not-a-uuid' }] }),
    )(rpc('partners.list'), optionsPage);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'internal' } });

    const crash = await route(
      handlers({
        'partners.list': async () => {
          throw new TypeError('db exploded at /secret/path');
        },
      }),
    )(rpc('partners.list'), optionsPage);
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crash)).not.toContain('/secret/path');
  });
});
