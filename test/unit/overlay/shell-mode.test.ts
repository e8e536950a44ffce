import { describe, expect, it } from 'vitest';
import { detectContext } from '@/lib/hosts/detect';
import { readShellMode, SHELL_MODE_GLOBAL, shellModeFor } from '@/lib/overlay/shell-mode';

const BOARD = 'https://acme.atlassian.net/jira/software/projects/ACME/boards/1';
const ISSUE = 'https://acme.atlassian.net/browse/ACME-1';

const contextOf = (url: string) => {
  const context = detectContext(url, { jiraDataCenter: [] });
  if (!context) throw new Error(`No context for ${url}`);
  return context;
};

describe('what the sidebar shell draws', () => {
  it('draws the slim tab where no item is open, whatever the open state', () => {
    expect(shellModeFor(contextOf(BOARD), { open: true, width: 340 })).toEqual({ kind: 'tab' });
    expect(shellModeFor(contextOf(`${BOARD}/backlog`), { open: false, width: 340 })).toEqual({
      kind: 'tab',
    });
  });

  it('draws the loading panel on an item page while open, at the width kept in bounds', () => {
    expect(shellModeFor(contextOf(ISSUE), { open: true, width: 500 })).toEqual({
      kind: 'loading',
      width: 500,
    });
    expect(
      shellModeFor(contextOf(`${BOARD}?selectedIssue=ACME-4`), { open: true, width: 5000 }),
    ).toEqual({ kind: 'loading', width: 640 });
  });

  it('draws nothing on an item page while the sidebar is collapsed', () => {
    expect(shellModeFor(contextOf(ISSUE), { open: false, width: 340 })).toBeNull();
  });
});

describe('reading the mode the background set', () => {
  const scope = (value: unknown) => ({ [SHELL_MODE_GLOBAL]: value });

  it('reads the two modes, the width kept in bounds', () => {
    expect(readShellMode(scope({ kind: 'tab' }))).toEqual({ kind: 'tab' });
    expect(readShellMode(scope({ kind: 'loading', width: 100 }))).toEqual({
      kind: 'loading',
      width: 280,
    });
  });

  it('reads nothing else as a mode', () => {
    for (const value of [undefined, null, 'tab', { kind: 'loading' }, { kind: 'open' }, 3]) {
      expect(readShellMode(scope(value))).toBeNull();
    }
    expect(readShellMode({})).toBeNull();
  });
});
