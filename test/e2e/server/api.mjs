// Read-only REST endpoints of the stand-in, in the official API shapes:
// Jira Cloud REST v3, Asana API 1.0 and Trello REST 1. Built from the sample data.

import { JIRA_STATUS_CATEGORIES, JIRA_STATUSES } from './sample-data.mjs';
import { slugify } from './routes.mjs';

/** @typedef {import('./sample-data.mjs').JiraTenant} JiraTenant */
/** @typedef {import('./sample-data.mjs').JiraProject} JiraProject */
/** @typedef {import('./sample-data.mjs').JiraIssue} JiraIssue */
/** @typedef {import('./sample-data.mjs').AsanaData} AsanaData */
/** @typedef {import('./sample-data.mjs').AsanaTask} AsanaTask */
/** @typedef {import('./sample-data.mjs').TrelloData} TrelloData */
/** @typedef {import('./sample-data.mjs').TrelloCard} TrelloCard */
/** @typedef {import('./sample-data.mjs').TrelloBoard} TrelloBoard */

/**
 * @typedef {object} ApiRequest
 * @property {string} method
 * @property {URL} url
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} body
 */

/**
 * @typedef {object} ApiResponse
 * @property {number} status
 * @property {unknown} json
 * @property {Record<string, string>} [headers]
 */

/** Jira's POST endpoints that only read (still not GETs, so the request log lists them). */
export const JIRA_READ_ONLY_POSTS = [
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/changelog/bulkfetch',
];

/**
 * @param {number} status
 * @param {unknown} json
 * @returns {ApiResponse}
 */
const reply = (status, json) => ({ status, json });

/** @param {string} iso */
const jiraDate = (iso) => new Date(iso).toISOString().replace('Z', '+0000');

/** @param {string} text */
const encodeToken = (text) => Buffer.from(text).toString('base64url');
/** @param {string | null | undefined} token */
const decodeOffset = (token) => {
  if (!token) return 0;
  const n = Number(Buffer.from(token, 'base64url').toString());
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

/**
 * Splits `a,b, c` into names; `undefined` when the parameter is absent.
 * @param {string | null | undefined | string[]} value
 */
function fieldList(value) {
  if (value === null || value === undefined) return undefined;
  const list = Array.isArray(value) ? value : value.split(',');
  return list.map((f) => f.trim()).filter(Boolean);
}

/**
 * Keeps `keys` of `object` (and `id`, which Trello always sends); `all` keeps everything.
 * @param {Record<string, unknown>} object
 * @param {string[] | undefined} keys
 */
function pick(object, keys) {
  if (!keys || keys.includes('all')) return object;
  /** @type {Record<string, unknown>} */
  const out = { id: object.id };
  for (const key of keys) if (key in object) out[key] = object[key];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Jira

/**
 * @param {JiraTenant} tenant
 * @param {string} keyOrId
 * @returns {{ project: JiraProject, issue: JiraIssue } | undefined}
 */
export function findJiraIssue(tenant, keyOrId) {
  for (const project of tenant.projects) {
    const issue = project.issues.find((i) => i.key === keyOrId.toUpperCase() || i.id === keyOrId);
    if (issue) return { project, issue };
  }
  return undefined;
}

/**
 * @param {JiraTenant} tenant
 * @param {string} accountId
 */
function jiraUser(tenant, accountId) {
  const user = tenant.users.find((u) => u.accountId === accountId);
  if (!user) return null;
  return {
    self: `https://${tenant.host}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: true,
    timeZone: 'Europe/Berlin',
    avatarUrls: {},
  };
}

/**
 * @param {JiraTenant} tenant
 * @param {string} name
 */
function jiraStatus(tenant, name) {
  const status = JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (name)];
  const category = JIRA_STATUS_CATEGORIES[status.category];
  return {
    self: `https://${tenant.host}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `https://${tenant.host}/`,
    name,
    id: status.id,
    statusCategory: {
      self: `https://${tenant.host}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: category.key,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

/**
 * @param {JiraTenant} tenant
 * @param {JiraProject} project
 */
function jiraProject(tenant, project) {
  return {
    self: `https://${tenant.host}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: project.simplified,
    style: project.simplified ? 'next-gen' : 'classic',
    isPrivate: false,
    avatarUrls: {},
  };
}

/**
 * @param {JiraTenant} tenant
 * @param {JiraIssue} issue
 */
function jiraHistories(tenant, issue) {
  const author = issue.assignee ? jiraUser(tenant, issue.assignee) : null;
  return issue.history.map((change, index) => {
    /** @type {Record<string, unknown>[]} */
    const items = [
      {
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (change.from)].id,
        fromString: change.from,
        to: JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (change.to)].id,
        toString: change.to,
      },
    ];
    if (change.to === 'Done') {
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: '10000',
        toString: 'Done',
      });
    }
    return { id: `${issue.id}${index + 1}`, author, created: jiraDate(change.at), items };
  });
}

