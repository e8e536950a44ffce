// Read-only REST endpoints of the stand-in, in the official API shapes: Jira Cloud REST v3,
// Jira Data Center / Server REST v2 (under its context path), Asana API 1.0 and Trello
// REST 1. Built from the sample data on every request, so a test may change the data.

import { JIRA_STATUS_CATEGORIES, JIRA_STATUSES, trelloObjectId } from './sample-data.mjs';
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

/**
 * Jira's POST endpoints that only read (still not GETs, so the request log lists them).
 * Paths without the context path of a Data Center instance.
 */
export const JIRA_READ_ONLY_POSTS = [
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/changelog/bulkfetch',
  '/rest/api/2/search',
];

/**
 * Whether a request path (with or without a context path and query) is one of Jira's
 * read-only POST endpoints.
 * @param {string} path
 */
export function isJiraReadOnlyPost(path) {
  const pathname = path.split('?')[0] ?? '';
  const rest = pathname.indexOf('/rest/');
  return rest >= 0 && JIRA_READ_ONLY_POSTS.includes(pathname.slice(rest));
}

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
// Jira (Cloud and Data Center)

/** @param {JiraTenant} tenant */
const isDataCenter = (tenant) => tenant.deployment === 'datacenter';
/** `''` on Cloud, e.g. `/jira` on Data Center. @param {JiraTenant} tenant */
export const jiraContextPath = (tenant) =>
  isDataCenter(tenant) ? (tenant.contextPath ?? '').replace(/\/+$/, '') : '';
/** `https://host/jira/rest/api/2` or `https://host/rest/api/3`. @param {JiraTenant} tenant */
const restBase = (tenant) =>
  `https://${tenant.host}${jiraContextPath(tenant)}/rest/api/${isDataCenter(tenant) ? 2 : 3}`;

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
 * A user as Jira returns it: `accountId` on Cloud; `key` and `name` on Data Center.
 * @param {JiraTenant} tenant
 * @param {string} id  accountId (Cloud) or user key (Data Center)
 */
