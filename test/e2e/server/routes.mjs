// Page routing of the stand-in apps. `parseRoute` runs on the server (to pick the HTTP status)
// AND in the served page (embedded with Function#toString), so it must stay self-contained:
// no imports, no references to anything outside its own body.

/**
 * @typedef {'jira' | 'asana' | 'trello'} Tool
 *
 * @typedef {{ page: 'not-found' }
 *   | { page: 'jira-your-work' }
 *   | { page: 'jira-issue', issueKey: string }
 *   | { page: 'jira-board', projectKey: string, boardId: number, view: 'board' | 'backlog',
 *       selectedIssue: string | null }
 *   | { page: 'jira-issues', projectKey: string, selectedIssue: string | null }
 *   | { page: 'confluence' }
 *   | { page: 'asana-home' }
 *   | { page: 'asana-project', projectGid: string, taskGid: string | null }
 *   | { page: 'asana-my-tasks', taskGid: string | null }
 *   | { page: 'asana-task', taskGid: string }
 *   | { page: 'trello-home' }
 *   | { page: 'trello-board', boardShortLink: string, cardShortLink: string | null }
 * } Route
 */

/**
 * Which page of the stand-in app a URL shows. Unknown ids give `not-found`.
 *
 * @param {Tool} tool
 * @param {string} pathname
 * @param {string} search
 * @param {import('./sample-data.mjs').HostData} hostData  a Jira tenant, the Asana or the Trello data
 * @returns {Route}
 */
