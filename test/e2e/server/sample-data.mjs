// Sample data served by the local stand-in for Jira, Asana and Trello (browser tests and the
// demo). Plain ESM so that both vitest and `node scripts/demo.mjs` can import it.
//
// The data is compact on purpose: `api.mjs` turns it into the official API shapes
// (Jira Cloud REST v3, Asana API 1.0, Trello REST 1) and `pages.mjs` renders it as pages.

/** @typedef {'new' | 'indeterminate' | 'done'} StatusCategoryKey */

/**
 * A Jira user. Cloud users have an `accountId`; Data Center / Server users have `key` and
 * `name` (the login) instead. Issues refer to users by `accountId` (Cloud) or `key` (DC).
 * @typedef {object} JiraUser
 * @property {string} [accountId]  Cloud only
 * @property {string} [key]        Data Center only, e.g. `JIRAUSER10100`
 * @property {string} [name]       Data Center only: the user name (login)
 * @property {string} displayName
 * @property {string | null} emailAddress  `null` when the user's privacy settings hide it
 */

/**
 * @typedef {object} JiraStatusChange
 * @property {string} at      ISO instant of the transition
 * @property {string} from    status name before
 * @property {string} to      status name after
 */

/**
 * @typedef {object} JiraIssue
 * @property {string} id
 * @property {string} key
 * @property {string} summary
 * @property {string} status          a key of `JIRA_STATUSES`
 * @property {string | null} assignee accountId (Cloud) or user key (Data Center); null = unassigned
 * @property {string} issuetype
 * @property {string} priority
 * @property {string} created
 * @property {string} updated
 * @property {string | null} duedate  `YYYY-MM-DD`
 * @property {JiraStatusChange[]} history
 */

/**
 * @typedef {object} JiraProject
 * @property {string} id
 * @property {string} key
 * @property {string} name
 * @property {boolean} simplified  team-managed when true
 * @property {number} boardId
 * @property {string} boardName
 * @property {JiraIssue[]} issues
 * @property {string[]} [boardAlsoShows]  keys of other projects' issues the board's filter
 *   picks up too (company-managed boards can span projects)
 */

/**
 * @typedef {object} JiraTenant
 * @property {string} host  e.g. `acme.atlassian.net`
 * @property {string} siteName
 * @property {'cloud' | 'datacenter'} [deployment]  default `cloud`
 * @property {string} [contextPath]  Data Center: the path Jira is served under, e.g. `/jira`
 * @property {number} [searchPageLimit]  most issues one search page returns (tests lower it
 *   to exercise paging); default 100 on Cloud, 50 on Data Center
 * @property {JiraUser[]} users
 * @property {JiraProject[]} projects
 */

/**
 * @typedef {object} AsanaTask
 * @property {string} gid
 * @property {string} name
 * @property {boolean} completed
 * @property {string | null} completed_at
 * @property {string} created_at
 * @property {string} modified_at
 * @property {string | null} due_on
 * @property {string | null} assignee  user gid
 * @property {{ project: string, section: string }[]} memberships  gids
 */

/**
 * @typedef {object} AsanaProject
 * @property {string} gid
 * @property {string} name
 * @property {string} color
 * @property {{ gid: string, name: string }[]} sections
 */

/**
 * @typedef {object} AsanaData
 * @property {{ gid: string, name: string }} workspace
 * @property {{ gid: string, name: string, email: string }[]} users
 * @property {AsanaProject[]} projects
 * @property {AsanaTask[]} tasks
 */

/**
 * @typedef {object} TrelloCard
 * @property {string} id
 * @property {number} idShort
 * @property {string} shortLink
 * @property {string} name
 * @property {string} desc
 * @property {string} idBoard
 * @property {string} idList
 * @property {string[]} idMembers
 * @property {string | null} due
 * @property {boolean} dueComplete
 * @property {string} dateLastActivity
 * @property {boolean} closed
 */

/**
 * @typedef {object} TrelloBoard
 * @property {string} id
 * @property {string} shortLink
 * @property {string} name
 * @property {string} color
 * @property {string[]} idMembers  the board's members (a card may keep a member who left)
 * @property {{ id: string, name: string, closed?: boolean }[]} lists
 * @property {string} [dateLastActivity]  defaults to the latest `dateLastActivity` of its cards
 */

