import { describe, expect, it, vi } from 'vitest';
import type { LoadProgress } from '../../../../lib/hosts/adapter';
import { createAsanaAdapter } from '../../../../lib/hosts/asana/adapter';
import { ASANA_STORY_FIELDS, ASANA_TASK_FIELDS } from '../../../../lib/hosts/asana/api';
import { TrackerError } from '../../../../lib/hosts/http/tracker-error';
import { workItemSchema } from '../../../../lib/model/work-item';
import {
  FakeAsana,
  PROJECT,
  SITE,
  STORIES_PAGE_2_OFFSET,
  TASK,
  TASKS_PAGE_2_OFFSET,
  fixture,
  hangUntilAborted,
  jsonResponse,
  signInPage,
} from './fake-asana';

const TASKS = `/projects/${PROJECT}/tasks`;
const SINCE = '2026-02-11T00:00:00.000Z';

function setup(fake = new FakeAsana().withProject()) {
  const sleep = vi.fn(async (_ms: number, _signal?: AbortSignal) => undefined);
  const adapter = createAsanaAdapter({ site: SITE, fetchImpl: fake.fetch, sleep });
  return { fake, sleep, adapter };
}

async function failure(promise: Promise<unknown>): Promise<TrackerError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TrackerError);
  return error as TrackerError;
}

describe('Asana adapter: loading a project', () => {
  it('reads both task pages, following next_page.offset until it is null', async () => {
    const { fake, adapter } = setup();
    const result = await adapter.loadScope({ scopeId: PROJECT });
    const taskRequests = fake.requests.filter((request) => request.url.pathname.endsWith(TASKS));
    expect(taskRequests.map((request) => request.key)).toEqual([
      TASKS,
      `${TASKS}?offset=${TASKS_PAGE_2_OFFSET}`,
    ]);
    for (const { url } of taskRequests) {
      expect(url.origin + url.pathname).toBe(`${SITE}/api/1.0${TASKS}`);
      expect(url.searchParams.get('limit')).toBe('100');
      expect(url.searchParams.get('opt_fields')).toBe(ASANA_TASK_FIELDS.join(','));
      expect(url.searchParams.has('modified_since')).toBe(false);
      expect(url.searchParams.has('completed_since')).toBe(false);
    }
    expect(result.items.map((item) => item.key)).toEqual([
      TASK.sso,
      TASK.milestone,
      TASK.reopened,
      TASK.moved,
      TASK.approval,
    ]);
    for (const item of result.items) expect(workItemSchema.safeParse(item).success).toBe(true);
    expect(result.removedKeys).toEqual([]);
  });

  it('skips an invalid task with its gid and a readable reason', async () => {
    const { fake, adapter } = setup();
    const { skipped } = await adapter.loadScope({ scopeId: PROJECT });
    expect(skipped).toEqual([
      {
        key: TASK.invalid,
        reason: `Asana task ${TASK.invalid} was skipped: completed: Invalid input: expected boolean, received string`,
      },
    ]);
    // Validated before its stories are read, so it costs no further request.
    expect(fake.keys()).not.toContain(`/tasks/${TASK.invalid}/stories`);
  });

  it('reads every page of stories with the story fields', async () => {
    const { fake, adapter } = setup();
    const { items } = await adapter.loadScope({ scopeId: PROJECT });
    const storyRequests = fake.requests.filter((request) => request.key.includes(TASK.moved));
    expect(storyRequests.map((request) => request.key)).toEqual([
      `/tasks/${TASK.moved}/stories`,
      `/tasks/${TASK.moved}/stories?offset=${STORIES_PAGE_2_OFFSET}`,
    ]);
    for (const { url } of storyRequests) {
      expect(url.searchParams.get('opt_fields')).toBe(ASANA_STORY_FIELDS.join(','));
      expect(url.searchParams.get('limit')).toBe('100');
    }
    expect(items.find((item) => item.key === TASK.moved)?.started).toBe('2026-02-05T15:00:00.000Z');
  });

  it('keeps a task whose stories are forbidden, with history from its dates', async () => {
    const { adapter } = setup();
    const { items } = await adapter.loadScope({ scopeId: PROJECT });
    expect(items.find((item) => item.key === TASK.approval)?.transitions).toEqual([
      { at: '2026-02-03T08:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-08T12:00:00.000Z', from: 'todo', to: 'done' },
    ]);
  });

  it('sends the session headers Asana expects, with cookies', async () => {
    const { fake, adapter } = setup();
    await adapter.loadScope({ scopeId: PROJECT });
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const { headers, init } of fake.requests) {
      expect(headers.get('X-Requested-With')).toBe('XMLHttpRequest');
      expect(headers.get('X-Allow-Asana-Client')).toBe('1');
      expect(headers.get('Accept')).toBe('application/json');
      expect(init.method).toBe('GET');
      expect(init.credentials).toBe('include');
    }
  });

  it('reports progress as tasks are read, with the total once the list is complete', async () => {
    const { adapter } = setup();
    const progress: LoadProgress[] = [];
    await adapter.loadScope({ scopeId: PROJECT, onProgress: (step) => progress.push(step) });
    expect(progress[0]).toEqual({ loaded: 0, total: 6 });
    expect(progress.at(-1)).toEqual({ loaded: 6, total: 6 });
    expect(progress.map((step) => step.loaded)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses a scope id that is not a project gid, without a request', async () => {
    const { fake, adapter } = setup();
    const error = await failure(adapter.loadScope({ scopeId: '../users/me' }));
    expect(error.kind).toBe('not-found');
    expect(fake.requests).toEqual([]);
  });
});