/**
 * An issue as `GET /rest/api/3/issue/{key}` and the search return it.
 * @param {JiraTenant} tenant
 * @param {JiraProject} project
 * @param {JiraIssue} issue
 * @param {{ fields?: string[], expand?: string[] }} options  fields: undefined = all
 */
export function jiraIssueJson(tenant, project, issue, options = {}) {
  const done = JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (issue.status)];
  const lastChange = issue.history.at(-1);
  const resolved = done?.category === 'done' ? (lastChange?.at ?? issue.updated) : null;
  /** @type {Record<string, unknown>} */
  const all = {
    summary: issue.summary,
    status: jiraStatus(tenant, issue.status),
    project: jiraProject(tenant, project),
    assignee: issue.assignee ? jiraUser(tenant, issue.assignee) : null,
    reporter: jiraUser(tenant, tenant.users[0]?.accountId ?? ''),
    issuetype: { id: issue.issuetype === 'Bug' ? '10004' : '10001', name: issue.issuetype },
    priority: { id: issue.priority === 'High' ? '2' : '3', name: issue.priority },
    labels: [],
    created: jiraDate(issue.created),
    updated: jiraDate(issue.updated),
    duedate: issue.duedate,
    resolution: resolved ? { id: '10000', name: 'Done' } : null,
    resolutiondate: resolved ? jiraDate(resolved) : null,
    statuscategorychangedate: jiraDate(lastChange?.at ?? issue.created),
  };
  const wanted = options.fields;
  /** @type {Record<string, unknown>} */
  let fields = all;
  if (wanted && !wanted.includes('*all') && !wanted.includes('*navigable')) {
    fields = {};
    for (const name of wanted) if (name in all) fields[name] = all[name];
  }
  /** @type {Record<string, unknown>} */
  const json = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `https://${tenant.host}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
  if (options.expand?.includes('changelog')) {
    const histories = jiraHistories(tenant, issue);
    const recent = histories.slice(-100);
    json.changelog = {
      startAt: 0,
      maxResults: recent.length,
      total: histories.length,
      histories: recent,
    };
  }
  return json;
}

/**
 * Projects a JQL restricts to: `project = KEY`, `project in (A, B)`; `undefined` = unbounded.
 * Other clauses are ignored (the stand-in returns a superset).
 * @param {string} jql
 */
function jqlProjects(jql) {
  const single = /\bproject\s*=\s*"?([A-Za-z][A-Za-z0-9_]*)"?/i.exec(jql);
  if (single?.[1]) return [single[1].toUpperCase()];
  const many = /\bproject\s+in\s*\(([^)]*)\)/i.exec(jql);
  if (many?.[1]) {
    return many[1]
      .split(',')
      .map((k) => k.trim().replace(/^"|"$/g, '').toUpperCase())
      .filter(Boolean);
  }
  return undefined;
}

/**
 * @param {JiraTenant} tenant
 * @param {ApiRequest} req
 * @returns {ApiResponse}
 */
function jiraApi(tenant, req) {
  const path = req.url.pathname;
  const q = req.url.searchParams;
  const notFound = reply(404, {
    errorMessages: ['Issue does not exist or you do not have permission to see it.'],
    errors: {},
  });

  if (req.method === 'POST') {
    if (!JIRA_READ_ONLY_POSTS.includes(path)) {
      return reply(405, { errorMessages: ['The stand-in server is read-only.'], errors: {} });
    }
    if (req.headers['x-atlassian-token'] !== 'no-check') {
      return reply(403, { errorMessages: ['XSRF check failed'], errors: {} });
    }
  } else if (req.method !== 'GET') {
    return reply(405, { errorMessages: ['The stand-in server is read-only.'], errors: {} });
  }

  /** @type {Record<string, any>} */
  let body = {};
  if (req.method === 'POST') {
    try {
      body = req.body ? JSON.parse(req.body) : {};
    } catch {
      return reply(400, { errorMessages: ['Invalid request payload.'], errors: {} });
    }
  }

  if (path === '/rest/api/3/search' || path === '/rest/api/2/search') {
    return reply(410, {
      errorMessages: [
        'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
      ],
      errors: {},
    });
  }

  if (path === '/rest/api/3/myself') {
    return reply(200, jiraUser(tenant, tenant.users.at(-1)?.accountId ?? ''));
  }

  let m = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(path);
  if (m?.[1] && req.method === 'GET') {
    const found = findJiraIssue(tenant, decodeURIComponent(m[1]));
    if (!found) return notFound;
    return reply(
      200,
      jiraIssueJson(tenant, found.project, found.issue, {
        fields: fieldList(q.get('fields')),
        expand: fieldList(q.get('expand')),
      }),
    );
  }

  m = /^\/rest\/api\/3\/issue\/([^/]+)\/changelog$/.exec(path);
  if (m?.[1] && req.method === 'GET') {
    const found = findJiraIssue(tenant, decodeURIComponent(m[1]));
    if (!found) return notFound;
    const histories = jiraHistories(tenant, found.issue);
    const startAt = Math.max(0, Number(q.get('startAt') ?? 0) || 0);
    const maxResults = Math.min(100, Math.max(1, Number(q.get('maxResults') ?? 100) || 100));
    const values = histories.slice(startAt, startAt + maxResults);
    return reply(200, {
      self: req.url.href,
      maxResults,
      startAt,
      total: histories.length,
      isLast: startAt + values.length >= histories.length,
      values,
    });
  }

  m = /^\/rest\/api\/3\/project\/([^/]+)$/.exec(path);
  if (m?.[1] && req.method === 'GET') {
    const keyOrId = decodeURIComponent(m[1]);
    const project = tenant.projects.find(
      (p) => p.key === keyOrId.toUpperCase() || p.id === keyOrId,
    );
    if (!project) {
      return reply(404, {
        errorMessages: [`No project could be found with key '${keyOrId}'.`],
        errors: {},
      });
    }
    return reply(200, jiraProject(tenant, project));
  }

  if (path === '/rest/api/3/search/jql' || path === '/rest/api/3/search/approximate-count') {
    const jql = String(req.method === 'POST' ? (body.jql ?? '') : (q.get('jql') ?? ''));
    const keys = jqlProjects(jql);
    if (!keys) {
      return reply(400, {
        errorMessages: [
          'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
        ],
        errors: {},
      });
    }
    const matches = tenant.projects
      .filter((p) => keys.includes(p.key))
      .flatMap((project) => project.issues.map((issue) => ({ project, issue })));
    if (path.endsWith('approximate-count')) return reply(200, { count: matches.length });
    const fields = fieldList(req.method === 'POST' ? body.fields : q.get('fields')) ?? ['id'];
    const expand = fieldList(req.method === 'POST' ? body.expand : q.get('expand'));
    const maxResults = Math.min(
      5000,
      Math.max(1, Number(req.method === 'POST' ? body.maxResults : q.get('maxResults')) || 50),
    );
    const start = decodeOffset(req.method === 'POST' ? body.nextPageToken : q.get('nextPageToken'));
    const page = matches.slice(start, start + maxResults);
    const idOnly = fields.length === 1 && fields[0] === 'id';
    const issues = page.map(({ project, issue }) => {
      if (idOnly) return { id: issue.id };
      return jiraIssueJson(tenant, project, issue, { fields, expand });
    });
    const isLast = start + page.length >= matches.length;
    return reply(200, {
      issues,
      ...(isLast ? {} : { nextPageToken: encodeToken(String(start + page.length)) }),
      isLast,
    });
  }

  if (path === '/rest/api/3/changelog/bulkfetch') {
    /** @type {string[]} */
    const ids = Array.isArray(body.issueIdsOrKeys) ? body.issueIdsOrKeys.map(String) : [];
    if (ids.length === 0 || ids.length > 1000) {
      return reply(400, {
        errorMessages: ['issueIdsOrKeys must hold 1 to 1000 items.'],
        errors: {},
      });
    }
    const issueChangeLogs = ids.flatMap((id) => {
      const found = findJiraIssue(tenant, id);
      return found
        ? [{ issueId: found.issue.id, changeHistories: jiraHistories(tenant, found.issue) }]
        : [];
    });
    return reply(200, { issueChangeLogs });
  }

  return reply(404, { errorMessages: ['Not found by the stand-in server.'], errors: {} });
}

// ---------------------------------------------------------------------------------------------
// Asana

/**
 * @param {AsanaData} asana
 * @param {AsanaTask} task
 */
export function asanaTaskJson(asana, task) {
  const user = task.assignee ? asana.users.find((u) => u.gid === task.assignee) : undefined;
  const memberships = task.memberships.map((m) => {
    const project = asana.projects.find((p) => p.gid === m.project);
    const section = project?.sections.find((s) => s.gid === m.section);
    return {
      project: { gid: m.project, resource_type: 'project', name: project?.name ?? '' },
      section: { gid: m.section, resource_type: 'section', name: section?.name ?? '' },
    };
  });
  return {
    gid: task.gid,
    resource_type: 'task',
    resource_subtype: 'default_task',
    name: task.name,
    notes: '',
    completed: task.completed,
    completed_at: task.completed_at,
    created_at: task.created_at,
    modified_at: task.modified_at,
    due_on: task.due_on,
    due_at: null,
    start_on: null,
    assignee: user ? { gid: user.gid, resource_type: 'user', name: user.name } : null,
    memberships,
    projects: memberships.map((m) => m.project),
    tags: [],
    custom_fields: [],
    workspace: { gid: asana.workspace.gid, resource_type: 'workspace', name: asana.workspace.name },
    permalink_url: `https://app.asana.com/0/${task.memberships[0]?.project ?? '0'}/${task.gid}`,
  };
}

