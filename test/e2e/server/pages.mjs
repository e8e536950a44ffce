// HTML app shells of the stand-in Jira, Asana and Trello. One shell per host: the page script
// renders the view from `location` and handles in-app navigation like the real single-page
// apps (a click → `history.pushState` → re-render without a reload; `popstate` re-renders).
// Data goes into the DOM with `textContent` only.

import { pageTitle, parseRoute, slugify } from './routes.mjs';

/** @typedef {import('./routes.mjs').Tool} Tool */
/** @typedef {import('./routes.mjs').Route} Route */

/**
 * @typedef {object} Boot
 * @property {Tool} tool
 * @property {string} host
 * @property {import('./sample-data.mjs').HostData} data
 * @property {number} renderDelayMs  delay between a URL change and the new view (like a real app)
 */

/* global document, window, history, location */

/**
 * The page script. Self-contained: it runs in the browser, serialised with Function#toString.
 *
 * @param {Boot} boot
 * @param {typeof parseRoute} route
 * @param {typeof slugify} slug
 * @param {typeof pageTitle} title
 */
export function clientApp(boot, route, slug, title) {
  const { tool, renderDelayMs } = boot;
  const data = /** @type {any} */ (boot.data);
  const w = /** @type {any} */ (window);
  // A marker that survives in-app navigations and changes on every real page load.
  w.__loadId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  w.__renderCount = 0;

  /**
   * Creates an element. Attributes are set with setAttribute; children as text nodes.
   * @param {string} tag
   * @param {Record<string, string | number | boolean | null | undefined> | null} [attrs]
   * @param {...any} children  nodes, strings, numbers, arrays of them; null/false are skipped
   * @returns {HTMLElement}
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
    }
    /** @param {any} child */
    const add = (child) => {
      if (child === null || child === undefined || child === false) return;
      if (Array.isArray(child)) child.forEach(add);
      else if (typeof child === 'string' || typeof child === 'number') {
        el.append(document.createTextNode(String(child)));
      } else el.append(child);
    };
    children.forEach(add);
    return el;
  }
  /**
   * @param {string} href
   * @param {any} text
   * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
   */
  const a = (href, text, attrs) => h('a', { ...attrs, href }, text);

  /** @param {string | null | undefined} iso */
  const day = (iso) =>
    iso
      ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : 'None';

  const header = h('header', { className: 'topbar' });
  const nav = h('nav', { className: 'sidebar' });
  const main = h('main', { id: 'content', className: 'content' });
  document.body.append(header, h('div', { className: 'layout' }, nav, main));

  // ------------------------------------------------------------------------------- Jira
  /** @type {any[]} */
  const jiraProjects = tool === 'jira' ? data.projects : [];
  /** @param {any} p */
  const boardUrl = (p) =>
    `/jira/software/${p.simplified ? '' : 'c/'}projects/${p.key}/boards/${p.boardId}`;
  /** @param {string} key */
  const jiraIssue = (key) => {
    for (const p of jiraProjects) {
      const i = p.issues.find((/** @type {any} */ x) => x.key === key);
      if (i) return { project: p, issue: i };
    }
    return undefined;
  };
  /** @param {string | null} id */
  const jiraUser = (id) =>
    data.users?.find((/** @type {any} */ u) => (u.accountId ?? u.key) === id);
  /** @type {Record<string, string>} */
  const jiraCategory = {
    'To Do': 'new',
    'In Progress': 'indeterminate',
    'In Review': 'indeterminate',
    Done: 'done',
    Open: 'new',
    Resolved: 'done',
  };
  /** @param {string} status */
  const lozenge = (status) =>
    h(
      'span',
      {
        className: `lozenge lozenge-${jiraCategory[status] ?? 'new'}`,
        'data-status-category': jiraCategory[status],
      },
      status,
    );
  /** @param {string | null} accountId */
  const assigneeName = (accountId) => jiraUser(accountId)?.displayName ?? 'Unassigned';

  function jiraChrome() {
    header.replaceChildren(
      h(
        'div',
        { className: 'logo' },
        h('span', { className: 'logo-mark', 'aria-hidden': 'true' }),
        'Jira',
      ),
      a('/jira/your-work', 'Your work', { className: 'top-link' }),
      a(boardUrl(jiraProjects[0]), 'Projects', { className: 'top-link' }),
      h('input', {
        type: 'search',
        placeholder: 'Search',
        'aria-label': 'Search Jira',
        className: 'search',
      }),
      h('span', { className: 'site' }, boot.host),
    );
    nav.setAttribute('aria-label', 'Project navigation');
    nav.replaceChildren(
      h('h2', null, 'Projects'),
      h(
        'ul',
        null,
        jiraProjects.map((p) =>
          h('li', null, a(boardUrl(p), [p.name, h('span', { className: 'muted' }, ` (${p.key})`)])),
        ),
      ),
      h('h2', null, 'Recent issues'),
      h(
        'ul',
        null,
        jiraProjects.flatMap((p) =>
          p.issues.map((/** @type {any} */ i) =>
            h('li', null, a(`/browse/${i.key}`, `${i.key} ${i.summary}`)),
          ),
        ),
      ),
      h('h2', null, 'Other'),
      h(
        'ul',
        null,
        h('li', null, a('/jira/your-work', 'Your work')),
        h('li', null, a('/wiki/spaces/TEAM', 'Confluence')),
      ),
    );
  }

  /** @param {any} project @param {any} issue @param {'h1' | 'h2'} level */
  function jiraIssueView(project, issue, level) {
    return [
      h(
        'nav',
        { 'aria-label': 'Breadcrumbs', className: 'breadcrumbs' },
        a(boardUrl(project), project.name),
        ' / ',
        a(`/browse/${issue.key}`, issue.key, {
          'data-testid': 'issue.views.issue-base.foundation.breadcrumbs.current-issue.item',
        }),
      ),
      h(
        level,
        { 'data-testid': 'issue.views.issue-base.foundation.summary.heading' },
        issue.summary,
      ),
      h(
        'div',
        {
          className: 'issue-status',
          'data-testid': 'issue.views.issue-base.foundation.status.status-field-wrapper',
        },
        lozenge(issue.status),
      ),
      h(
        'dl',
        { className: 'details' },
        h('dt', null, 'Assignee'),
        h('dd', null, assigneeName(issue.assignee)),
        h('dt', null, 'Type'),
        h('dd', null, issue.issuetype),
        h('dt', null, 'Priority'),
        h('dd', null, issue.priority),
        h('dt', null, 'Due date'),
        h('dd', null, day(issue.duedate)),
        h('dt', null, 'Created'),
        h('dd', null, day(issue.created)),
      ),
    ];
  }

  /** @param {Route} r */
  function jiraView(r) {
    if (r.page === 'jira-issue') {
      const found = jiraIssue(r.issueKey);
      if (!found) return notFound();
      const others = found.project.issues.filter((/** @type {any} */ i) => i.key !== r.issueKey);
      return h(
        'div',
        { className: 'issue-page' },
        h('div', { className: 'issue-main' }, jiraIssueView(found.project, found.issue, 'h1')),
        h(
          'section',
          { className: 'related', 'aria-label': 'Other issues in this project' },
          h('h2', null, 'Other issues in ', found.project.name),
          h(
            'ul',
            null,
            others.map((/** @type {any} */ i) =>
              h('li', null, a(`/browse/${i.key}`, `${i.key} ${i.summary}`)),
            ),
          ),
        ),
      );
    }
    if (r.page === 'jira-board') {
      const project = jiraProjects.find((p) => p.key === r.projectKey);
      const base = `${boardUrl(project)}${r.view === 'backlog' ? '/backlog' : ''}`;
      const tabs = h(
        'div',
        { className: 'tabs', role: 'navigation', 'aria-label': 'Board views' },
        a(boardUrl(project), 'Board', { 'aria-current': r.view === 'board' ? 'page' : null }),
        a(`${boardUrl(project)}/backlog`, 'Backlog', {
          'aria-current': r.view === 'backlog' ? 'page' : null,
        }),
        a(`/jira/software/projects/${project.key}/issues`, 'Issues'),
      );
      // A board's filter may also pick up issues of other projects (company-managed boards).
      const boardIssues = [
        ...project.issues,
        ...(project.boardAlsoShows ?? []).flatMap((/** @type {string} */ key) => {
          const found = jiraIssue(key);
          return found ? [found.issue] : [];
        }),
      ];
      /** @param {any} i */
      const card = (i) =>
        h(
          'div',
          {
            'data-testid': 'platform-board-kit.ui.card.card',
            className: 'card',
            'data-issue-key': i.key,
          },
          a(`${base}?selectedIssue=${i.key}`, i.summary, { className: 'card-summary' }),
          h(
            'div',
            { className: 'card-meta' },
            h('span', { className: 'muted' }, i.key),
            ' ',
            lozenge(i.status),
          ),
        );
      let area;
      if (r.view === 'backlog') {
        area = h(
          'div',
          { 'data-testid': 'software-backlog.card-list.container', className: 'backlog' },
          boardIssues.map(card),
        );
      } else {
        area = h(
          'div',
          { 'data-testid': 'software-board.board-area', className: 'board-area' },
          ['To Do', 'In Progress', 'In Review', 'Done'].map((status) =>
            h(
              'section',
              { className: 'column', 'aria-label': status },
              h('h2', null, status),
              boardIssues.filter((/** @type {any} */ i) => i.status === status).map(card),
            ),
          ),
        );
      }
      const selected = r.selectedIssue ? jiraIssue(r.selectedIssue) : undefined;
      return h(
        'div',
        { className: `board-page${selected ? ' with-preview' : ''}` },
        h(
          'div',
          { className: 'board-main' },
          h('h1', null, project.boardName),
          h('p', { className: 'muted' }, project.name),
          tabs,
          area,
        ),
        selected &&
          h(
            'section',
            {
              'data-testid': 'preview-panels.preview-panel',
              className: 'preview-panel',
              'aria-label': 'Issue preview',
            },
            a(base, 'Close', { className: 'close', 'aria-label': 'Close preview' }),
            jiraIssueView(selected.project, selected.issue, 'h2'),
          ),
      );
    }
    if (r.page === 'jira-issues') {
      const project = jiraProjects.find((p) => p.key === r.projectKey);
      const listUrl = `/jira/software/projects/${project.key}/issues`;
      const selected = r.selectedIssue ? jiraIssue(r.selectedIssue) : undefined;
      // The issue modal of the list views, over the list (Jira Cloud's
      // `issue.views.issue-details.issue-modal.modal-dialog`).
      const modal =
        selected &&
        h(
          'div',
          { className: 'modal-blanket' },
          h(
            'section',
            {
              role: 'dialog',
              'aria-modal': 'true',
              'aria-label': `${selected.issue.key} ${selected.issue.summary}`,
              'data-testid': 'issue.views.issue-details.issue-modal.modal-dialog',
              className: 'issue-modal',
            },
            a(listUrl, 'Close', { className: 'close', 'aria-label': 'Close issue' }),
            jiraIssueView(selected.project, selected.issue, 'h2'),
          ),
        );
      return h(
        'div',
        null,
        modal,
        h('h1', null, project.name, ': issues'),
        h(
          'table',
          { className: 'issue-table' },
          h(
            'thead',
            null,
            h('tr', null, h('th', null, 'Key'), h('th', null, 'Summary'), h('th', null, 'Status')),
          ),
          h(
            'tbody',
            null,
            project.issues.map((/** @type {any} */ i) =>
              h(
                'tr',
                null,
                h('td', null, a(`/browse/${i.key}`, i.key)),
                h('td', null, a(`${listUrl}?selectedIssue=${i.key}`, i.summary)),
                h('td', null, lozenge(i.status)),
              ),
            ),
          ),
        ),
      );
    }
    if (r.page === 'jira-your-work') {
      return h(
        'div',
        null,
        h('h1', null, 'Your work'),
        h('h2', null, 'Recent projects'),
        h(
          'ul',
          { className: 'tiles' },
          jiraProjects.map((p) =>
            h('li', null, a(boardUrl(p), p.name), h('div', { className: 'muted' }, p.key)),
          ),
        ),
        h('h2', null, 'Worked on'),
        h(
          'ul',
          null,
          jiraProjects.flatMap((p) =>
            p.issues.map((/** @type {any} */ i) =>
              h('li', null, a(`/browse/${i.key}`, `${i.key} ${i.summary}`), ' ', lozenge(i.status)),
            ),
          ),
        ),
      );
    }
    if (r.page === 'confluence') {
      return h(
        'div',
        null,
        h('h1', null, 'Team space'),
        h('p', null, 'Confluence lives here; it is not Jira.'),
      );
    }
    return notFound();
  }

  // ------------------------------------------------------------------- Jira Data Center
  // Jira Server / Data Center markup: everything under the context path, the classic ids
  // (`#key-val`, `#summary-val`, `#details-module`) and the agile board's `#ghx-pool`.
  const dataCenter = tool === 'jira' && data.deployment === 'datacenter';
  const cp = dataCenter ? String(data.contextPath ?? '') : '';
  /** @param {any} p */
  const dcBoardUrl = (p) =>
    `${cp}/secure/RapidBoard.jspa?rapidView=${p.boardId}&projectKey=${p.key}`;
  /** @param {string} key */
  const dcIssueUrl = (key) => `${cp}/browse/${key}`;
  const dcColumns = ['Open', 'In Progress', 'Resolved'];

  function jiraDcChrome() {
    header.replaceChildren(
      h(
        'div',
        { className: 'logo' },
        h('span', { className: 'logo-mark', 'aria-hidden': 'true' }),
        'Jira',
      ),
      a(`${cp}/secure/Dashboard.jspa`, 'Dashboards', { className: 'top-link', id: 'home_link' }),
      a(dcBoardUrl(jiraProjects[0]), 'Boards', { className: 'top-link', id: 'greenhopper_menu' }),
      h('input', {
        type: 'search',
        placeholder: 'Search',
        'aria-label': 'Search Jira',
        className: 'search',
        id: 'quickSearchInput',
      }),
      h('span', { className: 'site' }, data.siteName),
    );
    nav.setAttribute('aria-label', 'Project navigation');
    nav.replaceChildren(
      h('h2', null, 'Boards'),
      h(
        'ul',
        null,
        jiraProjects.map((p) =>
          h(
            'li',
            null,
            a(dcBoardUrl(p), [p.name, h('span', { className: 'muted' }, ` (${p.key})`)]),
          ),
        ),
      ),
      h('h2', null, 'Recent issues'),
      h(
        'ul',
        null,
        jiraProjects.flatMap((p) =>
          p.issues.map((/** @type {any} */ i) =>
            h('li', null, a(dcIssueUrl(i.key), `${i.key} ${i.summary}`)),
          ),
        ),
      ),
    );
  }

  /** @param {any} project @param {any} issue @param {'h1' | 'h2'} level */
  function jiraDcIssueView(project, issue, level) {
    return [
      h(
        'nav',
        { 'aria-label': 'Breadcrumbs', className: 'breadcrumbs' },
        a(dcBoardUrl(project), project.name, { id: 'project-name-val' }),
        ' / ',
        a(dcIssueUrl(issue.key), issue.key, {
          id: 'key-val',
          className: 'issue-link',
          'data-issue-key': issue.key,
        }),
      ),
      h(level, { id: 'summary-val' }, issue.summary),
      h(
        'div',
        { id: 'details-module', className: 'module' },
        h(
          'dl',
          { id: 'issuedetails', className: 'details' },
          h('dt', null, 'Type'),
          h('dd', { id: 'type-val' }, issue.issuetype),
          h('dt', null, 'Status'),
          h('dd', { id: 'status-val' }, lozenge(issue.status)),
          h('dt', null, 'Priority'),
          h('dd', { id: 'priority-val' }, issue.priority),
          h('dt', null, 'Assignee'),
          h('dd', { id: 'assignee-val' }, assigneeName(issue.assignee)),
          h('dt', null, 'Due date'),
          h('dd', { id: 'due-date' }, day(issue.duedate)),
        ),
      ),
    ];
  }

  /** @param {Route} r */
  function jiraDcView(r) {
    if (r.page === 'jira-issue') {
      const found = jiraIssue(r.issueKey);
      if (!found) return notFound();
      const others = found.project.issues.filter((/** @type {any} */ i) => i.key !== r.issueKey);
      return h(
        'div',
        { className: 'issue-page', id: 'issue-content' },
        h('div', { className: 'issue-main' }, jiraDcIssueView(found.project, found.issue, 'h1')),
        h(
          'section',
          { className: 'related', 'aria-label': 'Other issues in this project' },
          h('h2', null, 'Other issues in ', found.project.name),
          h(
            'ul',
            null,
            others.map((/** @type {any} */ i) =>
              h('li', null, a(dcIssueUrl(i.key), `${i.key} ${i.summary}`)),
            ),
          ),
        ),
      );
    }
    if (r.page === 'jira-board') {
      const project = jiraProjects.find((p) => p.key === r.projectKey);
      const base = dcBoardUrl(project);
      /** @param {any} i */
      const card = (i) =>
        h(
          'div',
          { className: 'ghx-issue card', 'data-issue-key': i.key, 'data-issue-id': i.id },
          a(`${base}&selectedIssue=${i.key}`, i.summary, { className: 'card-summary ghx-summary' }),
          h('div', { className: 'card-meta' }, h('span', { className: 'ghx-key muted' }, i.key)),
        );
      const selected = r.selectedIssue ? jiraIssue(r.selectedIssue) : undefined;
      return h(
        'div',
        { className: `board-page${selected ? ' with-preview' : ''}`, id: 'ghx-board' },
        h(
          'div',
          { className: 'board-main' },
          h('h1', { id: 'ghx-board-name' }, project.boardName),
          h('p', { className: 'muted' }, project.name),
          h(
            'div',
            { id: 'ghx-pool', className: 'board-area' },
            dcColumns.map((status) =>
              h(
                'section',
                { className: 'column ghx-column', 'aria-label': status },
                h('h2', null, status),
                project.issues.filter((/** @type {any} */ i) => i.status === status).map(card),
              ),
            ),
          ),
        ),
        selected &&
          h(
            'section',
            { id: 'ghx-detail-view', className: 'preview-panel', 'aria-label': 'Issue details' },
            a(base, 'Close', { className: 'close', 'aria-label': 'Close issue details' }),
            jiraDcIssueView(selected.project, selected.issue, 'h2'),
          ),
      );
    }
    if (r.page === 'jira-your-work') {
      return h(
        'div',
        { id: 'dashboard' },
        h('h1', null, 'System Dashboard'),
        h('h2', null, 'Assigned issues'),
        h(
          'ul',
          null,
          jiraProjects.flatMap((p) =>
            p.issues.map((/** @type {any} */ i) =>
              h('li', null, a(dcIssueUrl(i.key), `${i.key} ${i.summary}`), ' ', lozenge(i.status)),
            ),
          ),
        ),
      );
    }
    return notFound();
  }

  // ------------------------------------------------------------------------------- Asana
  /** @type {any[]} */
  const asanaProjects = tool === 'asana' ? data.projects : [];
  /** @type {any[]} */
  const asanaTasks = tool === 'asana' ? data.tasks : [];
  const ws = tool === 'asana' ? data.workspace.gid : '';
  const me = tool === 'asana' ? data.users.at(-1) : undefined;
  // Alternate the old (/0/...) and new (/1/...) URL forms so both get exercised.
  /** @param {any} p */
  const projectUrl = (p) =>
    asanaProjects.indexOf(p) % 2 === 0 ? `/0/${p.gid}/list` : `/1/${ws}/project/${p.gid}/list`;
  /** @param {string} projectGid @param {string} taskGid @param {boolean} newForm */
  const taskUrl = (projectGid, taskGid, newForm) =>
    newForm ? `/1/${ws}/project/${projectGid}/task/${taskGid}` : `/0/${projectGid}/${taskGid}`;
  /** @param {string | null} gid */
  const asanaUser = (gid) => data.users?.find((/** @type {any} */ u) => u.gid === gid);

  function asanaChrome() {
    header.replaceChildren(
      h('button', { type: 'button', className: 'hamburger', 'aria-label': 'Toggle sidebar' }, '☰'),
      h(
        'div',
        { className: 'logo' },
        h('span', { className: 'logo-mark', 'aria-hidden': 'true' }),
        'asana',
      ),
      h('input', {
        type: 'search',
        placeholder: 'Search',
        'aria-label': 'Search Asana',
        className: 'search',
      }),
    );
    nav.setAttribute('aria-label', 'Sidebar');
    nav.replaceChildren(
      h(
        'ul',
        null,
        h('li', null, a(`/1/${ws}/home`, 'Home')),
        h('li', null, a('/0/0/list', 'My tasks')),
      ),
      h('h2', null, 'Projects'),
      h(
        'ul',
        null,
        asanaProjects.map((p) =>
          h(
            'li',
            null,
            h('span', { className: `dot color-${p.color}`, 'aria-hidden': 'true' }),
            a(projectUrl(p), p.name),
          ),
        ),
      ),
    );
  }

  /** @param {any} task @param {string} closeUrl */
  function taskPane(task, closeUrl) {
    const assignee = asanaUser(task.assignee);
    return h(
      'aside',
      { className: 'TaskPane', 'aria-label': 'Task details' },
      h(
        'div',
        { className: 'TaskPaneToolbar' },
        h(
          'button',
          { type: 'button', className: task.completed ? 'complete done' : 'complete' },
          task.completed ? '✓ Completed' : '✓ Mark complete',
        ),
        a(closeUrl, '✕', { className: 'close', 'aria-label': 'Close details' }),
      ),
      h('h2', { className: 'TaskPaneTitle' }, task.name),
      h(
        'dl',
        { className: 'details' },
        h('dt', null, 'Assignee'),
        h('dd', null, assignee ? assignee.name : 'No assignee'),
        h('dt', null, 'Due date'),
        h('dd', null, day(task.due_on)),
        h('dt', null, 'Projects'),
        h(
          'dd',
          { className: 'TaskProjects' },
          task.memberships.map((/** @type {any} */ m) => {
            const p = asanaProjects.find((x) => x.gid === m.project);
            const s = p?.sections.find((/** @type {any} */ x) => x.gid === m.section);
            return h(
              'div',
              null,
              a(projectUrl(p), p?.name ?? m.project),
              h('span', { className: 'muted' }, ` · ${s?.name ?? ''}`),
            );
          }),
        ),
      ),
    );
  }

  /** @param {any[]} tasks @param {(t: any) => string} urlOf @param {any} [project] */
  function taskList(tasks, urlOf, project) {
    /** @param {any} t */
    const row = (t) =>
      h(
        'div',
        { className: `SpreadsheetRow${t.completed ? ' completed' : ''}`, 'data-task-gid': t.gid },
        h('span', { className: 'check', 'aria-hidden': 'true' }, t.completed ? '✓' : '○'),
        a(urlOf(t), t.name, { className: 'SpreadsheetTaskName' }),
        h('span', { className: 'muted' }, asanaUser(t.assignee)?.name ?? ''),
        h('span', { className: 'muted' }, t.due_on ? day(t.due_on) : ''),
      );
    if (!project) return h('div', { className: 'SpreadsheetGridContainer' }, tasks.map(row));
    return h(
      'div',
      { className: 'SpreadsheetGridContainer' },
      project.sections.map((/** @type {any} */ s) =>
        h(
          'section',
          { className: 'SectionRow', 'aria-label': s.name },
          h('h2', null, s.name),
          tasks
            .filter((t) =>
              t.memberships.some(
                (/** @type {any} */ m) => m.project === project.gid && m.section === s.gid,
              ),
            )
            .map(row),
        ),
      ),
    );
  }

  /** @param {Route} r */
  function asanaView(r) {
    const newForm = location.pathname.startsWith('/1/');
    if (r.page === 'asana-project') {
      const project = asanaProjects.find((p) => p.gid === r.projectGid);
      const tasks = asanaTasks.filter((t) =>
        t.memberships.some((/** @type {any} */ m) => m.project === project.gid),
      );
      const task = r.taskGid ? asanaTasks.find((t) => t.gid === r.taskGid) : undefined;
      const listUrl = newForm ? `/1/${ws}/project/${project.gid}/list` : `/0/${project.gid}/list`;
      return h(
        'div',
        { className: `project-page${task ? ' with-pane' : ''}` },
        h(
          'div',
          { className: 'project-main' },
          h(
            'div',
            { className: 'ProjectPageHeader' },
            h('span', { className: `tile color-${project.color}`, 'aria-hidden': 'true' }),
            h('h1', null, project.name),
          ),
          h(
            'div',
            { className: 'tabs', role: 'navigation', 'aria-label': 'Project views' },
            a(listUrl, 'List', { 'aria-current': 'page' }),
            h('span', { className: 'muted' }, 'Board'),
            h('span', { className: 'muted' }, 'Timeline'),
          ),
          taskList(tasks, (t) => taskUrl(project.gid, t.gid, newForm), project),
        ),
        task && taskPane(task, listUrl),
      );
    }
    if (r.page === 'asana-my-tasks' || r.page === 'asana-task') {
      const mine = asanaTasks.filter((t) => t.assignee === me?.gid);
      const task = r.taskGid ? asanaTasks.find((t) => t.gid === r.taskGid) : undefined;
      return h(
        'div',
        { className: `project-page${task ? ' with-pane' : ''}` },
        h(
          'div',
          { className: 'project-main' },
          h('div', { className: 'ProjectPageHeader' }, h('h1', null, 'My tasks')),
          taskList(mine, (t) => `/0/0/${t.gid}`),
        ),
        task && taskPane(task, '/0/0/list'),
      );
    }
    if (r.page === 'asana-home') {
      return h(
        'div',
        null,
        h('h1', null, 'Home'),
        h('h2', null, 'Projects'),
        h(
          'ul',
          { className: 'tiles' },
          asanaProjects.map((p) =>
            h(
              'li',
              null,
              h('span', { className: `tile color-${p.color}`, 'aria-hidden': 'true' }),
              a(projectUrl(p), p.name),
            ),
          ),
        ),
        h('h2', null, 'My tasks'),
        taskList(
          asanaTasks.filter((t) => t.assignee === me?.gid),
          (t) => taskUrl(t.memberships[0].project, t.gid, true),
        ),
      );
    }
    return notFound();
  }

  // ------------------------------------------------------------------------------- Trello
  /** @type {any[]} */
  const boards = tool === 'trello' ? data.boards : [];
  /** @type {any[]} */
  const cards = tool === 'trello' ? data.cards : [];
  /** @param {any} b */
  const trelloBoardUrl = (b) => `/b/${b.shortLink}/${slug(b.name)}`;
  /** @param {any} c */
  const trelloCardUrl = (c) => `/c/${c.shortLink}/${c.idShort}-${slug(c.name)}`;
  /** @param {string} id */
  const member = (id) => data.members?.find((/** @type {any} */ m) => m.id === id);

  function trelloChrome() {
    header.replaceChildren(
      h(
        'div',
        { className: 'logo' },
        h('span', { className: 'logo-mark', 'aria-hidden': 'true' }),
        'Trello',
      ),
      a('/u/demo/boards', 'Boards', { className: 'top-link' }),
      h('input', {
        type: 'search',
        placeholder: 'Search',
        'aria-label': 'Search Trello',
        className: 'search',
      }),
    );
    nav.setAttribute('aria-label', 'Workspace navigation');
    nav.replaceChildren(
      h('h2', null, 'Your boards'),
      h(
        'ul',
        null,
        boards.map((b) =>
          h(
            'li',
            null,
            h('span', {
              className: 'swatch',
              style: `background:${b.color}`,
              'aria-hidden': 'true',
            }),
            a(trelloBoardUrl(b), b.name),
          ),
        ),
      ),
    );
  }

  /** @param {Route} r */
  function trelloView(r) {
    if (r.page === 'trello-board') {
      const board = boards.find((b) => b.shortLink === r.boardShortLink);
      const open = r.cardShortLink ? cards.find((c) => c.shortLink === r.cardShortLink) : undefined;
      const openList = open && board.lists.find((/** @type {any} */ l) => l.id === open.idList);
      const canvas = h(
        'div',
        { className: 'board-canvas', style: `background:${board.color}` },
        h(
          'div',
          { className: 'board-header' },
          h('h1', { 'data-testid': 'board-name-display' }, board.name),
        ),
        h(
          'ol',
          { className: 'lists', 'aria-label': 'Lists' },
          board.lists.map((/** @type {any} */ l) =>
            h(
              'li',
              { 'data-testid': 'list', className: 'list' },
              h('h2', { 'data-testid': 'list-header', className: 'list-header' }, l.name),
              h(
                'ol',
                { 'data-testid': 'list-cards', className: 'list-cards' },
                cards
                  .filter((c) => c.idList === l.id && !c.closed)
                  .map((c) =>
                    h(
                      'li',
                      { 'data-testid': 'list-card' },
                      h(
                        'div',
                        { 'data-testid': 'trello-card', className: 'trello-card' },
                        a(trelloCardUrl(c), c.name, { 'data-testid': 'card-name' }),
                        c.due
                          ? h(
                              'div',
                              { className: `badge${c.dueComplete ? ' complete' : ''}` },
                              day(c.due),
                            )
                          : null,
                      ),
                    ),
                  ),
              ),
            ),
          ),
        ),
      );
      return h(
        'div',
        { className: 'trello-board' },
        canvas,
        open &&
          h(
            'div',
            { className: 'card-back-overlay' },
            h(
              'div',
              {
                role: 'dialog',
                'aria-modal': 'true',
                'aria-labelledby': 'card-back-name',
                className: 'card-back',
                'data-testid': 'card-back',
              },
              a(trelloBoardUrl(board), '✕', { className: 'close', 'aria-label': 'Close dialog' }),
              h('h2', { id: 'card-back-name', 'data-testid': 'card-back-name' }, open.name),
              h('p', { className: 'muted' }, 'in list ', h('strong', null, openList?.name ?? '')),
              h(
                'dl',
                { className: 'details' },
                h('dt', null, 'Members'),
                h(
                  'dd',
                  null,
                  open.idMembers
                    .map((/** @type {string} */ id) => member(id)?.fullName)
                    .join(', ') || 'None',
                ),
                h('dt', null, 'Due date'),
                h(
                  'dd',
                  null,
                  open.due ? `${day(open.due)}${open.dueComplete ? ' (complete)' : ''}` : 'None',
                ),
                h('dt', null, 'Description'),
                h('dd', null, open.desc || 'No description'),
              ),
            ),
          ),
      );
    }
    if (r.page === 'trello-home') {
      return h(
        'div',
        null,
        h('h1', null, 'Your boards'),
        h(
          'ul',
          { className: 'tiles' },
          boards.map((b) =>
            h(
              'li',
              { style: `background:${b.color}`, className: 'board-tile' },
              a(trelloBoardUrl(b), b.name),
            ),
          ),
        ),
      );
    }
    return notFound();
  }

  function notFound() {
    return h(
      'div',
      { className: 'not-found' },
      h('h1', null, 'Page not found'),
      h('p', null, 'This page doesn’t exist or you don’t have access to it.'),
    );
  }

  // ------------------------------------------------------------------------------- routing
  const chrome = {
    jira: dataCenter ? jiraDcChrome : jiraChrome,
    asana: asanaChrome,
    trello: trelloChrome,
  }[tool];
  const views = { jira: dataCenter ? jiraDcView : jiraView, asana: asanaView, trello: trelloView };
  chrome();

  function render() {
    const current = route(tool, location.pathname, location.search, data);
    main.replaceChildren(views[tool](current));
    document.title = title(tool, current, data);
    const here = location.pathname + location.search;
    for (const link of document.querySelectorAll('header a, nav.sidebar a')) {
      const href = link.getAttribute('href') ?? '';
      if (href === here || href === location.pathname) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    document.body.dataset.page = current.page;
    document.body.dataset.renderedUrl = here;
    w.__renderCount += 1;
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  function scheduleRender() {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      render();
    }, renderDelayMs);
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = /** @type {Element | null} */ (event.target);
    const link = target?.closest?.('a[href]');
    if (!link || link.getAttribute('target')) return;
    const url = new URL(/** @type {HTMLAnchorElement} */ (link).href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    if (url.href !== location.href) history.pushState({}, '', url.href);
    scheduleRender();
  });
  window.addEventListener('popstate', scheduleRender);
  w.__standIn = {
    navigate: (/** @type {string} */ to) => (history.pushState({}, '', to), scheduleRender()),
  };
  scheduleRender();
}