/**
 * @typedef {object} TrelloData
 * @property {{ id: string, fullName: string, username: string }[]} members
 * @property {TrelloBoard[]} boards
 * @property {TrelloCard[]} cards
 */

/** The data of one host: a Jira tenant, or the Asana or Trello data. */
/** @typedef {JiraTenant | AsanaData | TrelloData} HostData */

/**
 * @typedef {object} SampleData
 * @property {Record<string, JiraTenant>} jira  keyed by host name
 * @property {AsanaData} asana
 * @property {TrelloData} trello
 */

/**
 * Jira statuses by name, with their status category (the only part that carries meaning).
 * Cloud tenants use To Do / In Progress / In Review / Done; the Data Center one uses Jira
 * Server's classic workflow (Open / In Progress / Resolved).
 */
export const JIRA_STATUSES = {
  'To Do': { id: '10000', category: /** @type {StatusCategoryKey} */ ('new') },
  'In Progress': { id: '3', category: /** @type {StatusCategoryKey} */ ('indeterminate') },
  'In Review': { id: '10002', category: /** @type {StatusCategoryKey} */ ('indeterminate') },
  Done: { id: '10001', category: /** @type {StatusCategoryKey} */ ('done') },
  Open: { id: '1', category: /** @type {StatusCategoryKey} */ ('new') },
  Resolved: { id: '5', category: /** @type {StatusCategoryKey} */ ('done') },
};

/** Jira's fixed status categories (`GET /rest/api/3/statuscategory`). */
export const JIRA_STATUS_CATEGORIES = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

/**
 * @param {string} key
 * @param {string} id
 * @param {string} summary
 * @param {string} status
 * @param {string | null} assignee
 * @param {{ created: string, updated?: string, duedate?: string | null, type?: string, priority?: string, initial?: string, reviewRounds?: number }} dates
 *   `initial`: the status issues are created in (default `To Do`); `reviewRounds`: times the
 *   issue went to In Review and back to In Progress before its last move (a long changelog)
 * @returns {JiraIssue}
 */
function issue(key, id, summary, status, assignee, dates) {
  /** @type {JiraStatusChange[]} */
  const history = [];
  const hour = 3600 * 1000;
  let at = Date.parse(dates.created);
  /** @param {number} after @param {string} from @param {string} to */
  const move = (after, from, to) => {
    at += after;
    history.push({ at: new Date(at).toISOString(), from, to });
  };
  const initial = dates.initial ?? 'To Do';
  if (status !== initial) move(48 * hour, initial, 'In Progress');
  for (let round = 0; round < (dates.reviewRounds ?? 0); round++) {
    move(3 * hour, 'In Progress', 'In Review');
    move(3 * hour, 'In Review', 'In Progress');
  }
  if (status !== initial && status !== 'In Progress') move(72 * hour, 'In Progress', status);
  return {
    id,
    key,
    summary,
    status,
    assignee,
    issuetype: dates.type ?? 'Task',
    priority: dates.priority ?? 'Medium',
    created: dates.created,
    updated: dates.updated ?? history.at(-1)?.at ?? dates.created,
    duedate: dates.duedate ?? null,
    history,
  };
}