/**
 * @param {AsanaData} asana
 * @param {import('./sample-data.mjs').AsanaProject} project
 */
function asanaProjectJson(asana, project) {
  return {
    gid: project.gid,
    resource_type: 'project',
    name: project.name,
    archived: false,
    color: project.color,
    workspace: { gid: asana.workspace.gid, resource_type: 'workspace', name: asana.workspace.name },
    permalink_url: `https://app.asana.com/0/${project.gid}/${project.gid}`,
  };
}

/**
 * @param {AsanaData} asana
 * @param {ApiRequest} req
 * @returns {ApiResponse}
 */
function asanaApi(asana, req) {
  const path = req.url.pathname.replace(/^\/api\/1\.0/, '');
  const q = req.url.searchParams;
  if (!req.url.pathname.startsWith('/api/1.0/')) {
    return reply(404, { errors: [{ message: 'Not found' }] });
  }
  if (req.method !== 'GET') {
    return reply(405, { errors: [{ message: 'The stand-in server is read-only.' }] });
  }
  /** @param {string} kind @param {string} gid */
  const unknown = (kind, gid) =>
    reply(404, {
      errors: [
        {
          message: `${kind}: Not a recognized ID: ${gid}`,
          help: 'For more information on API status codes and how to handle them, read the docs on errors: https://developers.asana.com/docs/errors',
        },
      ],
    });

  /**
   * @param {AsanaTask[]} tasks
   * @param {string} basePath
   */
  const taskList = (tasks, basePath) => {
    let list = tasks;
    const since = q.get('completed_since');
    if (since) {
      const t = since === 'now' ? Date.now() : Date.parse(since);
      list = list.filter((task) => !task.completed || Date.parse(task.completed_at ?? '') >= t);
    }
    const modifiedSince = q.get('modified_since');
    if (modifiedSince) {
      const t = Date.parse(modifiedSince);
      list = list.filter((task) => Date.parse(task.modified_at) >= t);
    }
    const limit = Math.min(100, Math.max(1, Number(q.get('limit')) || 100));
    const start = decodeOffset(q.get('offset'));
    const page = list.slice(start, start + limit);
    const more = start + page.length < list.length;
    const offset = encodeToken(String(start + page.length));
    const next = new URLSearchParams(q);
    next.set('offset', offset);
    const nextPath = `${basePath}?${next.toString()}`;
    return reply(200, {
      data: page.map((task) => asanaTaskJson(asana, task)),
      next_page: more
        ? { offset, path: nextPath, uri: `https://app.asana.com/api/1.0${nextPath}` }
        : null,
    });
  };

  let m = /^\/tasks\/(\d+)$/.exec(path);
  if (m?.[1]) {
    const task = asana.tasks.find((t) => t.gid === m?.[1]);
    return task ? reply(200, { data: asanaTaskJson(asana, task) }) : unknown('task', m[1]);
  }

  m = /^\/tasks\/(\d+)\/stories$/.exec(path);
  if (m?.[1]) {
    const task = asana.tasks.find((t) => t.gid === m?.[1]);
    if (!task) return unknown('task', m[1]);
    const stories = [
      {
        gid: `16${task.gid.slice(2)}`,
        resource_type: 'story',
        type: 'system',
        resource_subtype: 'added_to_project',
        created_at: task.created_at,
        text: 'added to project',
      },
    ];
    if (task.completed && task.completed_at) {
      stories.push({
        gid: `17${task.gid.slice(2)}`,
        resource_type: 'story',
        type: 'system',
        resource_subtype: 'marked_complete',
        created_at: task.completed_at,
        text: 'marked this task complete',
      });
    }
    return reply(200, { data: stories, next_page: null });
  }

  m = /^\/projects\/(\d+)$/.exec(path);
  if (m?.[1]) {
    const project = asana.projects.find((p) => p.gid === m?.[1]);
    return project
      ? reply(200, { data: asanaProjectJson(asana, project) })
      : unknown('project', m[1]);
  }

  m = /^\/projects\/(\d+)\/(tasks|sections)$/.exec(path);
  if (m?.[1]) {
    const gid = m[1];
    const project = asana.projects.find((p) => p.gid === gid);
    if (!project) return unknown('project', gid);
    if (m[2] === 'sections') {
      return reply(200, {
        data: project.sections.map((s) => ({ gid: s.gid, resource_type: 'section', name: s.name })),
        next_page: null,
      });
    }
    const tasks = asana.tasks.filter((t) => t.memberships.some((x) => x.project === gid));
    return taskList(tasks, `/projects/${gid}/tasks`);
  }

  if (path === '/tasks') {
    const gid = q.get('project');
    const project = asana.projects.find((p) => p.gid === gid);
    if (!gid || !project) {
      return reply(400, { errors: [{ message: 'project: Missing or unknown project' }] });
    }
    const tasks = asana.tasks.filter((t) => t.memberships.some((x) => x.project === gid));
    return taskList(tasks, '/tasks');
  }

  m = /^\/workspaces\/(\d+)$/.exec(path);
  if (m?.[1]) {
    return m[1] === asana.workspace.gid
      ? reply(200, { data: { ...asana.workspace, resource_type: 'workspace' } })
      : unknown('workspace', m[1]);
  }

  if (path === '/users/me') {
    const me = asana.users.at(-1);
    return reply(200, {
      data: {
        ...me,
        resource_type: 'user',
        workspaces: [{ ...asana.workspace, resource_type: 'workspace' }],
      },
    });
  }

  return reply(404, { errors: [{ message: 'Not found by the stand-in server.' }] });
}

