import { describe, expect, it, vi } from 'vitest';
import { enrichContext } from '@/lib/hosts/enrich-context';
import { TrackerError } from '@/lib/hosts/http/tracker-error';
import type { HostContext } from '@/lib/model/host-context';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const trelloCard: HostContext = {
  tool: 'trello',
  site: 'https://trello.com',
  page: 'card',
  cardShortLink: 'Qw3rTy12',
};
const asanaTask: HostContext = {
  tool: 'asana',
  site: 'https://app.asana.com',
  page: 'task',
  workspaceGid: '1100000000000001',
  taskGid: '1300000000000001',
};

describe('enrichContext', () => {
  it('reads the board of a Trello card, same-origin with the session', async () => {
    const fetchImpl = vi.fn(async () =>
      json({ id: 'c1', board: { id: 'b1', shortLink: 'AbCd1234' } }),
    );
    const result = await enrichContext(trelloCard, new AbortController().signal, { fetchImpl });
    expect(result).toEqual({ ...trelloCard, boardShortLink: 'AbCd1234' });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url.startsWith('https://trello.com/1/cards/Qw3rTy12?')).toBe(true);
    expect(init.credentials).toBe('include');
    expect(init.method ?? 'GET').toBe('GET');
  });

  it('reads the project of an Asana task with Asana’s client headers', async () => {
    const fetchImpl = vi.fn(async () =>
      json({ data: { memberships: [{ project: { gid: '1200000000000001' } }] } }),
    );
    const result = await enrichContext(asanaTask, new AbortController().signal, { fetchImpl });
    expect(result).toMatchObject({ projectGid: '1200000000000001' });
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'X-Allow-Asana-Client': '1' });
  });

  it('keeps an Asana task without project memberships as it is', async () => {
    const fetchImpl = vi.fn(async () => json({ data: { memberships: [] } }));
    expect(await enrichContext(asanaTask, new AbortController().signal, { fetchImpl })).toEqual(
      asanaTask,
    );
  });

  it('does not call the tracker when the URL already names the project or board', async () => {
    const fetchImpl = vi.fn();
    const board: HostContext = {
      tool: 'trello',
      site: 'https://trello.com',
      page: 'board',
      boardShortLink: 'AbCd1234',
    };
    expect(await enrichContext(board, new AbortController().signal, { fetchImpl })).toBe(board);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports a sign-in page (HTML instead of JSON) as signed out', async () => {
    const fetchImpl = vi.fn(
      async () => new Response('<html>Log in</html>', { headers: { 'content-type': 'text/html' } }),
    );
    const error = await enrichContext(trelloCard, new AbortController().signal, {
      fetchImpl,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerError);
    expect(error).toMatchObject({ kind: 'signed-out' });
  });

  it('rejects a malformed answer instead of trusting it', async () => {
    const fetchImpl = vi.fn(async () => json({ board: { shortLink: '<img onerror=x>' } }));
    await expect(
      enrichContext(trelloCard, new AbortController().signal, { fetchImpl }),
    ).rejects.toThrow();
  });

  it('retries a Trello 429 that carries only a JSON body, then finds the board', async () => {
    let calls = 0;
    const fetchImpl = vi.fn(async () =>
      ++calls === 1
        ? new Response(JSON.stringify({ error: 'API_TOKEN_LIMIT_EXCEEDED' }), {
            status: 429,
            headers: { 'content-type': 'application/json' },
          })
        : json({ board: { shortLink: 'AbCd1234' } }),
    );
    const result = await enrichContext(trelloCard, new AbortController().signal, {
      fetchImpl,
      sleep: async () => undefined,
    });
    expect(result).toMatchObject({ boardShortLink: 'AbCd1234' });
    expect(calls).toBe(2);
  });
});