/** @type {Record<string, JiraTenant>} */
const jira = {
  'acme.atlassian.net': {
    host: 'acme.atlassian.net',
    siteName: 'acme',
    users: [
      {
        accountId: '712020:0a1b2c3d-0000-4000-8000-000000000001',
        displayName: 'Anna Schmidt',
        emailAddress: 'anna.schmidt@acme.example',
      },
      {
        accountId: '712020:0a1b2c3d-0000-4000-8000-000000000002',
        displayName: 'Bruno Costa',
        emailAddress: null,
      },
      {
        accountId: '712020:0a1b2c3d-0000-4000-8000-000000000003',
        displayName: 'Gina López',
        emailAddress: 'gina.lopez@globex.example',
      },
      {
        accountId: '712020:0a1b2c3d-0000-4000-8000-000000000004',
        displayName: 'Sam Okafor',
        emailAddress: 'sam.okafor@ourcompany.example',
      },
    ],
    projects: [
      {
        id: '10000',
        key: 'ACME',
        name: 'Acme Checkout',
        simplified: true,
        boardId: 1,
        boardName: 'ACME board',
        issues: [
          issue(
            'ACME-1',
            '10001',
            'Checkout button unresponsive on Safari',
            'In Progress',
            '712020:0a1b2c3d-0000-4000-8000-000000000001',
            { created: '2026-01-05T09:12:00.000Z', duedate: '2026-02-15', type: 'Bug' },
          ),
          issue(
            'ACME-2',
            '10002',
            'Add Apple Pay to the payment step',
            'To Do',
            '712020:0a1b2c3d-0000-4000-8000-000000000001',
            { created: '2026-01-08T14:30:00.000Z', type: 'Story' },
          ),
          issue(
            'ACME-3',
            '10003',
            'Order confirmation e-mail shows the wrong currency',
            'Done',
            '712020:0a1b2c3d-0000-4000-8000-000000000002',
            { created: '2025-12-10T10:00:00.000Z', duedate: '2025-12-20', type: 'Bug' },
          ),
          issue(
            'ACME-4',
            '10004',
            'Migrate the cart service to the new pricing API',
            'In Review',
            '712020:0a1b2c3d-0000-4000-8000-000000000002',
            { created: '2026-01-02T08:00:00.000Z', priority: 'High' },
          ),
          issue('ACME-5', '10005', 'Write a load test for the checkout flow', 'To Do', null, {
            created: '2026-01-12T16:45:00.000Z',
          }),
          // 122 status changes: more than the 100 Jira Cloud embeds with `expand=changelog`.
          issue(
            'ACME-6',
            '10006',
            'Stabilise the flaky payment webhook tests',
            'In Review',
            '712020:0a1b2c3d-0000-4000-8000-000000000002',
            { created: '2025-11-03T09:00:00.000Z', reviewRounds: 60 },
          ),
        ],
      },
      {
        id: '10010',
        key: 'GLOBEX',
        name: 'Globex Mobile',
        simplified: false,
        boardId: 2,
        boardName: 'GLOBEX board',
        issues: [
          issue(
            'GLOBEX-1',
            '10011',
            'Push notifications arrive twice on Android',
            'In Progress',
            '712020:0a1b2c3d-0000-4000-8000-000000000003',
            { created: '2026-01-03T11:00:00.000Z', type: 'Bug', priority: 'High' },
          ),
          issue(
            'GLOBEX-2',
            '10012',
            'Dark mode for the settings screen',
            'To Do',
            '712020:0a1b2c3d-0000-4000-8000-000000000003',
            { created: '2026-01-09T13:20:00.000Z', type: 'Story' },
          ),
          issue('GLOBEX-3', '10013', 'Crash when rotating the login screen', 'Done', null, {
            created: '2025-12-01T09:00:00.000Z',
            type: 'Bug',
          }),
          issue(
            'GLOBEX-4',
            '10014',
            'Release 3.2 to the App Store',
            'To Do',
            '712020:0a1b2c3d-0000-4000-8000-000000000003',
            { created: '2025-12-15T09:00:00.000Z', duedate: '2026-01-10' },
          ),
        ],
      },
      {
        id: '10020',
        key: 'INT',
        name: 'Internal Tools',
        simplified: true,
        boardId: 3,
        boardName: 'INT board',
        // Its filter also picks up one issue of the partner's project.
        boardAlsoShows: ['ACME-2'],
        issues: [
          issue(
            'INT-1',
            '10021',
            'Rotate the staging database credentials',
            'In Progress',
            '712020:0a1b2c3d-0000-4000-8000-000000000004',
            { created: '2026-01-06T07:30:00.000Z' },
          ),
          issue(
            'INT-2',
            '10022',
            'Upgrade the CI runners',
            'Done',
            '712020:0a1b2c3d-0000-4000-8000-000000000004',
            { created: '2025-11-20T10:00:00.000Z' },
          ),
          issue('INT-3', '10023', 'Quarterly access review', 'To Do', null, {
            created: '2026-01-10T10:00:00.000Z',
            duedate: '2026-03-31',
          }),
        ],
      },
    ],
  },
  // A second tenant that also uses the key ACME: a scope is per site, so it must not match.
  'umbrella.atlassian.net': {
    host: 'umbrella.atlassian.net',
    siteName: 'umbrella',
    users: [
      {
        accountId: '712020:0a1b2c3d-0000-4000-8000-000000000101',
        displayName: 'Uma Reyes',
        emailAddress: 'uma.reyes@umbrella.example',
      },
    ],
    projects: [
      {
        id: '20000',
        key: 'ACME',
        name: 'Umbrella Logistics',
        simplified: true,
        boardId: 7,
        boardName: 'ACME board',
        issues: [
          issue(
            'ACME-1',
            '20001',
            'Route planner shows stale depots',
            'To Do',
            '712020:0a1b2c3d-0000-4000-8000-000000000101',
            { created: '2026-01-04T10:00:00.000Z' },
          ),
        ],
      },
    ],
  },
};