// ---------------------------------------------------------------------------------------------
// Trello

/** @param {TrelloCard} card */
export function trelloCardJson(card) {
  return {
    id: card.id,
    badges: { votes: 0, comments: 0, attachments: 0, description: card.desc !== '' },
    closed: card.closed,
    dateLastActivity: card.dateLastActivity,
    desc: card.desc,
    due: card.due,
    dueComplete: card.dueComplete,
    start: null,
    idBoard: card.idBoard,
    idList: card.idList,
    idMembers: card.idMembers,
    idLabels: [],
    labels: [],
    idShort: card.idShort,
    name: card.name,
    pos: card.idShort * 16384,
    shortLink: card.shortLink,
    shortUrl: `https://trello.com/c/${card.shortLink}`,
    url: `https://trello.com/c/${card.shortLink}/${card.idShort}-${slugify(card.name)}`,
    subscribed: false,
  };
}

/** @param {TrelloBoard} board */
export function trelloBoardJson(board) {
  return {
    id: board.id,
    name: board.name,
    desc: '',
    descData: null,
    closed: false,
    idOrganization: '5e0000000000000000000001',
    pinned: false,
    url: `https://trello.com/b/${board.shortLink}/${slugify(board.name)}`,
    shortUrl: `https://trello.com/b/${board.shortLink}`,
    shortLink: board.shortLink,
    prefs: { background: 'blue', backgroundColor: board.color },
    labelNames: { green: '', yellow: '', orange: '', red: '', purple: '', blue: '' },
  };
}

