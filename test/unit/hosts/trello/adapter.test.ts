import { describe, expect, it, vi } from 'vitest';
import {
  createTrelloAdapter,
  type TrelloAdapterOptions,
} from '../../../../lib/hosts/trello/adapter';
import { TrackerError } from '../../../../lib/hosts/http/tracker-error';
import { workItemSchema } from '../../../../lib/model/work-item';
import rateLimitBody from '../../../fixtures/trello/rate-limit-429.json';
import { BOARD, createFakeTrello, jsonResponse, type FakeTrelloOptions } from './fake-trello';

// The fixture board has 26 actions: with pages of 10, Trello needs three requests.
const PAGE = 10;

function setup(fake: FakeTrelloOptions = {}, options: TrelloAdapterOptions = {}) {
  const trello = createFakeTrello(fake);
  const sleep = vi.fn(async (_ms: number, _signal?: AbortSignal) => undefined);
  const adapter = createTrelloAdapter({
    fetchImpl: trello.fetchImpl,
    sleep,
    random: () => 0.5,
    actionsPageLimit: PAGE,
    ...options,
  });
  return { trello, adapter, sleep };
}

async function rejection(promise: Promise<unknown>): Promise<TrackerError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TrackerError);
  return error as TrackerError;
}

describe('createTrelloAdapter().loadScope — full load', () => {
  it('reads board, lists, members and open cards, and normalises every valid card', async () => {
    const { adapter, trello } = setup();
    const result = await adapter.loadScope({ scopeId: BOARD });

    expect(result.items.map((item) => item.key).sort()).toEqual([
      'Ef56GH78',
      'Ij90KL12',
      'Kl78Mn90',
      'Mn34OP56',
      'Qr78ST90',
      'ab12CD34',
    ]);
    for (const item of result.items) expect(workItemSchema.safeParse(item).success).toBe(true);

    const board = trello.requestsTo('board')[0]!;
    expect(board.params.get('fields')).toBe('id,shortLink,name,dateLastActivity');
    const lists = trello.requestsTo('lists')[0]!;
    expect(lists.params.get('filter')).toBe('all');
    expect(lists.params.get('fields')).toBe('id,name,closed,pos');
    expect(trello.requestsTo('members')[0]!.params.get('fields')).toBe('fullName,username');
    const cards = trello.requestsTo('cards')[0]!;
    expect(cards.params.get('filter')).toBe('open');
    expect(cards.params.get('fields')?.split(',')).toEqual(
      expect.arrayContaining(['shortLink', 'idList', 'idMembers', 'labels', 'due', 'closed']),
    );
    expect(cards.params.get('fields')?.split(',')).not.toContain('desc');
  });

  it('sends every request same-origin to https://trello.com/1 with the session', async () => {
    const { adapter, trello } = setup();
    await adapter.loadScope({ scopeId: BOARD });
    for (const request of trello.requests) {
      expect(request.url.origin).toBe('https://trello.com');
      expect(request.url.pathname.startsWith('/1/')).toBe(true);
      expect(request.init?.credentials).toBe('include');
      expect(request.init?.method).toBe('GET');
    }
  });

  it('pages actions backwards with before=<oldest action id> until a short page', async () => {
    const { adapter, trello } = setup();
    await adapter.loadScope({ scopeId: BOARD });

    const pages = trello.requestsTo('actions');
    expect(pages).toHaveLength(3);
    const actions = trello.fixtures.actions;
    expect(pages.map((page) => page.params.get('before'))).toEqual([
      null,
      actions[PAGE - 1]!.id,
      actions[2 * PAGE - 1]!.id,
    ]);
    for (const page of pages) {
      expect(page.params.get('limit')).toBe(String(PAGE));
      expect(page.params.get('filter')).toBe(
        'createCard,updateCard:idList,updateCard:closed,updateCard:dueComplete,moveCardFromBoard',
      );
      // Back to the creation of the oldest open card (Qr78ST90, from its id), a minute early.
      expect(page.params.get('since')).toBe('2023-11-15T13:19:00.000Z');
    }
  });

  it('uses Trello’s page size of 1000 by default and asks for the next page when it is full', async () => {
    const template = createFakeTrello().fixtures.actions[0]!;
    const many = Array.from({ length: 1005 }, (_, index) => ({
      ...template,
      id: `65c0${index.toString(16).padStart(20, '0')}`,
      date: new Date(Date.UTC(2024, 1, 16) - index * 60_000).toISOString(),
    }));
    const { adapter, trello } = setup(
      { fixtures: { actions: many } },
      { actionsPageLimit: undefined },
    );
    await adapter.loadScope({ scopeId: BOARD });

    const pages = trello.requestsTo('actions');
    expect(pages.map((page) => page.params.get('limit'))).toEqual(['1000', '1000']);
    expect(pages[1]!.params.get('before')).toBe(many[999]!.id);
  });

  it('stops paging when a page reaches back past what is needed, even if Trello ignores since', async () => {
    const { adapter, trello } = setup({
      respond: (request) => {
        if (!request.path.endsWith('/actions')) return undefined;
        // A server that ignores `since` and `before`: always the same full page, whose
        // oldest action is older than the oldest open card.
        const ancient = {
          ...trello.fixtures.actions[0]!,
          id: 'f'.repeat(24),
          date: '2020-01-01T00:00:00.000Z',
        };
        return jsonResponse([...trello.fixtures.actions.slice(0, PAGE - 1), ancient]);
      },
    });
    await adapter.loadScope({ scopeId: BOARD });
    expect(trello.requestsTo('actions')).toHaveLength(1);
  });

  it('skips a card in an unexpected shape and says which and why', async () => {
    const { adapter } = setup();
    const { skipped, items } = await adapter.loadScope({ scopeId: BOARD });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.key).toBe('Yz56Ab78');
    expect(skipped[0]!.reason).toMatch(/Yz56Ab78/);
    expect(skipped[0]!.reason).toMatch(/^Trello card Yz56Ab78 was skipped: due: Expected a date/);
    expect(items.some((item) => item.key === 'Yz56Ab78')).toBe(false);
  });

  it('reports archived cards, cards moved to another board and cards of archived lists as removed', async () => {
    const { adapter } = setup();
    const { removedKeys, items } = await adapter.loadScope({ scopeId: BOARD });
    // Cd90Ef12 archived, Gh34Ij56 moved away, Uv12WX34 in the archived list "Old sprint";
    // Kl78Mn90 was archived and unarchived: still an item.
    expect(removedKeys).toEqual(['Cd90Ef12', 'Gh34Ij56', 'Uv12WX34']);
    expect(items.some((item) => item.key === 'Uv12WX34')).toBe(false);
    expect(items.some((item) => item.key === 'Kl78Mn90')).toBe(true);
  });

  it('reports progress after each page, counting cards once the card list is read', async () => {
    const { adapter } = setup();
    const onProgress = vi.fn();
    const result = await adapter.loadScope({ scopeId: BOARD, onProgress });
    const reports = onProgress.mock.calls.map(([progress]) => progress);
    // board, lists, members, cards, the card count, three action pages
    expect(reports).toHaveLength(8);
    expect(reports[0]).toEqual({ loaded: 0, total: undefined });
    // The open cards whose items are built (one of the fixture's cards fails to parse).
    const cards = reports[4].loaded as number;
    expect(cards).toBeGreaterThanOrEqual(result.items.length);
    expect(cards).toBeGreaterThan(0);
    expect(reports.slice(4)).toEqual(Array(4).fill({ loaded: cards, total: cards }));
  });

  it('skips the actions of a board without open cards', async () => {
    const { adapter, trello } = setup({ fixtures: { cards: [] } });
    const result = await adapter.loadScope({ scopeId: BOARD });
    expect(result.items).toEqual([]);
    expect(trello.requestsTo('actions')).toHaveLength(0);
  });

  it('applies the user’s list mapping of the board', async () => {
    const { adapter } = setup(
      {},
      { listCategories: { [BOARD]: { 'Waiting on client': 'doing' } } },
    );
    const { items } = await adapter.loadScope({ scopeId: BOARD });
    expect(items.find((item) => item.key === 'Qr78ST90')?.statusCategory).toBe('doing');
  });

  it('reads a mapping given as a function at every load', async () => {
    let config = {};
    const { adapter } = setup({}, { listCategories: () => config });
    const category = async () =>
      (await adapter.loadScope({ scopeId: BOARD })).items.find((item) => item.key === 'Qr78ST90')
        ?.statusCategory;
    expect(await category()).toBe('todo');
    config = { [BOARD]: { 'Waiting on client': 'done' } };
    expect(await category()).toBe('done');
    const { item } = await adapter.loadItem('Ij90KL12');
    expect(item?.statusCategory).toBe('done');
  });
});