/** The self-hosted Jira (Data Center), served under the context path `/jira`. */
export const JIRA_DC_HOST = 'jira.example.com';
export const JIRA_DC_CONTEXT_PATH = '/jira';

/** @type {JiraTenant} */
const jiraDataCenter = {
  host: JIRA_DC_HOST,
  siteName: 'Example Corp Jira',
  deployment: 'datacenter',
  contextPath: JIRA_DC_CONTEXT_PATH,
  users: [
    {
      key: 'JIRAUSER10100',
      name: 'omar.haddad',
      displayName: 'Omar Haddad',
      emailAddress: 'omar.haddad@opsco.example',
    },
    {
      key: 'JIRAUSER10101',
      name: 'lea.brandt',
      displayName: 'Lea Brandt',
      emailAddress: 'lea.brandt@ourcompany.example',
    },
  ],
  projects: [
    {
      id: '10100',
      key: 'OPS',
      name: 'Operations Portal',
      simplified: false,
      boardId: 12,
      boardName: 'OPS board',
      issues: [
        issue(
          'OPS-1',
          '30001',
          'Nightly backup job fails on the reporting database',
          'In Progress',
          'JIRAUSER10100',
          { created: '2026-01-07T08:00:00.000Z', type: 'Bug', priority: 'High', initial: 'Open' },
        ),
        issue('OPS-2', '30002', 'Add a status page for the VPN', 'Open', 'JIRAUSER10100', {
          created: '2026-01-09T10:30:00.000Z',
          initial: 'Open',
        }),
        issue(
          'OPS-3',
          '30003',
          'Rotate the TLS certificates of the load balancers',
          'Resolved',
          'JIRAUSER10100',
          { created: '2025-12-02T09:00:00.000Z', duedate: '2025-12-15', initial: 'Open' },
        ),
      ],
    },
    {
      id: '10110',
      key: 'INFRA',
      name: 'Infrastructure',
      simplified: false,
      boardId: 13,
      boardName: 'INFRA board',
      issues: [
        issue('INFRA-1', '30101', 'Decommission the old build server', 'Open', 'JIRAUSER10101', {
          created: '2026-01-11T09:00:00.000Z',
          initial: 'Open',
        }),
      ],
    },
  ],
};
jira[JIRA_DC_HOST] = jiraDataCenter;