describe('Asana adapter: incremental loads', () => {
  it('asks /tasks for the project with modified_since, and reads stories only for those', async () => {
    const fake = new FakeAsana()
      .withProject()
      .on('/tasks', () => jsonResponse(fixture('modified-tasks')));
    const { adapter } = setup(fake);
    const result = await adapter.loadScope({ scopeId: PROJECT, since: SINCE });
    expect(fake.keys()).toEqual(['/tasks', `/tasks/${TASK.reopened}/stories`]);
    const { searchParams } = fake.requests[0]!.url;
    expect(searchParams.get('project')).toBe(PROJECT);
    expect(searchParams.get('modified_since')).toBe(SINCE);
    expect(searchParams.get('opt_fields')).toBe(ASANA_TASK_FIELDS.join(','));
    expect(searchParams.get('limit')).toBe('100');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      key: TASK.reopened,
      statusCategory: 'done',
      done: '2026-02-12T16:00:00.000Z',
    });
    expect(result.items[0]!.transitions.at(-1)).toEqual({
      at: '2026-02-12T16:00:00.000Z',
      from: 'doing',
      to: 'done',
    });
  });

  it('costs a single request when nothing changed', async () => {
    const fake = new FakeAsana().on('/tasks', () => jsonResponse(fixture('modified-tasks-none')));
    const { adapter } = setup(fake);
    const progress: LoadProgress[] = [];
    const result = await adapter.loadScope({
      scopeId: PROJECT,
      since: SINCE,
      onProgress: (step) => progress.push(step),
    });
    expect(fake.requests).toHaveLength(1);
    expect(result).toEqual({ items: [], skipped: [], removedKeys: [] });
    expect(progress).toEqual([{ loaded: 0, total: 0 }]);
  });
});