function jiraUser(tenant, id) {
  const user = tenant.users.find((u) => (u.accountId ?? u.key) === id);
  if (!user) return null;
  if (isDataCenter(tenant)) {
    return {
      self: `${restBase(tenant)}/user?username=${encodeURIComponent(user.name ?? '')}`,
      name: user.name,
      key: user.key,
      emailAddress: user.emailAddress,
      avatarUrls: {},
      displayName: user.displayName,
      active: true,
      timeZone: 'Europe/Berlin',
    };
  }
  return {
    self: `${restBase(tenant)}/user?accountId=${encodeURIComponent(user.accountId ?? '')}`,
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
    self: `${restBase(tenant)}/status/${status.id}`,
    description: '',
    iconUrl: `https://${tenant.host}${jiraContextPath(tenant)}/images/icons/statuses/generic.png`,
    name,
    id: status.id,
    statusCategory: {
      self: `${restBase(tenant)}/statuscategory/${category.id}`,
      id: category.id,
      key: category.key,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

/** Every status the tenant's issues are in or went through, in the order first seen. */
function jiraTenantStatuses(/** @type {JiraTenant} */ tenant) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const project of tenant.projects) {
    for (const issue of project.issues) {
      for (const change of issue.history) names.add(change.from).add(change.to);
      names.add(issue.status);
    }
  }
  return [...names].map((name) => ({ ...jiraStatus(tenant, name), untranslatedName: name }));
}

/**
 * @param {JiraTenant} tenant
 * @param {JiraProject} project
 */
function jiraProject(tenant, project) {
  const common = {
    self: `${restBase(tenant)}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    avatarUrls: {},
  };
  // Data Center has no team-managed projects, so no `simplified`/`style`.
  if (isDataCenter(tenant)) return common;
  return {
    ...common,
    simplified: project.simplified,
    style: project.simplified ? 'next-gen' : 'classic',
    isPrivate: false,
  };
}

/**
 * The issue's histories, oldest first.
 * @param {JiraTenant} tenant
 * @param {JiraIssue} issue
 */
function jiraHistories(tenant, issue) {
  const author = issue.assignee ? jiraUser(tenant, issue.assignee) : null;
  const doneName = isDataCenter(tenant) ? 'Fixed' : 'Done';
  return issue.history.map((change, index) => {
    /** @type {Record<string, unknown>[]} */
    const items = [
      {
        field: 'status',
        fieldtype: 'jira',
        ...(isDataCenter(tenant) ? {} : { fieldId: 'status' }),
        from: JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (change.from)].id,
        fromString: change.from,
        to: JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (change.to)].id,
        toString: change.to,
      },
    ];
    const to = JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (change.to)];
    if (to.category === 'done') {
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        ...(isDataCenter(tenant) ? {} : { fieldId: 'resolution' }),
        from: null,
        fromString: null,
        to: '10000',
        toString: doneName,
      });
    }
    return { id: `${issue.id}${index + 1}`, author, created: jiraDate(change.at), items };
  });
}

/**
 * An issue as `GET /rest/api/{3|2}/issue/{key}` and the searches return it.
 * @param {JiraTenant} tenant
 * @param {JiraProject} project
 * @param {JiraIssue} issue
 * @param {{ fields?: string[], expand?: string[] }} options  fields: undefined = all
 */
export function jiraIssueJson(tenant, project, issue, options = {}) {
  const status = JIRA_STATUSES[/** @type {keyof typeof JIRA_STATUSES} */ (issue.status)];
  const lastChange = issue.history.at(-1);
  const resolved = status?.category === 'done' ? (lastChange?.at ?? issue.updated) : null;
  /** @type {Record<string, unknown>} */
  const all = {
    summary: issue.summary,
    status: jiraStatus(tenant, issue.status),
    project: jiraProject(tenant, project),
    assignee: issue.assignee ? jiraUser(tenant, issue.assignee) : null,
    reporter: jiraUser(tenant, tenant.users[0]?.accountId ?? tenant.users[0]?.key ?? ''),
    issuetype: { id: issue.issuetype === 'Bug' ? '10004' : '10001', name: issue.issuetype },
    priority: { id: issue.priority === 'High' ? '2' : '3', name: issue.priority },
    labels: [],
    created: jiraDate(issue.created),
    updated: jiraDate(issue.updated),
    duedate: issue.duedate,
    resolution: resolved ? { id: '10000', name: isDataCenter(tenant) ? 'Fixed' : 'Done' } : null,
    resolutiondate: resolved ? jiraDate(resolved) : null,
  };
  // Cloud only; Data Center issues have no `statuscategorychangedate`.
  if (!isDataCenter(tenant)) {
    all.statuscategorychangedate = jiraDate(lastChange?.at ?? issue.created);
  } else {
    // Data Center projects have components; this tenant's are empty.
    all.components = [];
  }
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
    self: `${restBase(tenant)}/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
  if (options.expand?.includes('changelog')) {
    const histories = jiraHistories(tenant, issue);
    // Cloud embeds at most the 100 most recent histories; Data Center all of them.
    const embedded = isDataCenter(tenant) ? histories : histories.slice(-100);
    json.changelog = {
      startAt: 0,
      maxResults: embedded.length,
      total: histories.length,
      histories: embedded,
    };
  }
  return json;
}

const MINUTE_MS = 60_000;
/** @type {Record<string, number>} */
const JQL_UNIT_MS = {
  m: MINUTE_MS,
  h: 60 * MINUTE_MS,
  d: 24 * 60 * MINUTE_MS,
  w: 7 * 24 * 60 * MINUTE_MS,
};

/**
 * A JQL date value: relative (`-90m`, `"-1d"`, `-1w 2d`) from `now`, or absolute
 * (`"2024/01/02 03:04"`, `2024-01-02`) read in UTC (the stand-in's users' time zone).
 * `null` when Jira would refuse it.
 * @param {string} value
 * @param {number} now
 */
function jqlInstant(value, now) {
  const v = value.trim();
  const relative = /^([-+]?)((?:\d+[wdhm]\s*)+)$/i.exec(v);
  if (relative?.[2]) {
    let ms = 0;
    for (const [, n, unit] of relative[2].matchAll(/(\d+)([wdhm])/gi)) {
      ms += Number(n) * (JQL_UNIT_MS[(unit ?? 'm').toLowerCase()] ?? MINUTE_MS);
    }
    return relative[1] === '-' ? now - ms : now + ms;
  }
  const absolute = /^(\d{4})[/-](\d{2})[/-](\d{2})(?:\s+(\d{2}):(\d{2}))?$/.exec(v);
  if (absolute) {
    const [, y, mo, d, hh = '00', mm = '00'] = absolute;
    return Date.parse(`${y}-${mo}-${d}T${hh}:${mm}:00.000Z`);
  }
  return null;
}

/**
 * What the stand-in understands of a JQL query: the projects it is bounded to (`project = KEY`,
 * `project in (A, B)`), `updated`/`created` comparisons, and `ORDER BY`. Other clauses are
 * ignored (the stand-in returns a superset).
 *
 * @param {string} jql
 * @param {number} now
 * @returns {{ ok: true, projects: string[] | undefined,
 *   filter: (issue: JiraIssue) => boolean,
 *   order: ((a: JiraIssue, b: JiraIssue) => number) | undefined }
 *   | { ok: false, message: string }}
 */
function parseJql(jql, now) {
  const [where = '', orderBy = ''] = jql.split(/\border\s+by\b/i);
  /** @type {string[] | undefined} */
  let projects;
  const single = /\bproject\s*=\s*"?([A-Za-z][A-Za-z0-9_]*)"?/i.exec(where);
  if (single?.[1]) projects = [single[1].toUpperCase()];
  const many = /\bproject\s+in\s*\(([^)]*)\)/i.exec(where);
  if (!projects && many?.[1]) {
    projects = many[1]
      .split(',')
      .map((k) => k.trim().replace(/^"|"$/g, '').toUpperCase())
      .filter(Boolean);
  }
  /** @type {((issue: JiraIssue) => boolean)[]} */
  const tests = [];
  for (const m of where.matchAll(
    /\b(updated|created)\s*(>=|<=|>|<|=)\s*(?:"([^"]*)"|'([^']*)'|([-+]?[\w/:-]+))/gi,
  )) {
    const field = /** @type {'updated' | 'created'} */ ((m[1] ?? '').toLowerCase());
    const op = m[2];
    const raw = m[3] ?? m[4] ?? m[5] ?? '';
    const at = jqlInstant(raw, now);
    if (at === null || Number.isNaN(at)) {
      return {
        ok: false,
        message: `Date value '${raw}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
      };
    }
    tests.push((issue) => {
      // JQL compares at minute precision.
      const t = Math.floor(Date.parse(issue[field]) / MINUTE_MS) * MINUTE_MS;
      const a = Math.floor(at / MINUTE_MS) * MINUTE_MS;
      return op === '>='
        ? t >= a
        : op === '<='
          ? t <= a
          : op === '>'
            ? t > a
            : op === '<'
              ? t < a
              : t === a;
    });
  }
  /** @type {((a: JiraIssue, b: JiraIssue) => number) | undefined} */
  let order;
  const sort = /^\s*(updated|created|key)\s*(asc|desc)?/i.exec(orderBy);
  if (sort?.[1]) {
    const field = sort[1].toLowerCase();
    const sign = (sort[2] ?? 'asc').toLowerCase() === 'desc' ? -1 : 1;
    const value = (/** @type {JiraIssue} */ i) =>
      field === 'key'
        ? Number(i.key.split('-')[1])
        : Date.parse(field === 'created' ? i.created : i.updated);
    order = (a, b) => sign * (value(a) - value(b)) || sign * a.id.localeCompare(b.id);
  }
  return { ok: true, projects, filter: (issue) => tests.every((t) => t(issue)), order };
}

/**
 * @param {JiraTenant} tenant
 * @param {ApiRequest} req
 * @returns {ApiResponse}
 */
function jiraApi(tenant, req) {
  const contextPath = jiraContextPath(tenant);
  const dataCenter = isDataCenter(tenant);
  const path = req.url.pathname.slice(contextPath.length);
  const q = req.url.searchParams;
  /** @param {number} status @param {string} message */
  const error = (status, message) => reply(status, { errorMessages: [message], errors: {} });
  const notFound = error(404, 'Issue does not exist or you do not have permission to see it.');
  const version = dataCenter ? 2 : 3;
  const api = `/rest/api/${version}`;

  if (!req.url.pathname.startsWith(`${contextPath}/rest/`)) {
    return error(404, 'Not found by the stand-in server.');
  }
  if (req.method === 'POST') {
    if (!JIRA_READ_ONLY_POSTS.includes(path)) {
      return error(405, 'The stand-in server is read-only.');
    }
    if (req.headers['x-atlassian-token'] !== 'no-check') {
      return error(403, 'XSRF check failed');
    }
  } else if (req.method !== 'GET') {
    return error(405, 'The stand-in server is read-only.');
  }

  /** @type {Record<string, any>} */
  let body = {};
  if (req.method === 'POST') {
    try {
      body = req.body ? JSON.parse(req.body) : {};
    } catch {
      return error(400, 'Invalid request payload.');
    }
  }
  /** @param {string} name */
  const param = (name) => (req.method === 'POST' ? body[name] : q.get(name));

  if (!dataCenter && (path === '/rest/api/3/search' || path === '/rest/api/2/search')) {
    return error(
      410,
      'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
    );
  }
  // Data Center has only REST v2 (and Cloud-only endpoints are absent there).
  if (!path.startsWith(`${api}/`)) return error(404, 'Not found by the stand-in server.');
  const route = path.slice(api.length);

  if (route === '/myself') {
    return reply(
      200,
      jiraUser(tenant, tenant.users.at(-1)?.accountId ?? tenant.users.at(-1)?.key ?? ''),
    );
  }

  if (route === '/serverInfo') {
    return reply(200, {
      baseUrl: `https://${tenant.host}${contextPath}`,
      version: dataCenter ? '9.12.2' : '1001.0.0-SNAPSHOT',
      versionNumbers: dataCenter ? [9, 12, 2] : [1001, 0, 0],
      deploymentType: dataCenter ? 'Server' : 'Cloud',
      buildNumber: dataCenter ? 9120002 : 100265,
      serverTitle: tenant.siteName,
    });
  }

  if (route === '/status') return reply(200, jiraTenantStatuses(tenant));

  let m = /^\/issue\/([^/]+)$/.exec(route);
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

  m = /^\/issue\/([^/]+)\/changelog$/.exec(route);
  if (m?.[1] && req.method === 'GET' && !dataCenter) {
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

  m = /^\/project\/([^/]+)$/.exec(route);
  if (m?.[1] && req.method === 'GET') {
    const keyOrId = decodeURIComponent(m[1]);
    const project = tenant.projects.find(
      (p) => p.key === keyOrId.toUpperCase() || p.id === keyOrId,
    );
    if (!project) return error(404, `No project could be found with key '${keyOrId}'.`);
    return reply(200, jiraProject(tenant, project));
  }

  const cloudSearch =
    !dataCenter && (route === '/search/jql' || route === '/search/approximate-count');
  const dcSearch = dataCenter && route === '/search';
  if (cloudSearch || dcSearch) {
    const jql = String(param('jql') ?? '');
    const parsed = parseJql(jql, Date.now());
    if (!parsed.ok) return error(400, parsed.message);
    if (!parsed.projects && !dataCenter) {
      return error(
        400,
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      );
    }
    const keys = parsed.projects;
    let matches = tenant.projects
      .filter((p) => !keys || keys.includes(p.key))
      .flatMap((project) => project.issues.map((issue) => ({ project, issue })))
      .filter(({ issue }) => parsed.filter(issue));
    if (parsed.order) {
      const order = parsed.order;
      matches = [...matches].sort((a, b) => order(a.issue, b.issue));
    }
    if (route === '/search/approximate-count') return reply(200, { count: matches.length });

    const fields = fieldList(param('fields')) ?? (dataCenter ? ['*navigable'] : ['id']);
    const expand = fieldList(param('expand'));
    const pageLimit = tenant.searchPageLimit ?? (dataCenter ? 50 : 100);
    const idOnly = fields.length === 1 && fields[0] === 'id';
    const asked = Number(param('maxResults'));
    const maxResults = Math.min(
      idOnly ? 5000 : pageLimit,
      Math.max(1, Number.isFinite(asked) && asked > 0 ? asked : 50),
    );
    /** @param {{ project: JiraProject, issue: JiraIssue }} match */
    const issueJson = ({ project, issue }) =>
      idOnly ? { id: issue.id } : jiraIssueJson(tenant, project, issue, { fields, expand });

    if (dataCenter) {
      const startAt = Math.max(0, Number(param('startAt')) || 0);
      return reply(200, {
        expand: 'schema,names',
        startAt,
        maxResults,
        total: matches.length,
        issues: matches.slice(startAt, startAt + maxResults).map(issueJson),
      });
    }
    const start = decodeOffset(param('nextPageToken'));
    const page = matches.slice(start, start + maxResults);
    const isLast = start + page.length >= matches.length;
    return reply(200, {
      issues: page.map(issueJson),
      ...(isLast ? {} : { nextPageToken: encodeToken(String(start + page.length)) }),
      isLast,
    });
  }

  if (route === '/changelog/bulkfetch' && !dataCenter) {
    /** @type {string[]} */
    const ids = Array.isArray(body.issueIdsOrKeys) ? body.issueIdsOrKeys.map(String) : [];
    if (ids.length === 0 || ids.length > 1000) {
      return error(400, 'issueIdsOrKeys must hold 1 to 1000 items.');
    }
    const issueChangeLogs = ids.flatMap((id) => {
      const found = findJiraIssue(tenant, id);
      return found
        ? [{ issueId: found.issue.id, changeHistories: jiraHistories(tenant, found.issue) }]
        : [];
    });
    return reply(200, { issueChangeLogs });
  }

  return error(404, 'Not found by the stand-in server.');
}

// ---------------------------------------------------------------------------------------------
// Asana

/**
 * A task with every field, nested objects in full (an assignee with its e-mail, sections with
 * their names): what `opt_fields` selects from.
 * @param {AsanaData} asana
 * @param {AsanaTask} task
 */
function asanaTaskRecord(asana, task) {
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
    assignee: user
      ? { gid: user.gid, resource_type: 'user', name: user.name, email: user.email }
      : null,
    memberships,
    projects: memberships.map((m) => m.project),
    tags: [],
    custom_fields: [],
    workspace: { gid: asana.workspace.gid, resource_type: 'workspace', name: asana.workspace.name },
    permalink_url: `https://app.asana.com/0/${task.memberships[0]?.project ?? '0'}/${task.gid}`,
  };
}