describe('createTrelloAdapter().loadScope — incremental', () => {
  it('answers an unchanged board with the board request alone', async () => {
    const { adapter, trello } = setup();
    const result = await adapter.loadScope({ scopeId: BOARD, since: '2024-02-17T00:00:00.000Z' });
    expect(result).toEqual({ items: [], skipped: [], removedKeys: [] });
    expect(trello.requests).toHaveLength(1);
  });

  it('returns only cards active since then, each with its whole history', async () => {
    const { adapter, trello } = setup();
    const since = '2024-02-12T00:00:00.000Z';
    const result = await adapter.loadScope({ scopeId: BOARD, since });

    expect(result.items.map((item) => item.key).sort()).toEqual(['Ij90KL12', 'Mn34OP56']);
    // Actions reach back to the creation of the oldest changed card (Ij90KL12), not just `since`.
    for (const page of trello.requestsTo('actions')) {
      expect(page.params.get('since')).toBe('2024-02-06T08:59:00.000Z');
    }
    const reopened = result.items.find((item) => item.key === 'Ij90KL12')!;
    expect(reopened.created).toBe('2024-02-06T09:00:00.700Z');
    expect(reopened.started).toBe('2024-02-07T09:00:00.000Z');
    expect(reopened.transitions).toHaveLength(5);
    expect(result.removedKeys).toEqual(['Cd90Ef12', 'Gh34Ij56', 'Uv12WX34']);
  });

  it('reads removals since then even when no open card changed', async () => {
    const { adapter, trello } = setup();
    const since = '2024-02-15T13:00:00.000Z';
    const result = await adapter.loadScope({ scopeId: BOARD, since });
    expect(result.items).toEqual([]);
    expect(result.removedKeys).toContain('Gh34Ij56');
    expect(trello.requestsTo('actions')[0]!.params.get('since')).toBe(since);
  });

  it('treats an unreadable since as a full load', async () => {
    const { adapter } = setup();
    const result = await adapter.loadScope({ scopeId: BOARD, since: 'yesterday' });
    expect(result.items).toHaveLength(6);
  });
});

