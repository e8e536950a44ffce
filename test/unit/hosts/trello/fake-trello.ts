import actionsFixture from '../../../fixtures/trello/actions.json';
import boardFixture from '../../../fixtures/trello/board.json';
import cardWithContextFixture from '../../../fixtures/trello/card-with-context.json';
import cardsFixture from '../../../fixtures/trello/cards.json';
import listsFixture from '../../../fixtures/trello/lists.json';
import membersFixture from '../../../fixtures/trello/members.json';

/**
 * A stand-in for `https://trello.com/1/…` that serves the fixtures, pages actions the way
 * Trello does (newest first, `limit`, `before=<action id>`, `since=<instant>`) and records
 * every request. `respond` lets a test answer a request itself (429, sign-in page, …).
 */
export interface RecordedRequest {
  url: URL;
  /** Path after `/1`, e.g. `/boards/AbCd1234/actions`. */
  path: string;
  params: URLSearchParams;
  init: RequestInit | undefined;
}

export interface TrelloFixtures {
  board: unknown;
  lists: unknown[];
  members: unknown[];
  cards: unknown[];
  /** The board's actions, newest first. */
  actions: { id: string; date: string }[];
  cardWithContext: unknown;
}

export interface FakeTrelloOptions {
  fixtures?: Partial<TrelloFixtures>;
  /** Return a response to answer the request instead of the fixtures; `undefined` to pass. */
  respond?: (request: RecordedRequest, index: number) => Response | undefined;
}

export const BOARD = 'AbCd1234';

export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function defaultFixtures(): TrelloFixtures {
  // Deep copies: a test may change them without touching the others.
  return structuredClone({
    board: boardFixture,
    lists: listsFixture,
    members: membersFixture,
    cards: cardsFixture,
    actions: actionsFixture,
    cardWithContext: cardWithContextFixture,
  });
}

function pageOfActions(actions: TrelloFixtures['actions'], params: URLSearchParams): unknown[] {
  let selected = actions;
  const before = params.get('before');
  if (before) {
    const index = selected.findIndex((action) => action.id === before);
    selected = index === -1 ? [] : selected.slice(index + 1);
  }
  const since = params.get('since');
  if (since) selected = selected.filter((action) => Date.parse(action.date) > Date.parse(since));
  return selected.slice(0, Number(params.get('limit') ?? 50));
}

export function createFakeTrello(options: FakeTrelloOptions = {}) {
  const fixtures = { ...defaultFixtures(), ...options.fixtures };
  const requests: RecordedRequest[] = [];

  function route(request: RecordedRequest): Response {
    const segments = request.path.split('/').filter(Boolean);
    if (segments[0] === 'boards' && segments[1] === BOARD) {
      switch (segments[2]) {
        case undefined:
          return jsonResponse(fixtures.board);
        case 'lists':
          return jsonResponse(fixtures.lists);
        case 'members':
          return jsonResponse(fixtures.members);
        case 'cards':
          return jsonResponse(fixtures.cards);
        case 'actions':
          return jsonResponse(pageOfActions(fixtures.actions, request.params));
      }
    }
    const card = fixtures.cardWithContext as { shortLink?: string };
    if (segments[0] === 'cards' && segments[1] === card.shortLink) {
      return jsonResponse(fixtures.cardWithContext);
    }
    return new Response('The requested resource was not found.', {
      status: 404,
      headers: { 'content-type': 'text/plain' },
    });
  }

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const url = new URL(String(input));
    const request: RecordedRequest = {
      url,
      path: url.pathname.replace(/^\/1/, ''),
      params: url.searchParams,
      init,
    };
    requests.push(request);
    return options.respond?.(request, requests.length - 1) ?? route(request);
  };

  return {
    fetchImpl: fetchImpl as typeof fetch,
    requests,
    fixtures,
    /** Requests for one endpoint, e.g. `actions`, in the order they were sent. */
    requestsTo(endpoint: 'board' | 'lists' | 'members' | 'cards' | 'actions') {
      return requests.filter((request) => {
        const [, kind, , tail] = request.path.split('/');
        if (kind !== 'boards') return false;
        return endpoint === 'board' ? tail === undefined : tail === endpoint;
      });
    },
  };
}