/** @type {AsanaData} */
const asana = {
  workspace: { gid: '1100000000000001', name: 'Our Company' },
  users: [
    { gid: '1500000000000001', name: 'Ian Novak', email: 'ian.novak@initech.example' },
    { gid: '1500000000000002', name: 'Uri Bell', email: 'uri.bell@umbrella.example' },
    { gid: '1500000000000003', name: 'Mia Chen', email: 'mia.chen@ourcompany.example' },
  ],
  projects: [
    {
      gid: '1200000000000001',
      name: 'Initech Website',
      color: 'dark-orange',
      sections: [
        { gid: '1400000000000001', name: 'To do' },
        { gid: '1400000000000002', name: 'Doing' },
        { gid: '1400000000000003', name: 'Done' },
      ],
    },
    {
      gid: '1200000000000002',
      name: 'Umbrella Onboarding',
      color: 'dark-green',
      sections: [
        { gid: '1400000000000004', name: 'To do' },
        { gid: '1400000000000005', name: 'In progress' },
        { gid: '1400000000000006', name: 'Done' },
      ],
    },
    {
      gid: '1200000000000003',
      name: 'Marketing Internal',
      color: 'dark-purple',
      sections: [
        { gid: '1400000000000007', name: 'Backlog' },
        { gid: '1400000000000008', name: 'This week' },
      ],
    },
  ],
  tasks: [
    {
      gid: '1300000000000001',
      name: 'Redesign the pricing page',
      completed: false,
      completed_at: null,
      created_at: '2026-01-05T10:00:00.000Z',
      modified_at: '2026-01-14T09:30:00.000Z',
      due_on: '2026-02-01',
      assignee: '1500000000000001',
      memberships: [{ project: '1200000000000001', section: '1400000000000002' }],
    },
    {
      gid: '1300000000000002',
      name: 'Fix broken links in the footer',
      completed: false,
      completed_at: null,
      created_at: '2026-01-07T12:00:00.000Z',
      modified_at: '2026-01-07T12:00:00.000Z',
      due_on: null,
      assignee: null,
      memberships: [{ project: '1200000000000001', section: '1400000000000001' }],
    },
    {
      gid: '1300000000000003',
      name: 'Migrate the blog to the new CMS',
      completed: true,
      completed_at: '2026-01-09T17:00:00.000Z',
      created_at: '2025-12-12T09:00:00.000Z',
      modified_at: '2026-01-09T17:00:00.000Z',
      due_on: '2026-01-10',
      assignee: '1500000000000001',
      memberships: [{ project: '1200000000000001', section: '1400000000000003' }],
    },
    {
      // Multi-homed: in a partner project and in an internal one.
      gid: '1300000000000004',
      name: 'Accessibility audit of the home page',
      completed: false,
      completed_at: null,
      created_at: '2026-01-11T08:00:00.000Z',
      modified_at: '2026-01-12T08:00:00.000Z',
      due_on: '2026-01-20',
      assignee: '1500000000000003',
      memberships: [
        { project: '1200000000000001', section: '1400000000000001' },
        { project: '1200000000000003', section: '1400000000000008' },
      ],
    },
    {
      gid: '1300000000000005',
      name: 'Set up Umbrella SSO',
      completed: false,
      completed_at: null,
      created_at: '2026-01-06T10:00:00.000Z',
      modified_at: '2026-01-13T10:00:00.000Z',
      due_on: '2026-01-30',
      assignee: '1500000000000002',
      memberships: [{ project: '1200000000000002', section: '1400000000000005' }],
    },
    {
      gid: '1300000000000006',
      name: 'Import Umbrella’s customer list',
      completed: false,
      completed_at: null,
      created_at: '2026-01-08T10:00:00.000Z',
      modified_at: '2026-01-08T10:00:00.000Z',
      due_on: null,
      assignee: null,
      memberships: [{ project: '1200000000000002', section: '1400000000000004' }],
    },
    {
      gid: '1300000000000007',
      name: 'Kick-off call with Umbrella',
      completed: true,
      completed_at: '2026-01-03T15:00:00.000Z',
      created_at: '2025-12-20T10:00:00.000Z',
      modified_at: '2026-01-03T15:00:00.000Z',
      due_on: '2026-01-03',
      assignee: '1500000000000003',
      memberships: [{ project: '1200000000000002', section: '1400000000000006' }],
    },
    {
      gid: '1300000000000008',
      name: 'Plan the Q3 newsletter',
      completed: false,
      completed_at: null,
      created_at: '2026-01-10T10:00:00.000Z',
      modified_at: '2026-01-10T10:00:00.000Z',
      due_on: null,
      assignee: '1500000000000003',
      memberships: [{ project: '1200000000000003', section: '1400000000000007' }],
    },
    {
      gid: '1300000000000009',
      name: 'Update the brand guidelines',
      completed: false,
      completed_at: null,
      created_at: '2026-01-11T10:00:00.000Z',
      modified_at: '2026-01-11T10:00:00.000Z',
      due_on: '2026-02-28',
      assignee: null,
      memberships: [{ project: '1200000000000003', section: '1400000000000008' }],
    },
  ],
};

