/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { ASANA_SELECTORS } from '@/lib/hosts/asana/selectors';
import { detectContext } from '@/lib/hosts/detect';
import { loadDomFixture, readAll } from '../dom-fixture';

const TASK_URL =
  'https://app.asana.com/1/1100000000000001/project/1200000000000001/task/1300000000000001';

describe('Asana selectors', () => {
  it('reads list rows (both URL forms) and the task pane title of the project on screen', () => {
    loadDomFixture('asana-project-list-task.html');
    const context = detectContext(TASK_URL)!;
    const page = { url: new URL(TASK_URL), context, scopeId: '1200000000000001' };
    expect(readAll(ASANA_SELECTORS.cards, page).map(({ item }) => item)).toEqual([
      { key: '1300000000000001', scopeId: '1200000000000001' },
      { key: '1300000000000002', scopeId: '1200000000000001' },
      null,
    ]);
    expect(readAll(ASANA_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: '1300000000000001', scopeId: '1200000000000001' },
    ]);
  });

  it('reads the task of an old-form URL', () => {
    document.body.innerHTML = '<aside class="TaskPane"><h2 class="TaskPaneTitle">T</h2></aside>';
    const url = 'https://app.asana.com/0/1200000000000001/1300000000000003';
    const page = { url: new URL(url), context: detectContext(url)!, scopeId: '1200000000000001' };
    expect(readAll(ASANA_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: '1300000000000003', scopeId: '1200000000000001' },
    ]);
  });
});