/**
 * Nested objects as Asana embeds them when not asked for more: `{gid, resource_type, name}`.
 * @param {unknown} value
 * @returns {unknown}
 */
function asanaCompact(value) {
  if (Array.isArray(value)) return value.map(asanaCompact);
  if (value === null || typeof value !== 'object') return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  if ('gid' in record) {
    return {
      gid: record.gid,
      resource_type: record.resource_type,
      ...('name' in record ? { name: record.name } : {}),
    };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, asanaCompact(v)]));
}

/**
 * Asana's `opt_fields`: `gid` and `resource_type` always, then the listed fields; a dotted
 * path (`memberships.section.name`) selects inside nested objects and arrays.
 * @param {unknown} value
 * @param {string[]} paths
 * @returns {unknown}
 */
function asanaSelect(value, paths) {
  if (Array.isArray(value)) return value.map((v) => asanaSelect(v, paths));
  if (value === null || typeof value !== 'object') return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  /** @type {Record<string, unknown>} */
  const out = {};
  if ('gid' in record) out.gid = record.gid;
  if ('resource_type' in record) out.resource_type = record.resource_type;
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const path of paths) {
    const [head = '', ...rest] = path.split('.');
    const subs = groups.get(head) ?? [];
    if (rest.length > 0) subs.push(rest.join('.'));
    groups.set(head, subs);
  }
  for (const [head, subs] of groups) {
    if (!(head in record)) continue;
    const v = record[head];
    out[head] = subs.length > 0 ? asanaSelect(v, subs) : asanaCompact(v);
  }
  return out;
}