/**
 * A Trello object id (a MongoDB ObjectId): 8 hex digits of the creation time in Unix seconds,
 * then 16 more. Clients read a card's creation time from it when its `createCard` is gone.
 * @param {string} createdIso
 * @param {number} serial
 */
export function trelloObjectId(createdIso, serial) {
  const seconds = Math.floor(Date.parse(createdIso) / 1000);
  return seconds.toString(16).padStart(8, '0') + serial.toString(16).padStart(16, '0');
}

/** @type {TrelloData} */
const trello = {
  members: [
    { id: '5f0000000000000000000001', fullName: 'Hana Ito', username: 'hanaito' },
    { id: '5f0000000000000000000002', fullName: 'Victor Lane', username: 'victorlane' },
    { id: '5f0000000000000000000003', fullName: 'Mia Chen', username: 'miachen' },
  ],
  boards: [
    {
      id: '60a000000000000000000001',
      shortLink: 'AbCd1234',
      name: 'Hooli Sprint Board',
      color: '#0079bf',
      // Victor Lane left this board but is still on one of its cards (Lk7jHg78).
      idMembers: ['5f0000000000000000000001', '5f0000000000000000000003'],
      lists: [
        { id: '60b000000000000000000001', name: 'To Do' },
        { id: '60b000000000000000000002', name: 'Doing' },
        { id: '60b000000000000000000003', name: 'Done' },
      ],
    },
    {
      id: '60a000000000000000000002',
      shortLink: 'EfGh5678',
      name: 'Vandelay Support',
      color: '#519839',
      idMembers: ['5f0000000000000000000002'],
      lists: [
        { id: '60b000000000000000000004', name: 'New tickets' },
        { id: '60b000000000000000000005', name: 'Waiting on customer' },
        { id: '60b000000000000000000006', name: 'Resolved' },
      ],
    },
    {
      id: '60a000000000000000000003',
      shortLink: 'IjKl9012',
      name: 'Team Internal',
      color: '#89609e',
      idMembers: ['5f0000000000000000000003'],
      lists: [
        { id: '60b000000000000000000007', name: 'Ideas' },
        { id: '60b000000000000000000008', name: 'Doing' },
      ],
    },
  ],
  cards: [
    {
      id: trelloObjectId('2026-01-05T09:00:00.000Z', 0x1c1),
      idShort: 1,
      shortLink: 'Qw3rTy12',
      name: 'Onboarding flow copy',
      desc: 'Rewrite the three onboarding screens.',
      idBoard: '60a000000000000000000001',
      idList: '60b000000000000000000002',
      idMembers: ['5f0000000000000000000001'],
      due: '2026-01-28T17:00:00.000Z',
      dueComplete: false,
      dateLastActivity: '2026-01-14T10:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2026-01-08T11:00:00.000Z', 0x1c2),
      idShort: 2,
      shortLink: 'Zx9cVb34',
      name: 'Fix avatar upload',
      desc: '',
      idBoard: '60a000000000000000000001',
      idList: '60b000000000000000000001',
      idMembers: [],
      due: null,
      dueComplete: false,
      dateLastActivity: '2026-01-12T10:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2025-12-29T10:00:00.000Z', 0x1c3),
      idShort: 3,
      shortLink: 'Mn8bVc56',
      name: 'Ship the v2 landing page',
      desc: '',
      idBoard: '60a000000000000000000001',
      idList: '60b000000000000000000003',
      idMembers: ['5f0000000000000000000001'],
      due: '2026-01-09T17:00:00.000Z',
      dueComplete: true,
      dateLastActivity: '2026-01-09T16:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2026-01-13T09:30:00.000Z', 0x1c4),
      idShort: 4,
      shortLink: 'Lk7jHg78',
      name: 'Sprint retro notes',
      desc: '',
      idBoard: '60a000000000000000000001',
      idList: '60b000000000000000000001',
      // Victor Lane is no longer a member of this board.
      idMembers: ['5f0000000000000000000002'],
      due: null,
      dueComplete: false,
      dateLastActivity: '2026-01-13T10:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2026-01-12T08:00:00.000Z', 0x1c5),
      idShort: 1,
      shortLink: 'Po6iUy90',
      name: 'Latex shipment delayed',
      desc: 'Customer asks for a new delivery date.',
      idBoard: '60a000000000000000000002',
      idList: '60b000000000000000000004',
      idMembers: ['5f0000000000000000000002'],
      due: '2026-01-16T12:00:00.000Z',
      dueComplete: false,
      dateLastActivity: '2026-01-14T08:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2026-01-06T08:00:00.000Z', 0x1c6),
      idShort: 2,
      shortLink: 'Tr5eWq21',
      name: 'Invoice copy request',
      desc: '',
      idBoard: '60a000000000000000000002',
      idList: '60b000000000000000000006',
      idMembers: ['5f0000000000000000000002'],
      due: null,
      dueComplete: false,
      dateLastActivity: '2026-01-10T08:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2026-01-02T08:00:00.000Z', 0x1c7),
      idShort: 1,
      shortLink: 'As4dFg43',
      name: 'Team offsite agenda',
      desc: '',
      idBoard: '60a000000000000000000003',
      idList: '60b000000000000000000007',
      idMembers: ['5f0000000000000000000003'],
      due: null,
      dueComplete: false,
      dateLastActivity: '2026-01-11T08:00:00.000Z',
      closed: false,
    },
    {
      id: trelloObjectId('2026-01-10T08:00:00.000Z', 0x1c8),
      idShort: 2,
      shortLink: 'Hj3kLm65',
      name: 'Laptop refresh',
      desc: '',
      idBoard: '60a000000000000000000003',
      idList: '60b000000000000000000008',
      idMembers: [],
      due: '2026-02-15T12:00:00.000Z',
      dueComplete: false,
      dateLastActivity: '2026-01-12T08:00:00.000Z',
      closed: false,
    },
  ],
};

