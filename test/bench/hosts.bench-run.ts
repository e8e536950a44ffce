import { describe, expect, it } from 'vitest';
import type { HostAdapter } from '../../lib/hosts/adapter';
import { createAsanaAdapter } from '../../lib/hosts/asana/adapter';
import { normalizeAsanaTask } from '../../lib/hosts/asana/normalize';
import { createJiraAdapter } from '../../lib/hosts/jira/adapter';
import { normalizeJiraIssue } from '../../lib/hosts/jira/normalize';
import { createTrelloAdapter } from '../../lib/hosts/trello/adapter';
import { normalizeTrelloCard } from '../../lib/hosts/trello/normalize';
import { recordFigure } from './record';

/**
 * Host adapters (issue 3): how fast raw API JSON becomes WorkItems (10,000 items per tool,
 * with status histories), the heap it takes to hold them, and how many requests a refresh of
 * a scope costs when the tracker reports that nothing changed (budget: 1).
 */

const N = 10_000;
const DAY = 86_400_000;
const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const jiraDate = (ms: number) => iso(ms).replace('Z', '+0000');

function rawJiraIssues() {
  const statuses = [
    { id: '1', name: 'To Do', statusCategory: { key: 'new' } },
    { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
    { id: '10001', name: 'Done', statusCategory: { key: 'done' } },
  ];
  return Array.from({ length: N }, (_, i) => {
    const created = T0 + (i % 300) * DAY;
    const status = statuses[i % 3]!;
    const histories = [1, 2, 3].map((step) => ({
      id: `${i}-${step}`,
      created: jiraDate(created + step * DAY),
      items: [
        {
          field: 'status',
          fieldtype: 'jira',
          from: statuses[(step - 1) % 3]!.id,
          fromString: statuses[(step - 1) % 3]!.name,
          to: statuses[step % 3]!.id,
          toString: statuses[step % 3]!.name,
        },
      ],
    }));
    return {
      id: String(10_000 + i),
      key: `ACME-${i + 1}`,
      fields: {
        summary: `Issue ${i + 1}`,
        status,
        issuetype: { name: 'Story' },
        created: jiraDate(created),
        updated: jiraDate(created + 4 * DAY),
        resolutiondate: status.statusCategory.key === 'done' ? jiraDate(created + 3 * DAY) : null,
        duedate: i % 4 === 0 ? null : iso(created + 10 * DAY).slice(0, 10),
        assignee:
          i % 5 === 0
            ? null
            : { accountId: `u${i % 7}`, displayName: `Dev ${i % 7}`, emailAddress: null },
        labels: ['partner'],
        components: [{ name: 'Web' }],
        project: { key: 'ACME', name: 'Acme Checkout' },
      },
      changelog: { startAt: 0, maxResults: 3, total: 3, histories },
    };
  });
}

function rawAsanaTasks() {
  return Array.from({ length: N }, (_, i) => {
    const created = T0 + (i % 300) * DAY;
    const completed = i % 3 === 2;
    return {
      task: {
        gid: String(1_300_000_000_000_000 + i),
        name: `Task ${i + 1}`,
        resource_subtype: 'default_task',
        completed,
        completed_at: completed ? iso(created + 3 * DAY) : null,
        created_at: iso(created),
        modified_at: iso(created + 4 * DAY),
        due_on: i % 4 === 0 ? null : iso(created + 10 * DAY).slice(0, 10),
        due_at: null,
        assignee: i % 5 === 0 ? null : { gid: `${i % 7}`, name: `Dev ${i % 7}` },
        memberships: [
          {
            project: { gid: '1200000000000001', name: 'Web' },
            section: { gid: '2', name: 'Doing' },
          },
        ],
        tags: [{ gid: '9', name: 'partner' }],
        permalink_url: `https://app.asana.com/0/1200000000000001/${1_300_000_000_000_000 + i}`,
      },
      stories: [
        {
          gid: `s${i}a`,
          created_at: iso(created + DAY),
          resource_subtype: 'section_changed',
          old_section: { gid: '1', name: 'To do' },
          new_section: { gid: '2', name: 'Doing' },
        },
        ...(completed
          ? [
              {
                gid: `s${i}b`,
                created_at: iso(created + 3 * DAY),
                resource_subtype: 'marked_complete',
              },
            ]
          : []),
      ],
    };
  });
}

function rawTrelloCards() {
  const lists = [
    { id: 'l1', name: 'To Do', closed: false, pos: 1 },
    { id: 'l2', name: 'Doing', closed: false, pos: 2 },
    { id: 'l3', name: 'Done', closed: false, pos: 3 },
  ];
  const members = [{ id: 'm1', fullName: 'Hana Ito', username: 'hana' }];
  const cards = Array.from({ length: N }, (_, i) => {
    const created = T0 + (i % 300) * DAY;
    const id = `${Math.floor(created / 1000).toString(16)}${i.toString(16).padStart(16, '0')}`;
    const shortLink = `c${i.toString(36).padStart(7, '0')}`;
    const list = lists[i % 3]!;
    return {
      card: {
        id,
        idShort: i + 1,
        shortLink,
        shortUrl: `https://trello.com/c/${shortLink}`,
        url: `https://trello.com/c/${shortLink}/card-${i}`,
        name: `Card ${i + 1}`,
        desc: '',
        idBoard: 'b1',
        idList: list.id,
        idMembers: i % 5 === 0 ? [] : ['m1'],
        labels: [{ id: 'x', name: '', color: 'green' }],
        due: i % 4 === 0 ? null : iso(created + 10 * DAY),
        dueComplete: false,
        start: null,
        dateLastActivity: iso(created + 4 * DAY),
        closed: false,
      },
      actions: [1, 2].map((step) => ({
        id: `${id.slice(0, 8)}a${step}${i.toString(16).padStart(13, '0')}`,
        type: 'updateCard',
        date: iso(created + step * DAY),
        data: {
          card: { id, shortLink, name: `Card ${i + 1}` },
          board: { id: 'b1', shortLink: 'AbCd1234' },
          listBefore: { id: lists[step - 1]!.id, name: lists[step - 1]!.name },
          listAfter: { id: lists[step]!.id, name: lists[step]!.name },
        },
      })),
    };
  });
  return { cards, lists, members };
}

function measure(label: string, normalize: () => unknown[]): { perSec: number; heapMB: number } {
  normalize(); // warm-up: JIT and schema caches
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const items = normalize();
  const ms = performance.now() - started;
  const heapMB = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  expect(items, label).toHaveLength(N);
  return { perSec: (N / ms) * 1000, heapMB };
}

/** A tracker that answers every "what changed since" question with "nothing". */
function unchangedTracker(): { fetchImpl: typeof fetch; count(): number } {
  let requests = 0;
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  const fetchImpl = (async (input: RequestInfo | URL) => {
    requests++;
    const url = new URL(String(input));
    if (url.pathname.endsWith('/search/jql')) return json({ issues: [], isLast: true });
    if (url.pathname === '/api/1.0/tasks') return json({ data: [], next_page: null });
    if (url.pathname.startsWith('/1/boards/')) {
      return json({ id: 'b1', shortLink: 'AbCd1234', name: 'Board', dateLastActivity: iso(T0) });
    }
    return new Response('unexpected request', { status: 500 });
  }) as typeof fetch;
  return { fetchImpl, count: () => requests };
}

describe('host adapter benchmarks', () => {
  it('normalises 10,000 items per tool', () => {
    const jira = rawJiraIssues();
    const asana = rawAsanaTasks();
    const trello = rawTrelloCards();
    const board = { shortLink: 'AbCd1234', name: 'Board' };
    const results = {
      jira: measure('jira', () =>
        jira.map((raw) =>
          normalizeJiraIssue(raw, { site: 'https://acme.atlassian.net', contextPath: '' }),
        ),
      ),
      asana: measure('asana', () =>
        asana.map(({ task, stories }) =>
          normalizeAsanaTask(task, stories, {
            site: 'https://app.asana.com',
            projectGid: '1200000000000001',
          }),
        ),
      ),
      trello: measure('trello', () =>
        trello.cards.map(({ card, actions }) =>
          normalizeTrelloCard(card, actions, {
            site: 'https://trello.com',
            board,
            lists: trello.lists,
            members: trello.members,
          }),
        ),
      ),
    };
    for (const [tool, result] of Object.entries(results)) {
      recordFigure(
        `hosts.normalize10k.${tool}.itemsPerSec`,
        Math.round(result.perSec),
        'items/s',
        null,
      );
    }
    const slowest = Math.min(...Object.values(results).map((result) => result.perSec));
    const largestHeap = Math.max(...Object.values(results).map((result) => result.heapMB));
    recordFigure('hosts.normalize10k.itemsPerSec', Math.round(slowest), 'items/s', null);
    recordFigure('hosts.normalize10k.peakMB', Math.round(largestHeap * 10) / 10, 'MB', null);
  });

  it('refreshes an unchanged scope with one request per tool', async () => {
    const since = iso(T0 + DAY);
    const now = () => T0 + 2 * DAY;
    const cases: [string, (fetchImpl: typeof fetch) => HostAdapter, string][] = [
      [
        'jira',
        (fetchImpl) =>
          createJiraAdapter({
            site: 'https://acme.atlassian.net',
            deployment: 'cloud',
            fetchImpl,
            now,
          }),
        'ACME',
      ],
      ['asana', (fetchImpl) => createAsanaAdapter({ fetchImpl, now }), '1200000000000001'],
      ['trello', (fetchImpl) => createTrelloAdapter({ fetchImpl, now }), 'AbCd1234'],
    ];
    let worst = 0;
    for (const [tool, create, scopeId] of cases) {
      const tracker = unchangedTracker();
      const result = await create(tracker.fetchImpl).loadScope({ scopeId, since });
      expect(result.items, tool).toEqual([]);
      recordFigure(`hosts.refreshUnchanged.${tool}.requests`, tracker.count(), 'requests', null);
      worst = Math.max(worst, tracker.count());
    }
    recordFigure('hosts.refreshUnchanged.requestsPerScope', worst, 'requests', 1);
  });
});