/**
 * @param {TrelloBoard} board
 * @param {{ id: string, name: string }} list
 * @param {number} index
 */
function trelloListJson(board, list, index) {
  return {
    id: list.id,
    name: list.name,
    closed: false,
    idBoard: board.id,
    pos: (index + 1) * 16384,
  };
}

/**
 * @param {TrelloData} trello
 * @param {ApiRequest} req
 * @returns {ApiResponse}
 */
function trelloApi(trello, req) {
  const path = req.url.pathname;
  const q = req.url.searchParams;
  if (req.method !== 'GET') {
    return reply(405, {
      message: 'The stand-in server is read-only.',
      error: 'METHOD_NOT_ALLOWED',
    });
  }
  const notFound = reply(404, {
    message: 'The requested resource was not found.',
    error: 'NOT_FOUND',
  });
  /** @param {string} idOrShortLink */
  const boardOf = (idOrShortLink) =>
    trello.boards.find((b) => b.id === idOrShortLink || b.shortLink === idOrShortLink);

  let m = /^\/1\/cards\/([A-Za-z0-9]+)$/.exec(path);
  if (m?.[1]) {
    const id = m[1];
    const card = trello.cards.find((c) => c.id === id || c.shortLink === id);
    if (!card) return notFound;
    /** @type {Record<string, unknown>} */
    const json = pick(trelloCardJson(card), fieldList(q.get('fields')));
    const board = boardOf(card.idBoard);
    if (q.get('board') === 'true' && board) {
      json.board = pick(trelloBoardJson(board), fieldList(q.get('board_fields')));
    }
    const list = board?.lists.find((l) => l.id === card.idList);
    if (q.get('list') === 'true' && board && list) {
      json.list = pick(
        trelloListJson(board, list, board.lists.indexOf(list)),
        fieldList(q.get('list_fields')),
      );
    }
    return reply(200, json);
  }

  m = /^\/1\/boards\/([A-Za-z0-9]+)(?:\/(cards|lists))?$/.exec(path);
  if (m?.[1]) {
    const board = boardOf(m[1]);
    if (!board) return notFound;
    const fields = fieldList(q.get('fields'));
    if (m[2] === 'cards') {
      const filter = q.get('filter') ?? 'open';
      const cards = trello.cards.filter(
        (c) => c.idBoard === board.id && (filter === 'all' || (filter === 'closed') === c.closed),
      );
      return reply(
        200,
        cards.map((c) => pick(trelloCardJson(c), fields)),
      );
    }
    if (m[2] === 'lists') {
      return reply(
        200,
        board.lists.map((l, i) => pick(trelloListJson(board, l, i), fields)),
      );
    }
    return reply(200, pick(trelloBoardJson(board), fields));
  }

  return notFound;
}

/**
 * Answers a REST request of the stand-in, or `null` when the path is not an API path.
 *
 * @param {'jira' | 'asana' | 'trello'} tool
 * @param {import('./sample-data.mjs').HostData} hostData  the Jira tenant, the Asana or the Trello data
 * @param {ApiRequest} req
 * @returns {ApiResponse | null}
 */
export function handleApi(tool, hostData, req) {
  const path = req.url.pathname;
  if (tool === 'jira' && path.startsWith('/rest/')) {
    return jiraApi(/** @type {JiraTenant} */ (hostData), req);
  }
  if (tool === 'asana' && path.startsWith('/api/')) {
    return asanaApi(/** @type {AsanaData} */ (hostData), req);
  }
  if (tool === 'trello' && path.startsWith('/1/')) {
    return trelloApi(/** @type {TrelloData} */ (hostData), req);
  }
  return null;
}