/** The sample data. Treat as read-only: `startStandInServer` serves a deep copy. */
export const SAMPLE_DATA = /** @type {SampleData} */ ({ jira, asana, trello });

/** A fresh, mutable deep copy (tests may change a status and reload). */
export function cloneSampleData() {
  return /** @type {SampleData} */ (structuredClone(SAMPLE_DATA));
}

export const JIRA_SITE = 'https://acme.atlassian.net';
export const ASANA_SITE = 'https://app.asana.com';
export const TRELLO_SITE = 'https://trello.com';
export const ASANA_WORKSPACE_GID = asana.workspace.gid;
/** The self-hosted Jira's site (origin) and its base address (with the context path). */
export const JIRA_DC_SITE = `https://${JIRA_DC_HOST}`;
export const JIRA_DC_BASE_URL = `${JIRA_DC_SITE}${JIRA_DC_CONTEXT_PATH}`;

/** Handy page URLs of the sample data (mapped and unmapped). */
export const SAMPLE_URLS = {
  jiraIssue: `${JIRA_SITE}/browse/ACME-1`,
  jiraBoard: `${JIRA_SITE}/jira/software/projects/ACME/boards/1`,
  jiraBoardSelected: `${JIRA_SITE}/jira/software/projects/ACME/boards/1?selectedIssue=ACME-4`,
  jiraGlobexIssue: `${JIRA_SITE}/browse/GLOBEX-1`,
  jiraUnmappedIssue: `${JIRA_SITE}/browse/INT-1`,
  jiraUnmappedBoard: `${JIRA_SITE}/jira/software/projects/INT/boards/3`,
  jiraYourWork: `${JIRA_SITE}/jira/your-work`,
  asanaProject: `${ASANA_SITE}/0/1200000000000001/list`,
  asanaTask: `${ASANA_SITE}/0/1200000000000001/1300000000000001`,
  asanaTaskV1: `${ASANA_SITE}/1/1100000000000001/project/1200000000000001/task/1300000000000001`,
  asanaUnmappedProject: `${ASANA_SITE}/0/1200000000000003/list`,
  trelloBoard: `${TRELLO_SITE}/b/AbCd1234/hooli-sprint-board`,
  trelloCard: `${TRELLO_SITE}/c/Qw3rTy12/1-onboarding-flow-copy`,
  trelloUnmappedBoard: `${TRELLO_SITE}/b/IjKl9012/team-internal`,
  jiraDcIssue: `${JIRA_DC_BASE_URL}/browse/OPS-1`,
  jiraDcBoard: `${JIRA_DC_BASE_URL}/secure/RapidBoard.jspa?rapidView=12&projectKey=OPS`,
  jiraDcDashboard: `${JIRA_DC_BASE_URL}/secure/Dashboard.jspa`,
  jiraDcUnmappedIssue: `${JIRA_DC_BASE_URL}/browse/INFRA-1`,
};