const BASE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#172b4d;background:#fff}
a{color:#0c66e4;text-decoration:none}
a:hover{text-decoration:underline}
.topbar{display:flex;align-items:center;gap:16px;height:56px;padding:0 16px;border-bottom:1px solid #dfe1e6}
.logo{display:flex;align-items:center;gap:8px;font-weight:700;font-size:18px}
.logo-mark{display:inline-block;width:24px;height:24px;border-radius:6px}
.search{margin-left:auto;width:240px;padding:6px 10px;border:1px solid #c1c7d0;border-radius:4px;font:inherit}
.top-link{font-weight:600;color:inherit}
.site{color:#44546f;font-size:12px}
.layout{display:flex;min-height:calc(100% - 56px)}
.sidebar{width:240px;flex:none;padding:16px;border-right:1px solid #dfe1e6;background:#f7f8f9}
.sidebar h2{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#44546f;margin:16px 0 6px}
.sidebar ul{list-style:none;margin:0;padding:0}
.sidebar li{padding:3px 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sidebar a{color:#172b4d}
.sidebar a[aria-current=page]{font-weight:700;color:#0c66e4}
.content{flex:1;padding:20px 24px;min-width:0}
.muted{color:#44546f}
h1{font-size:24px;margin:0 0 8px}
.details{display:grid;grid-template-columns:120px 1fr;gap:6px 12px;margin:16px 0}
.details dt{color:#44546f}
.details dd{margin:0}
.tabs{display:flex;gap:16px;margin:8px 0 16px;border-bottom:2px solid #dfe1e6;padding-bottom:6px}
.tabs a[aria-current=page]{font-weight:700}
.tiles{list-style:none;padding:0;display:flex;gap:12px;flex-wrap:wrap}
.tiles li{padding:12px 16px;border:1px solid #dfe1e6;border-radius:6px;min-width:160px}
.not-found{padding:40px 0}
`;

/** @type {Record<Tool, string>} */
const TOOL_CSS = {
  jira: `
.logo-mark{background:linear-gradient(135deg,#0052cc,#2684ff)}
.logo{color:#0052cc}
.lozenge{display:inline-block;padding:0 4px;border-radius:3px;font-size:11px;font-weight:700;text-transform:uppercase}
.lozenge-new{background:#dfe1e6;color:#172b4d}
.lozenge-indeterminate{background:#deebff;color:#0747a6}
.lozenge-done{background:#e3fcef;color:#006644}
.breadcrumbs{color:#44546f;margin-bottom:8px}
.issue-page{display:flex;gap:32px}
.issue-main{flex:1}
.related{width:320px}
.related h2{font-size:14px}
.board-page{display:flex;gap:16px}
.board-main{flex:1;min-width:0}
.board-area{display:flex;gap:8px;align-items:flex-start}
.column{flex:1;min-width:160px;background:#f1f2f4;border-radius:6px;padding:8px}
.column h2{font-size:12px;text-transform:uppercase;color:#44546f;margin:4px 4px 8px}
.card{background:#fff;border-radius:4px;box-shadow:0 1px 2px rgba(9,30,66,.25);padding:8px;margin-bottom:8px}
.card-summary{color:#172b4d;display:block;margin-bottom:6px}
.backlog .card{display:flex;justify-content:space-between}
.preview-panel{width:380px;flex:none;border-left:1px solid #dfe1e6;padding:0 16px;position:relative}
.preview-panel .close{position:absolute;right:8px;top:0}
.issue-table{border-collapse:collapse}
.modal-blanket{position:fixed;inset:0;background:rgba(9,30,66,.54);display:flex;justify-content:center;align-items:flex-start;padding-top:60px;z-index:10}
.issue-modal{background:#fff;border-radius:4px;width:720px;padding:16px 24px;position:relative}
.issue-modal .close{position:absolute;right:16px;top:12px}
.issue-table td,.issue-table th{padding:6px 12px;border-bottom:1px solid #dfe1e6;text-align:left}
`,
  asana: `
body{color:#1e1f21}
.topbar{background:#2e2e30;color:#f5f4f3;border-bottom:none}
.hamburger{background:none;border:none;color:inherit;font-size:18px}
.logo-mark{background:radial-gradient(circle at 50% 30%,#f06a6a 30%,transparent 31%),radial-gradient(circle at 25% 70%,#f06a6a 30%,transparent 31%),radial-gradient(circle at 75% 70%,#f06a6a 30%,transparent 31%)}
.search{background:#565557;border-color:#6d6e6f;color:#fff}
.search::placeholder{color:#e0e0e0}
.sidebar{background:#2e2e30;color:#f5f4f3;border-right:none}
.sidebar a,.sidebar h2{color:#f5f4f3}
.sidebar a[aria-current=page]{color:#fff;text-decoration:underline}
.dot{display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:8px}
.tile{display:inline-block;width:28px;height:28px;border-radius:6px;margin-right:8px;vertical-align:middle}
.color-dark-orange{background:#fd612c}.color-dark-green{background:#62d26f}.color-dark-purple{background:#aa62e3}
.ProjectPageHeader{display:flex;align-items:center}
.ProjectPageHeader h1{margin:0}
.project-page{display:flex;gap:0}
.project-main{flex:1;min-width:0}
.SectionRow h2{font-size:16px;margin:16px 0 4px}
.SpreadsheetRow{display:grid;grid-template-columns:24px 1fr 140px 110px;gap:8px;padding:6px 4px;border-bottom:1px solid #edeae9}
.SpreadsheetRow.completed .SpreadsheetTaskName{color:#6d6e6f}
.SpreadsheetTaskName{color:#1e1f21}
.TaskPane{width:420px;flex:none;border-left:1px solid #edeae9;padding:0 20px;margin-left:16px}
.TaskPaneToolbar{display:flex;justify-content:space-between;align-items:center;padding:8px 0;border-bottom:1px solid #edeae9}
.complete{border:1px solid #cfcbcb;background:#fff;border-radius:6px;padding:4px 8px;font:inherit}
.complete.done{background:#58a182;color:#fff;border-color:#58a182}
.TaskPaneTitle{font-size:22px;margin:16px 0}
`,
  trello: `
.topbar{background:#1d2125;color:#b6c2cf;border-bottom:none}
.topbar .top-link{color:#b6c2cf}
.logo{color:#b6c2cf}
.logo-mark{background:#0c66e4;border-radius:4px}
.search{background:#22272b;border-color:#738496;color:#b6c2cf}
.sidebar{background:#1d2125;color:#b6c2cf;border-right:1px solid #333c43}
.sidebar a,.sidebar h2{color:#b6c2cf}
.sidebar a[aria-current=page]{color:#fff;font-weight:700}
.swatch{display:inline-block;width:24px;height:16px;border-radius:3px;margin-right:8px;vertical-align:middle}
.content{padding:0}
.trello-board{position:relative;height:100%}
.board-canvas{min-height:calc(100vh - 56px);padding:12px}
.board-header h1{color:#fff;font-size:18px;margin:4px 4px 12px}
.lists{display:flex;gap:12px;align-items:flex-start;list-style:none;margin:0;padding:0}
.list{width:272px;background:#f1f2f4;border-radius:12px;padding:8px}
.list-header{font-size:14px;margin:4px 8px 8px}
.list-cards{list-style:none;margin:0;padding:0}
.trello-card{background:#fff;border-radius:8px;box-shadow:0 1px 1px rgba(9,30,66,.25);padding:8px 12px;margin-bottom:8px}
.trello-card a{color:#172b4d;display:block}
.badge{display:inline-block;margin-top:6px;font-size:12px;background:#f1f2f4;border-radius:3px;padding:0 4px}
.badge.complete{background:#1f845a;color:#fff}
.card-back-overlay{position:absolute;inset:0;background:rgba(0,0,0,.64);display:flex;justify-content:center;align-items:flex-start;padding-top:48px}
.card-back{background:#f1f2f4;border-radius:12px;width:640px;padding:20px 24px;position:relative}
.card-back .close{position:absolute;right:16px;top:12px;color:#44546f}
.card-back h2{margin:0 0 4px;font-size:20px}
.board-tile{border-radius:6px}
.board-tile a{color:#fff;font-weight:700}
.content>div>h1,.content>div>.tiles{margin-left:24px}
.content>div>h1{margin-top:20px}
`,
};

/** Characters that must not appear raw inside an inline `<script>`. */
const escapeJsonForScript = (/** @type {string} */ json) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The HTML of a page of the stand-in: the app shell; the script renders the view.
 *
 * @param {Boot & { route: Route }} options
 */
export function renderPageHtml({ tool, host, data, route, renderDelayMs }) {
  /** @type {Boot} */
  const boot = { tool, host, data, renderDelayMs };
  const script = `(function () {
'use strict';
${parseRoute.toString()}
${slugify.toString()}
${pageTitle.toString()}
(${clientApp.toString()})(${escapeJsonForScript(JSON.stringify(boot))}, parseRoute, slugify, pageTitle);
})();`;
  const tenant = /** @type {any} */ (data);
  const dataCenter = tool === 'jira' && tenant.deployment === 'datacenter';
  const contextPath = dataCenter ? String(tenant.contextPath ?? '') : '';
  // Jira Data Center pages tell their context path in a meta tag and `window.contextPath`,
  // and mark the app with `<body id="jira">`.
  const dcHead = dataCenter
    ? `<meta name="ajs-context-path" content="${escapeHtml(contextPath)}">
<meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.2">
<script>window.contextPath = ${escapeJsonForScript(JSON.stringify(contextPath))};</script>
`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle(tool, route, data))}</title>
${dcHead}<style>${BASE_CSS}${TOOL_CSS[tool]}</style>
</head>
<body${dataCenter ? ' id="jira"' : ''} data-app="${tool}">
<script>${script}</script>
</body>
</html>
`;
}