export function parseRoute(tool, pathname, search, hostData) {
  const data = /** @type {any} */ (hostData);
  /** @type {string[]} */
  let seg;
  try {
    seg = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { page: 'not-found' };
  }
  const params = new URLSearchParams(search);
  /** @param {string} s */
  const isDigits = (s) => /^\d+$/.test(s);

  if (tool === 'jira') {
    /** @type {any[]} */
    const projects = data.projects;
    /** @param {string} key */
    const projectByKey = (key) => projects.find((p) => p.key === key);
    /** @param {string} key */
    const issueByKey = (key) => {
      for (const p of projects) {
        const found = p.issues.find((/** @type {any} */ i) => i.key === key);
        if (found) return found;
      }
      return undefined;
    };
    if (data.deployment === 'datacenter') {
      // Data Center: every page lives under the context path (`/jira/browse/OPS-1`); the
      // agile board is the classic `secure/RapidBoard.jspa?rapidView=N`.
      const base = String(data.contextPath ?? '')
        .split('/')
        .filter(Boolean);
      if (base.some((part, i) => seg[i] !== part)) return { page: 'not-found' };
      const rest = seg.slice(base.length);
      if (rest.length === 0) return { page: 'jira-your-work' };
      if (rest[0] === 'browse' && rest.length === 2) {
        const key = (rest[1] ?? '').toUpperCase();
        return issueByKey(key) ? { page: 'jira-issue', issueKey: key } : { page: 'not-found' };
      }
      if (rest[0] === 'secure' && rest.length === 2 && rest[1] === 'Dashboard.jspa') {
        return { page: 'jira-your-work' };
      }
      if (rest[0] === 'secure' && rest.length === 2 && rest[1] === 'RapidBoard.jspa') {
        const rapidView = params.get('rapidView') ?? '';
        const project = projects.find((p) => String(p.boardId) === rapidView);
        if (!project) return { page: 'not-found' };
        const selected = params.get('selectedIssue');
        return {
          page: 'jira-board',
          projectKey: project.key,
          boardId: project.boardId,
          view: params.get('view') === 'planning' ? 'backlog' : 'board',
          selectedIssue: selected && issueByKey(selected) ? selected : null,
        };
      }
      return { page: 'not-found' };
    }
    if (seg.length === 0) return { page: 'jira-your-work' };
    if (seg[0] === 'wiki') return { page: 'confluence' };
    if (seg[0] === 'browse' && seg.length === 2) {
      const key = (seg[1] ?? '').toUpperCase();
      return issueByKey(key) ? { page: 'jira-issue', issueKey: key } : { page: 'not-found' };
    }
    if (seg[0] === 'jira' && seg[1] === 'your-work' && seg.length === 2) {
      return { page: 'jira-your-work' };
    }
    if (seg[0] === 'jira' && seg[1] === 'software') {
      // /jira/software/projects/KEY/... (team-managed) or /jira/software/c/projects/KEY/...
      const rest = seg[2] === 'c' ? seg.slice(3) : seg.slice(2);
      if (rest[0] !== 'projects' || !rest[1]) return { page: 'not-found' };
      const project = projectByKey(rest[1]);
      if (!project) return { page: 'not-found' };
      if (rest[2] === 'boards' && rest[3] && isDigits(rest[3])) {
        if (Number(rest[3]) !== project.boardId) return { page: 'not-found' };
        const view = rest[4] === 'backlog' ? 'backlog' : rest.length === 4 ? 'board' : null;
        if (!view) return { page: 'not-found' };
        const selected = params.get('selectedIssue');
        return {
          page: 'jira-board',
          projectKey: project.key,
          boardId: project.boardId,
          view,
          selectedIssue: selected && issueByKey(selected) ? selected : null,
        };
      }
      if (rest[2] === 'issues') {
        // The list view opens an issue in the issue modal (`?selectedIssue=`).
        const selected = params.get('selectedIssue');
        return {
          page: 'jira-issues',
          projectKey: project.key,
          selectedIssue: selected && issueByKey(selected) ? selected : null,
        };
      }
    }
    return { page: 'not-found' };
  }

  if (tool === 'asana') {
    /** @type {any[]} */
    const projects = data.projects;
    /** @type {any[]} */
    const tasks = data.tasks;
    /** @param {string | undefined} gid */
    const isProject = (gid) => projects.some((p) => p.gid === gid);
    /** @param {string | undefined} gid */
    const isTask = (gid) => tasks.some((t) => t.gid === gid);
    const views = ['list', 'board', 'timeline', 'calendar', 'overview'];
    if (seg.length === 0) return { page: 'asana-home' };
    if (seg[0] === '0') {
      // Old form: /0/{project}/{task}[/f], /0/{project}/list, /0/0/{task} (My Tasks), /0/home/...
      const [, project, third, fourth] = seg;
      if (project === 'home') return { page: 'asana-home' };
      if (project === '0' || project === 'inbox') {
        if (third === undefined || views.includes(third)) {
          return { page: 'asana-my-tasks', taskGid: null };
        }
        return isTask(third) && (fourth === undefined || fourth === 'f')
          ? { page: 'asana-my-tasks', taskGid: third }
          : { page: 'not-found' };
      }
      if (!isProject(project)) return { page: 'not-found' };
      const projectGid = /** @type {string} */ (project);
      if (third === undefined || views.includes(third)) {
        return seg.length <= 3
          ? { page: 'asana-project', projectGid, taskGid: null }
          : { page: 'not-found' };
      }
      if (isTask(third) && (fourth === undefined || fourth === 'f') && seg.length <= 4) {
        return { page: 'asana-project', projectGid, taskGid: third };
      }
      return { page: 'not-found' };
    }
    if (seg[0] === '1') {
      // New form: /1/{workspace}/{object}/{id}/{subobject}/{id}; a view name has no id after it.
      if (seg[1] !== data.workspace.gid) return { page: 'not-found' };
      /** @type {Record<string, string | null>} */
      const ids = {};
      for (let i = 2; i < seg.length; i += 1) {
        const name = /** @type {string} */ (seg[i]);
        const next = seg[i + 1];
        if (next !== undefined && isDigits(next)) {
          ids[name] = next;
          i += 1;
        } else {
          ids[name] = null;
        }
      }
      const project = ids.project;
      const task = ids.task;
      if (project) {
        if (!isProject(project)) return { page: 'not-found' };
        if (task && !isTask(task)) return { page: 'not-found' };
        return { page: 'asana-project', projectGid: project, taskGid: task ?? null };
      }
      if (task) return isTask(task) ? { page: 'asana-task', taskGid: task } : { page: 'not-found' };
      if ('home' in ids || seg.length === 2) return { page: 'asana-home' };
      if ('my-tasks' in ids || 'inbox' in ids) return { page: 'asana-my-tasks', taskGid: null };
      return { page: 'not-found' };
    }
    return { page: 'not-found' };
  }

  // Trello: /b/{shortLink}/{slug}, /c/{shortLink}/{slug}, / and /u/{user}/boards.
  /** @type {any[]} */
  const boards = data.boards;
  /** @type {any[]} */
  const cards = data.cards;
  if (seg.length === 0 || (seg[0] === 'u' && seg[2] === 'boards')) return { page: 'trello-home' };
  if (seg[0] === 'b' && seg[1] && seg.length <= 3) {
    const board = boards.find((b) => b.shortLink === seg[1] || b.id === seg[1]);
    return board
      ? { page: 'trello-board', boardShortLink: board.shortLink, cardShortLink: null }
      : { page: 'not-found' };
  }
  if (seg[0] === 'c' && seg[1] && seg.length <= 3) {
    const card = cards.find((c) => c.shortLink === seg[1] || c.id === seg[1]);
    const board = card && boards.find((b) => b.id === card.idBoard);
    return card && board
      ? { page: 'trello-board', boardShortLink: board.shortLink, cardShortLink: card.shortLink }
      : { page: 'not-found' };
  }
  return { page: 'not-found' };
}