/**
 * The stories of a task, oldest first: added to its projects, moved between sections,
 * completed. Only `resource_subtype` carries meaning; `text` is for display.
 * @param {AsanaData} asana
 * @param {AsanaTask} task
 */
function asanaStories(asana, task) {
  /** @type {Record<string, unknown>[]} */
  const stories = [];
  const gid = () => `16${stories.length}${task.gid.slice(3)}`;
  const creator = asana.users.at(-1);
  const createdBy = creator
    ? { gid: creator.gid, resource_type: 'user', name: creator.name }
    : null;
  /** @param {string} subtype @param {string} at @param {string} text @param {Record<string, unknown>} [extra] */
  const story = (subtype, at, text, extra = {}) =>
    stories.push({
      gid: gid(),
      resource_type: 'story',
      type: 'system',
      resource_subtype: subtype,
      created_at: at,
      created_by: createdBy,
      text,
      ...extra,
    });
  for (const m of task.memberships) {
    const project = asana.projects.find((p) => p.gid === m.project);
    if (!project) continue;
    story('added_to_project', task.created_at, `added to ${project.name}`, {
      project: { gid: project.gid, resource_type: 'project', name: project.name },
    });
  }
  const movedAt = task.completed && task.completed_at ? task.completed_at : task.modified_at;
  for (const m of task.memberships) {
    const project = asana.projects.find((p) => p.gid === m.project);
    const first = project?.sections[0];
    const current = project?.sections.find((s) => s.gid === m.section);
    if (!project || !first || !current || first.gid === current.gid) continue;
    story(
      'section_changed',
      new Date(Date.parse(movedAt) - MINUTE_MS).toISOString(),
      `moved this task from "${first.name}" to "${current.name}" in ${project.name}`,
      {
        old_section: { gid: first.gid, resource_type: 'section', name: first.name },
        new_section: { gid: current.gid, resource_type: 'section', name: current.name },
      },
    );
  }
  if (task.completed && task.completed_at) {
    story('marked_complete', task.completed_at, 'marked this task complete');
  }
  return stories.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
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
 * `GET /tasks/{gid}` as the API answers it (the stand-in's default, before any interception).
 * @param {AsanaData} asana
 * @param {AsanaTask} task
 * @param {string[]} [optFields]  absent: the full record
 */
export function asanaTaskJson(asana, task, optFields) {
  const record = asanaTaskRecord(asana, task);
  if (optFields) return asanaSelect(record, optFields);
  // The full record, its nested objects compact.
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, asanaCompact(value)]),
  );
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
  const optFields = fieldList(q.get('opt_fields'));
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
   * A list page: `limit` (1–100) and an `offset` token; `next_page` is `null` on the last
   * page. List items are compact unless `opt_fields` asks for more.
   * @param {Record<string, unknown>[]} records
   * @param {string} basePath
   */
  const listPage = (records, basePath) => {
    const limitParam = q.get('limit');
    if (limitParam !== null && !(Number(limitParam) >= 1 && Number(limitParam) <= 100)) {
      return reply(400, {
        errors: [{ message: 'limit: Must be between 1 and 100' }],
      });
    }
    const limit = Number(limitParam) || 100;
    const start = decodeOffset(q.get('offset'));
    const page = records.slice(start, start + limit);
    const more = start + page.length < records.length;
    const offset = encodeToken(String(start + page.length));
    const next = new URLSearchParams(q);
    next.set('offset', offset);
    const nextPath = `${basePath}?${next.toString()}`;
    // Compact records (the spec's `*Compact` schemas): a story also has its date and text.
    /** @param {Record<string, unknown>} r */
    const compact = (r) => {
      const keys = ['gid', 'resource_type', 'name', 'resource_subtype'];
      if (r.resource_type === 'story') keys.push('created_at', 'created_by', 'text', 'type');
      return Object.fromEntries(keys.filter((k) => k in r).map((k) => [k, asanaCompact(r[k])]));
    };
    return reply(200, {
      data: page.map((r) => (optFields ? asanaSelect(r, optFields) : compact(r))),
      next_page: more
        ? { offset, path: nextPath, uri: `https://app.asana.com/api/1.0${nextPath}` }
        : null,
    });
  };

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
      if (Number.isNaN(t)) {
        return reply(400, {
          errors: [{ message: 'modified_since: Not a valid date-time: ' + modifiedSince }],
        });
      }
      list = list.filter((task) => Date.parse(task.modified_at) >= t);
    }
    return listPage(
      list.map((task) => asanaTaskRecord(asana, task)),
      basePath,
    );
  };

  let m = /^\/tasks\/(\d+)$/.exec(path);
  if (m?.[1]) {
    const task = asana.tasks.find((t) => t.gid === m?.[1]);
    return task
      ? reply(200, { data: asanaTaskJson(asana, task, optFields) })
      : unknown('task', m[1]);
  }

  m = /^\/tasks\/(\d+)\/stories$/.exec(path);
  if (m?.[1]) {
    const task = asana.tasks.find((t) => t.gid === m?.[1]);
    if (!task) return unknown('task', m[1]);
    return listPage(asanaStories(asana, task), `/tasks/${task.gid}/stories`);
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
      return listPage(
        project.sections.map((s) => ({ gid: s.gid, resource_type: 'section', name: s.name })),
        `/projects/${gid}/sections`,
      );
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
    idMembers: [...card.idMembers],
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

/**
 * @param {TrelloBoard} board
 * @param {TrelloData} [trello]  to derive `dateLastActivity` from the board's cards
 */
export function trelloBoardJson(board, trello) {
  const activity =
    board.dateLastActivity ??
    (trello?.cards ?? [])
      .filter((c) => c.idBoard === board.id)
      .map((c) => c.dateLastActivity)
      .sort()
      .at(-1) ??
    null;
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
    dateLastActivity: activity,
    prefs: { background: 'blue', backgroundColor: board.color },
    labelNames: { green: '', yellow: '', orange: '', red: '', purple: '', blue: '' },
  };
}