describe('createTrelloAdapter() — errors', () => {
  it('waits and retries after Trello’s 429 that has only a JSON body', async () => {
    let throttled = false;
    const { adapter, sleep, trello } = setup({
      respond: (request) => {
        if (throttled || !request.path.endsWith('/cards')) return undefined;
        throttled = true;
        // No Retry-After, no rate-limit headers: only the body.
        return new Response(JSON.stringify(rateLimitBody), {
          status: 429,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const result = await adapter.loadScope({ scopeId: BOARD });
    expect(result.items).toHaveLength(6);
    expect(sleep).toHaveBeenCalledTimes(1);
    // Jittered backoff from one second: half to full delay; random() = 0.5 → 750 ms.
    expect(sleep.mock.calls[0]![0]).toBe(750);
    expect(trello.requestsTo('cards')).toHaveLength(2);
  });

  it('throws signed-out on 401', async () => {
    const { adapter } = setup({
      respond: () => new Response('unauthorized permission requested', { status: 401 }),
    });
    const error = await rejection(adapter.loadScope({ scopeId: BOARD }));
    expect(error.kind).toBe('signed-out');
    expect(error.message).toBe('Sign in to Trello to load data.');
  });

  it('throws signed-out when the session is redirected to the sign-in page', async () => {
    const { adapter } = setup({
      respond: () =>
        new Response('<!DOCTYPE html><html><head><title>Log in to Trello</title></head></html>', {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    });
    expect((await rejection(adapter.loadScope({ scopeId: BOARD }))).kind).toBe('signed-out');
    expect((await rejection(adapter.loadItem('Ij90KL12'))).kind).toBe('signed-out');
  });

  it('throws invalid-response on malformed JSON', async () => {
    const { adapter } = setup({
      respond: (request) =>
        request.path.endsWith('/lists')
          ? new Response('[{"id": "5f', { headers: { 'content-type': 'application/json' } })
          : undefined,
    });
    const error = await rejection(adapter.loadScope({ scopeId: BOARD }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/Trello/);
  });

  it('throws invalid-response when the board itself is in an unexpected shape', async () => {
    const { adapter } = setup({ fixtures: { board: { id: 'x', name: 'No short link' } } });
    expect((await rejection(adapter.loadScope({ scopeId: BOARD }))).kind).toBe('invalid-response');
  });

  it('throws not-found for a board that does not exist or is not visible', async () => {
    const { adapter } = setup();
    expect((await rejection(adapter.loadScope({ scopeId: 'Zz99Zz99' }))).kind).toBe('not-found');
  });

  it('stops when aborted mid-paging and sends no further request', async () => {
    const controller = new AbortController();
    let reports = 0;
    const { adapter, trello } = setup();
    const error = await rejection(
      adapter.loadScope({
        scopeId: BOARD,
        signal: controller.signal,
        onProgress: () => {
          if (++reports === 6) controller.abort(); // after the first page of actions
        },
      }),
    );
    expect(error.kind).toBe('aborted');
    expect(trello.requestsTo('actions')).toHaveLength(1);
  });

  it('passes the signal to fetch so a request in flight is cancelled', async () => {
    const controller = new AbortController();
    const { adapter } = setup({
      respond: (request) => {
        if (!request.path.endsWith('/members')) return undefined;
        controller.abort();
        expect(request.init?.signal).toBe(controller.signal);
        throw new DOMException('The operation was aborted.', 'AbortError');
      },
    });
    const error = await rejection(adapter.loadScope({ scopeId: BOARD, signal: controller.signal }));
    expect(error.kind).toBe('aborted');
  });
});

describe('createTrelloAdapter().loadItem', () => {
  it('reads one card with its board, list, members and history in one request', async () => {
    const { adapter, trello } = setup();
    const { item, skipped } = await adapter.loadItem('Ij90KL12');

    expect(skipped).toBeUndefined();
    expect(trello.requests).toHaveLength(1);
    const params = trello.requests[0]!.params;
    expect(trello.requests[0]!.path).toBe('/cards/Ij90KL12');
    expect(params.get('actions')).toContain('updateCard:idList');
    expect(params.get('actions_limit')).toBe('1000');
    expect(params.get('board')).toBe('true');
    expect(params.get('board_fields')).toBe('id,shortLink,name');
    expect(params.get('list')).toBe('true');
    expect(params.get('members')).toBe('true');

    expect(item).toMatchObject({
      key: 'Ij90KL12',
      statusName: 'Done ✅',
      statusCategory: 'done',
      project: { id: BOARD, name: 'Acme Roadmap' },
      assignee: { name: 'Jane Doe' },
      done: '2024-02-15T12:00:00.000Z',
    });
    expect(item?.transitions.map(({ from, to }) => `${from}>${to}`)).toEqual([
      'null>todo',
      'todo>doing',
      'doing>done',
      'done>doing',
      'doing>done',
    ]);
  });

  it('returns no item for an archived card', async () => {
    const { adapter, trello } = setup();
    (trello.fixtures.cardWithContext as { closed: boolean }).closed = true;
    expect(await adapter.loadItem('Ij90KL12')).toEqual({ item: null });
  });

  it('skips a card in an unexpected shape with the reason', async () => {
    const { adapter, trello } = setup();
    (trello.fixtures.cardWithContext as { idList?: string }).idList = undefined;
    const result = await adapter.loadItem('Ij90KL12');
    expect(result.item).toBeNull();
    expect(result.skipped?.key).toBe('Ij90KL12');
    expect(result.skipped?.reason).toMatch(/idList/);
  });

  it('skips a card whose nested board is missing', async () => {
    const { adapter, trello } = setup();
    delete (trello.fixtures.cardWithContext as { board?: unknown }).board;
    const result = await adapter.loadItem('Ij90KL12');
    expect(result.item).toBeNull();
    expect(result.skipped?.reason).toMatch(/board/);
  });

  it('throws not-found for an unknown card', async () => {
    const { adapter } = setup();
    expect((await rejection(adapter.loadItem('Nope1234'))).kind).toBe('not-found');
  });
});