/**
 * @typedef {object} DemoPartner
 * @property {{ name: string, status: 'candidate' | 'active' | 'paused' | 'offboarded',
 *   contacts: { name: string, role: string, email: string, phone: string }[],
 *   emailDomains: string[], contractStart?: string, contractEnd?: string,
 *   expertise: string[], notes: string }} partner
 * @property {{ tool: 'jira' | 'asana' | 'trello', site: string, ids: string[], label: string }[]} scopes
 */

/** Partners the demo (and browser tests) seed through the extension's RPC. */
/** @type {DemoPartner[]} */
export const DEMO_PARTNERS = [
  {
    partner: {
      name: 'Acme Corp',
      status: 'active',
      contacts: [
        {
          name: 'Anna Schmidt',
          role: 'Delivery lead',
          email: 'anna.schmidt@acme.example',
          phone: '',
        },
        { name: 'Bruno Costa', role: 'Developer', email: 'bruno.costa@acme.example', phone: '' },
      ],
      emailDomains: ['acme.example'],
      contractStart: '2025-07-01',
      contractEnd: '2026-06-30',
      expertise: ['Payments', 'Web checkout'],
      notes: 'Builds and runs our web checkout. Weekly sync on Tuesdays.',
    },
    scopes: [{ tool: 'jira', site: JIRA_SITE, ids: ['ACME'], label: 'Acme Checkout' }],
  },
  {
    partner: {
      name: 'Globex',
      status: 'active',
      contacts: [
        {
          name: 'Gina López',
          role: 'Project manager',
          email: 'gina.lopez@globex.example',
          phone: '',
        },
      ],
      emailDomains: ['globex.example'],
      contractStart: '2025-10-01',
      contractEnd: '2026-09-30',
      expertise: ['iOS', 'Android'],
      notes: 'Mobile app partner.',
    },
    scopes: [{ tool: 'jira', site: JIRA_SITE, ids: ['GLOBEX'], label: 'Globex Mobile' }],
  },
  {
    partner: {
      name: 'Initech',
      status: 'active',
      contacts: [
        {
          name: 'Ian Novak',
          role: 'Account manager',
          email: 'ian.novak@initech.example',
          phone: '',
        },
      ],
      emailDomains: ['initech.example'],
      contractStart: '2025-09-01',
      contractEnd: '2026-08-31',
      expertise: ['Web design', 'CMS'],
      notes: 'Website redesign and content migration.',
    },
    scopes: [
      { tool: 'asana', site: ASANA_SITE, ids: ['1200000000000001'], label: 'Initech Website' },
    ],
  },
  {
    partner: {
      name: 'Hooli Studio',
      status: 'active',
      contacts: [
        { name: 'Hana Ito', role: 'Designer', email: 'hana.ito@hooli.example', phone: '' },
      ],
      emailDomains: ['hooli.example'],
      contractStart: '2026-01-01',
      contractEnd: '2026-12-31',
      expertise: ['Product design', 'Copywriting'],
      notes: 'Design sprints, two-week cadence.',
    },
    scopes: [{ tool: 'trello', site: TRELLO_SITE, ids: ['AbCd1234'], label: 'Hooli Sprint Board' }],
  },
  {
    partner: {
      name: 'Vandelay Industries',
      status: 'candidate',
      contacts: [
        { name: 'Victor Lane', role: 'Sales', email: 'victor.lane@vandelay.example', phone: '' },
      ],
      emailDomains: ['vandelay.example'],
      expertise: ['Customer support'],
      notes: 'Evaluating for first-line support. No projects mapped yet.',
    },
    scopes: [],
  },
];