/**
 * A URL slug as Trello and others make them: lower case, words joined by `-`.
 * @param {string} text
 */
export function slugify(text) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The document title of a page, like the real apps set it. Self-contained (runs in the page).
 *
 * @param {Tool} tool
 * @param {Route} route
 * @param {import('./sample-data.mjs').HostData} hostData
 * @returns {string}
 */
export function pageTitle(tool, route, hostData) {
  const data = /** @type {any} */ (hostData);
  const suffix =
    tool === 'jira' && data.deployment === 'datacenter'
      ? ` - ${data.siteName}`
      : { jira: ' - Jira', asana: ' - Asana', trello: ' | Trello' }[tool];
  const dataCenter = tool === 'jira' && data.deployment === 'datacenter';
  /** @param {string} gid */
  const asanaTask = (gid) => data.tasks.find((/** @type {any} */ t) => t.gid === gid);
  switch (route.page) {
    case 'jira-issue': {
      for (const p of data.projects) {
        const i = p.issues.find((/** @type {any} */ x) => x.key === route.issueKey);
        if (i) return `[${i.key}] ${i.summary}${suffix}`;
      }
      return `Jira${suffix}`;
    }
    case 'jira-board': {
      const p = data.projects.find((/** @type {any} */ x) => x.key === route.projectKey);
      if (dataCenter) return `${p.boardName} - Agile Board${suffix}`;
      const view = route.view === 'backlog' ? 'Backlog' : 'Board';
      return `${p.name} - ${p.boardName} - ${view}${suffix}`;
    }
    case 'jira-issues': {
      const p = data.projects.find((/** @type {any} */ x) => x.key === route.projectKey);
      return `${p.name} - Issues${suffix}`;
    }
    case 'jira-your-work':
      return dataCenter ? `System Dashboard${suffix}` : `Your work${suffix}`;
    case 'confluence':
      return 'Confluence';
    case 'asana-home':
      return `Home${suffix}`;
    case 'asana-my-tasks':
      return route.taskGid ? `${asanaTask(route.taskGid).name}${suffix}` : `My tasks${suffix}`;
    case 'asana-task':
      return `${asanaTask(route.taskGid).name}${suffix}`;
    case 'asana-project': {
      if (route.taskGid) return `${asanaTask(route.taskGid).name}${suffix}`;
      const p = data.projects.find((/** @type {any} */ x) => x.gid === route.projectGid);
      return `${p.name}${suffix}`;
    }
    case 'trello-home':
      return `Boards${suffix}`;
    case 'trello-board': {
      const b = data.boards.find((/** @type {any} */ x) => x.shortLink === route.boardShortLink);
      if (route.cardShortLink) {
        const c = data.cards.find((/** @type {any} */ x) => x.shortLink === route.cardShortLink);
        return `${c.name} on ${b.name}${suffix}`;
      }
      return `${b.name}${suffix}`;
    }
    default:
      return `Page not found${suffix}`;
  }
}