/**
 * @param {TrelloBoard} board
 * @param {{ id: string, name: string, closed?: boolean }} list
 * @param {number} index
 */
function trelloListJson(board, list, index) {
  return {
    id: list.id,
    name: list.name,
    closed: list.closed ?? false,
    idBoard: board.id,
    pos: (index + 1) * 16384,
    subscribed: false,
  };
}

/** @param {{ id: string, fullName: string, username: string }} member */
function trelloMemberJson(member) {
  return {
    id: member.id,
    fullName: member.fullName,
    username: member.username,
    initials: member.fullName
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join(''),
    avatarHash: null,
    avatarUrl: null,
  };
}

/**
 * The card actions of a board, newest first: each card's creation in the board's first list,
 * its moves through the lists up to its current one (the last at its `dateLastActivity`),
 * its due date marked complete, and its archiving. Ids are ObjectIds of the action's time.
 * @param {TrelloData} trello
 * @param {TrelloBoard} board
 */
function trelloBoardActions(trello, board) {
  /** @type {Record<string, any>[]} */
  const actions = [];
  const boardRef = { id: board.id, name: board.name, shortLink: board.shortLink };
  const creatorMember = trello.members.find((m) => m.id === board.idMembers[0]);
  const memberCreator = creatorMember
    ? { ...trelloMemberJson(creatorMember), activityBlocked: false, nonPublicAvailable: true }
    : undefined;
  const cards = trello.cards.filter((c) => c.idBoard === board.id);
  for (const [cardIndex, card] of cards.entries()) {
    const cardRef = {
      id: card.id,
      name: card.name,
      idShort: card.idShort,
      shortLink: card.shortLink,
    };
    const createdMs = Number.parseInt(card.id.slice(0, 8), 16) * 1000;
    const lastMs = Math.max(createdMs, Date.parse(card.dateLastActivity));
    const target = Math.max(
      0,
      board.lists.findIndex((l) => l.id === card.idList),
    );
    let serial = 0;
    /** @param {number} ms @param {string} type @param {Record<string, unknown>} data */
    const add = (ms, type, data) => {
      const date = new Date(ms).toISOString();
      serial += 1;
      actions.push({
        id: trelloObjectId(date, 0xa000 + cardIndex * 0x100 + serial),
        idMemberCreator: memberCreator?.id,
        type,
        date,
        data: { ...data, board: boardRef },
        appCreator: null,
        limits: {},
        ...(memberCreator ? { memberCreator } : {}),
      });
    };
    const first = board.lists[0];
    if (first) {
      add(createdMs, 'createCard', { card: cardRef, list: { id: first.id, name: first.name } });
    }
    for (let i = 1; i <= target; i++) {
      const before = board.lists[i - 1];
      const after = board.lists[i];
      if (!before || !after) continue;
      const at = createdMs + Math.round(((lastMs - createdMs) * i) / target);
      add(at, 'updateCard', {
        card: { ...cardRef, idList: after.id },
        old: { idList: before.id },
        listBefore: { id: before.id, name: before.name },
        listAfter: { id: after.id, name: after.name },
      });
    }
    const list = board.lists[target];
    if (card.dueComplete && list) {
      add(lastMs, 'updateCard', {
        card: { ...cardRef, dueComplete: true },
        old: { dueComplete: false },
        list: { id: list.id, name: list.name },
      });
    }
    if (card.closed && list) {
      add(lastMs, 'updateCard', {
        card: { ...cardRef, closed: true },
        old: { closed: false },
        list: { id: list.id, name: list.name },
      });
    }
  }
  return actions.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * Whether an action passes Trello's `filter` (`createCard`, `updateCard:idList`, `all`).
 * @param {Record<string, any>} action
 * @param {string[] | undefined} filters
 */
function actionMatches(action, filters) {
  if (!filters || filters.includes('all')) return true;
  return filters.some((filter) => {
    const [type, field] = filter.split(':');
    if (type !== action.type) return false;
    return !field || (action.data.old !== undefined && field in action.data.old);
  });
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/**
 * `before` / `since` as Trello reads them: an action id or a date.
 * @param {Record<string, any>} action
 * @param {string} bound
 * @returns {number}  < 0 when the action is older than the bound, > 0 when newer, 0 equal
 */
function compareToBound(action, bound) {
  if (OBJECT_ID.test(bound)) return action.id < bound ? -1 : action.id > bound ? 1 : 0;
  return Date.parse(action.date) - Date.parse(bound);
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
  /** @param {string} message */
  const invalid = (message) => reply(400, { message, error: 'ERROR' });
  /** @param {string} idOrShortLink */
  const boardOf = (idOrShortLink) =>
    trello.boards.find((b) => b.id === idOrShortLink || b.shortLink === idOrShortLink);
  /** @param {string} id */
  const memberOf = (id) => trello.members.find((member) => member.id === id);

  /**
   * Actions newest first, filtered and paged: `limit` (default 50, at most 1000), `before`
   * and `since` (an action id or a date).
   * @param {Record<string, any>[]} all
   * @param {string | null} filter
   * @param {string | null} limitParam
   * @param {number} defaultLimit
   */
  const actionPage = (all, filter, limitParam, defaultLimit) => {
    const limit = limitParam === null ? defaultLimit : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 0 || limit > 1000) {
      return invalid('invalid value for limit');
    }
    const filters = fieldList(filter);
    const before = q.get('before');
    const since = q.get('since');
    if (
      (before && !OBJECT_ID.test(before) && Number.isNaN(Date.parse(before))) ||
      (since && !OBJECT_ID.test(since) && Number.isNaN(Date.parse(since)))
    ) {
      return invalid('invalid value for before or since');
    }
    const page = all
      .filter((a) => actionMatches(a, filters))
      .filter((a) => !before || compareToBound(a, before) < 0)
      .filter((a) => !since || compareToBound(a, since) > 0)
      .slice(0, limit);
    return reply(200, page);
  };

  let m = /^\/1\/cards\/([A-Za-z0-9]+)$/.exec(path);
  if (m?.[1]) {
    const id = m[1];
    const card = trello.cards.find((c) => c.id === id || c.shortLink === id);
    if (!card) return notFound;
    /** @type {Record<string, unknown>} */
    const json = pick(trelloCardJson(card), fieldList(q.get('fields')));
    const board = boardOf(card.idBoard);
    if (q.get('board') === 'true' && board) {
      json.board = pick(trelloBoardJson(board, trello), fieldList(q.get('board_fields')));
    }
    const list = board?.lists.find((l) => l.id === card.idList);
    if (q.get('list') === 'true' && board && list) {
      json.list = pick(
        trelloListJson(board, list, board.lists.indexOf(list)),
        fieldList(q.get('list_fields')),
      );
    }
    if (q.get('members') === 'true') {
      json.members = card.idMembers.flatMap((memberId) => {
        const member = memberOf(memberId);
        return member ? [pick(trelloMemberJson(member), fieldList(q.get('member_fields')))] : [];
      });
    }
    const actions = q.get('actions');
    if (actions && actions !== 'none' && board) {
      const answer = actionPage(
        trelloBoardActions(trello, board).filter((a) => a.data.card?.id === card.id),
        actions,
        q.get('actions_limit'),
        50,
      );
      if (answer.status !== 200) return answer;
      json.actions = answer.json;
    }
    return reply(200, json);
  }

  m =
    /^\/1\/boards\/([A-Za-z0-9]+)(?:\/(cards|lists|members|actions)(?:\/(all|open|closed|visible))?)?$/.exec(
      path,
    );
  if (m?.[1]) {
    const board = boardOf(m[1]);
    if (!board) return notFound;
    const fields = fieldList(q.get('fields'));
    const filter = m[3] ?? q.get('filter');
    if (m[2] === 'cards') {
      const which = filter ?? 'visible';
      const cards = trello.cards.filter(
        (c) =>
          c.idBoard === board.id &&
          (which === 'all' || (which === 'closed' ? c.closed : !c.closed)),
      );
      return reply(
        200,
        cards.map((c) => pick(trelloCardJson(c), fields)),
      );
    }
    if (m[2] === 'lists') {
      const which = filter ?? 'open';
      const lists = board.lists
        .map((l, i) => trelloListJson(board, l, i))
        .filter((l) => which === 'all' || (which === 'closed' ? l.closed : !l.closed));
      return reply(
        200,
        lists.map((l) => pick(l, fields)),
      );
    }
    if (m[2] === 'members') {
      return reply(
        200,
        board.idMembers.flatMap((memberId) => {
          const member = memberOf(memberId);
          return member ? [pick(trelloMemberJson(member), fields)] : [];
        }),
      );
    }
    if (m[2] === 'actions') {
      return actionPage(trelloBoardActions(trello, board), q.get('filter'), q.get('limit'), 50);
    }
    return reply(200, pick(trelloBoardJson(board, trello), fields));
  }

  return notFound;
}

/**
 * Whether a path is a REST path of the tool (on a Jira Data Center, under its context path).
 * @param {'jira' | 'asana' | 'trello'} tool
 * @param {import('./sample-data.mjs').HostData | undefined} hostData
 * @param {string} pathname
 */
export function isApiPath(tool, hostData, pathname) {
  if (tool === 'jira') {
    const base = hostData ? jiraContextPath(/** @type {JiraTenant} */ (hostData)) : '';
    return pathname.startsWith(`${base}/rest/`);
  }
  if (tool === 'asana') return pathname.startsWith('/api/');
  return pathname.startsWith('/1/');
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
  if (!isApiPath(tool, hostData, req.url.pathname)) return null;
  if (tool === 'jira') return jiraApi(/** @type {JiraTenant} */ (hostData), req);
  if (tool === 'asana') return asanaApi(/** @type {AsanaData} */ (hostData), req);
  return trelloApi(/** @type {TrelloData} */ (hostData), req);
}