describe('Asana adapter: failures', () => {
  it('waits as Retry-After says after a 429, then succeeds', async () => {
    const fake = new FakeAsana().withProject().on(
      TASKS,
      () => jsonResponse(fixture('error-rate-limited'), 429, { 'Retry-After': '2' }),
      () => jsonResponse(fixture('project-tasks-page-1')),
    );
    const { adapter, sleep } = setup(fake);
    const { items } = await adapter.loadScope({ scopeId: PROJECT });
    expect(fake.keys().filter((key) => key === TASKS)).toHaveLength(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]![0]).toBe(2000);
    expect(items).toHaveLength(5);
  });

  it('reports signed-out on 401', async () => {
    const fake = new FakeAsana().on(TASKS, () =>
      jsonResponse(fixture('error-not-authorized'), 401),
    );
    const error = await failure(setup(fake).adapter.loadScope({ scopeId: PROJECT }));
    expect(error.kind).toBe('signed-out');
    expect(error.message).toBe('Sign in to Asana to load data.');
  });

  it('reports signed-out when the sign-in page comes back instead of JSON', async () => {
    const fake = new FakeAsana().on(TASKS, signInPage);
    const error = await failure(setup(fake).adapter.loadScope({ scopeId: PROJECT }));
    expect(error.kind).toBe('signed-out');
  });

  it('stops reading stories once the session is lost', async () => {
    const fake = new FakeAsana().withProject();
    for (const gid of Object.values(TASK)) fake.on(`/tasks/${gid}/stories`, signInPage);
    const { adapter } = createAdapterWithOneWorker(fake);
    const error = await failure(adapter.loadScope({ scopeId: PROJECT }));
    expect(error.kind).toBe('signed-out');
    expect(fake.keys().filter((key) => key.includes('/stories'))).toHaveLength(1);
  });

  it('reports malformed JSON as an invalid response', async () => {
    const fake = new FakeAsana().on(
      TASKS,
      () =>
        new Response('{"data": [', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const error = await failure(setup(fake).adapter.loadScope({ scopeId: PROJECT }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe('Asana sent a response that is not valid JSON.');
  });

  it('reports a page of the wrong shape as an invalid response', async () => {
    const fake = new FakeAsana().on(TASKS, () => jsonResponse({ data: { gid: '1' } }));
    const error = await failure(setup(fake).adapter.loadScope({ scopeId: PROJECT }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('data');
  });

  it('stops paging when aborted mid-way', async () => {
    const controller = new AbortController();
    const fake = new FakeAsana()
      .withProject()
      .on(`${TASKS}?offset=${TASKS_PAGE_2_OFFSET}`, (request) => {
        setTimeout(() => controller.abort(), 0);
        return hangUntilAborted(request);
      });
    const { adapter } = setup(fake);
    const error = await failure(adapter.loadScope({ scopeId: PROJECT, signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(fake.keys()).toEqual([TASKS, `${TASKS}?offset=${TASKS_PAGE_2_OFFSET}`]);
  });

  it('stops reading stories when aborted after the list', async () => {
    const controller = new AbortController();
    const fake = new FakeAsana().withProject();
    fake.on(`/tasks/${TASK.sso}/stories`, () => {
      controller.abort();
      return jsonResponse(fixture(`stories-${TASK.sso}`));
    });
    const { adapter } = createAdapterWithOneWorker(fake);
    const error = await failure(adapter.loadScope({ scopeId: PROJECT, signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(fake.keys().filter((key) => key.includes('/stories'))).toEqual([
      `/tasks/${TASK.sso}/stories`,
    ]);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { fake, adapter } = setup();
    const error = await failure(
      adapter.loadScope({ scopeId: PROJECT, signal: AbortSignal.abort() }),
    );
    expect(error.kind).toBe('aborted');
    expect(fake.requests).toEqual([]);
  });
});

describe('Asana adapter: one task', () => {
  it('reads the task and its stories', async () => {
    const fake = new FakeAsana()
      .withProject()
      .on(`/tasks/${TASK.reopened}`, () => jsonResponse(fixture(`task-${TASK.reopened}`)));
    const { adapter } = setup(fake);
    const { item, skipped } = await adapter.loadItem(TASK.reopened);
    expect(skipped).toBeUndefined();
    expect(fake.keys().sort()).toEqual([
      `/tasks/${TASK.reopened}`,
      `/tasks/${TASK.reopened}/stories`,
    ]);
    expect(fake.requests[0]!.url.searchParams.get('opt_fields')).toBe(ASANA_TASK_FIELDS.join(','));
    expect(item).toMatchObject({
      key: TASK.reopened,
      project: { id: PROJECT, name: 'Partner Portal' },
      statusCategory: 'doing',
      started: '2026-02-04T10:00:00.000Z',
    });
    expect(item?.transitions).toHaveLength(4);
  });

  it('returns no item and the reason when the task is invalid', async () => {
    const fake = new FakeAsana().on(`/tasks/${TASK.invalid}`, () =>
      jsonResponse(fixture('task-invalid')),
    );
    const { item, skipped } = await setup(fake).adapter.loadItem(TASK.invalid);
    expect(item).toBeNull();
    expect(skipped).toEqual({
      key: TASK.invalid,
      reason: expect.stringContaining('created_at'),
    });
  });

  it('reports a task that does not exist as not found', async () => {
    const error = await failure(setup(new FakeAsana()).adapter.loadItem('1209999999999999'));
    expect(error.kind).toBe('not-found');
  });
});

/** One story read at a time, so tests can tell exactly which reads happened. */
function createAdapterWithOneWorker(fake: FakeAsana) {
  const adapter = createAsanaAdapter({
    site: SITE,
    fetchImpl: fake.fetch,
    sleep: async () => undefined,
    storyConcurrency: 1,
  });
  return { adapter };
}
