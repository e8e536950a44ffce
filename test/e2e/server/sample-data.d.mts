// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/**
 * A Trello object id (a MongoDB ObjectId): 8 hex digits of the creation time in Unix seconds,
 * then 16 more. Clients read a card's creation time from it when its `createCard` is gone.
 * @param {string} createdIso
 * @param {number} serial
 */
export function trelloObjectId(createdIso: string, serial: number): string;
/** A fresh, mutable deep copy (tests may change a status and reload). */
export function cloneSampleData(): SampleData;
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
export const JIRA_STATUSES: {
  'To Do': {
    id: string;
    category: StatusCategoryKey;
  };
  'In Progress': {
    id: string;
    category: StatusCategoryKey;
  };
  'In Review': {
    id: string;
    category: StatusCategoryKey;
  };
  Done: {
    id: string;
    category: StatusCategoryKey;
  };
  Open: {
    id: string;
    category: StatusCategoryKey;
  };
  Resolved: {
    id: string;
    category: StatusCategoryKey;
  };
};
export namespace JIRA_STATUS_CATEGORIES {
  export namespace _new {
    let id: number;
    let key: string;
    let colorName: string;
    let name: string;
  }
  export { _new as new };
  export namespace indeterminate {
    let id_1: number;
    export { id_1 as id };
    let key_1: string;
    export { key_1 as key };
    let colorName_1: string;
    export { colorName_1 as colorName };
    let name_1: string;
    export { name_1 as name };
  }
  export namespace done {
    let id_2: number;
    export { id_2 as id };
    let key_2: string;
    export { key_2 as key };
    let colorName_2: string;
    export { colorName_2 as colorName };
    let name_2: string;
    export { name_2 as name };
  }
}
/** The self-hosted Jira (Data Center), served under the context path `/jira`. */
export const JIRA_DC_HOST: 'jira.example.com';
export const JIRA_DC_CONTEXT_PATH: '/jira';
export namespace SAMPLE_DATA {
  let jira: Record<string, JiraTenant>;
  let asana: AsanaData;
  let trello: TrelloData;
}
export const JIRA_SITE: 'https://acme.atlassian.net';
export const ASANA_SITE: 'https://app.asana.com';
export const TRELLO_SITE: 'https://trello.com';
export const ASANA_WORKSPACE_GID: string;
/** The self-hosted Jira's site (origin) and its base address (with the context path). */
export const JIRA_DC_SITE: 'https://jira.example.com';
export const JIRA_DC_BASE_URL: 'https://jira.example.com/jira';
export namespace SAMPLE_URLS {
  let jiraIssue: string;
  let jiraBoard: string;
  let jiraBoardSelected: string;
  let jiraGlobexIssue: string;
  let jiraUnmappedIssue: string;
  let jiraUnmappedBoard: string;
  let jiraYourWork: string;
  let asanaProject: string;
  let asanaTask: string;
  let asanaTaskV1: string;
  let asanaUnmappedProject: string;
  let trelloBoard: string;
  let trelloCard: string;
  let trelloUnmappedBoard: string;
  let jiraDcIssue: string;
  let jiraDcBoard: string;
  let jiraDcDashboard: string;
  let jiraDcUnmappedIssue: string;
}
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
export const DEMO_PARTNERS: DemoPartner[];
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';
/**
 * A Jira user. Cloud users have an `accountId`; Data Center / Server users have `key` and
 * `name` (the login) instead. Issues refer to users by `accountId` (Cloud) or `key` (DC).
 */
export type JiraUser = {
  /**
   * Cloud only
   */
  accountId?: string | undefined;
  /**
   * Data Center only, e.g. `JIRAUSER10100`
   */
  key?: string | undefined;
  /**
   * Data Center only: the user name (login)
   */
  name?: string | undefined;
  displayName: string;
  /**
   * `null` when the user's privacy settings hide it
   */
  emailAddress: string | null;
};
export type JiraStatusChange = {
  /**
   * ISO instant of the transition
   */
  at: string;
  /**
   * status name before
   */
  from: string;
  /**
   * status name after
   */
  to: string;
};
export type JiraIssue = {
  id: string;
  key: string;
  summary: string;
  /**
   * a key of `JIRA_STATUSES`
   */
  status: string;
  /**
   * accountId (Cloud) or user key (Data Center); null = unassigned
   */
  assignee: string | null;
  issuetype: string;
  priority: string;
  created: string;
  updated: string;
  /**
   * `YYYY-MM-DD`
   */
  duedate: string | null;
  history: JiraStatusChange[];
};
export type JiraProject = {
  id: string;
  key: string;
  name: string;
  /**
   * team-managed when true
   */
  simplified: boolean;
  boardId: number;
  boardName: string;
  issues: JiraIssue[];
  /**
   * keys of other projects' issues the board's filter
   * picks up too (company-managed boards can span projects)
   */
  boardAlsoShows?: string[] | undefined;
};
export type JiraTenant = {
  /**
   * e.g. `acme.atlassian.net`
   */
  host: string;
  siteName: string;
  /**
   * default `cloud`
   */
  deployment?: 'cloud' | 'datacenter' | undefined;
  /**
   * Data Center: the path Jira is served under, e.g. `/jira`
   */
  contextPath?: string | undefined;
  /**
   * most issues one search page returns (tests lower it
   * to exercise paging); default 100 on Cloud, 50 on Data Center
   */
  searchPageLimit?: number | undefined;
  users: JiraUser[];
  projects: JiraProject[];
};
export type AsanaTask = {
  gid: string;
  name: string;
  completed: boolean;
  completed_at: string | null;
  created_at: string;
  modified_at: string;
  due_on: string | null;
  /**
   * user gid
   */
  assignee: string | null;
  /**
   * gids
   */
  memberships: {
    project: string;
    section: string;
  }[];
};
export type AsanaProject = {
  gid: string;
  name: string;
  color: string;
  sections: {
    gid: string;
    name: string;
  }[];
};
export type AsanaData = {
  workspace: {
    gid: string;
    name: string;
  };
  users: {
    gid: string;
    name: string;
    email: string;
  }[];
  projects: AsanaProject[];
  tasks: AsanaTask[];
};
export type TrelloCard = {
  id: string;
  idShort: number;
  shortLink: string;
  name: string;
  desc: string;
  idBoard: string;
  idList: string;
  idMembers: string[];
  due: string | null;
  dueComplete: boolean;
  dateLastActivity: string;
  closed: boolean;
};
export type TrelloBoard = {
  id: string;
  shortLink: string;
  name: string;
  color: string;
  /**
   * the board's members (a card may keep a member who left)
   */
  idMembers: string[];
  lists: {
    id: string;
    name: string;
    closed?: boolean;
  }[];
  /**
   * defaults to the latest `dateLastActivity` of its cards
   */
  dateLastActivity?: string | undefined;
};
export type TrelloData = {
  members: {
    id: string;
    fullName: string;
    username: string;
  }[];
  boards: TrelloBoard[];
  cards: TrelloCard[];
};
export type HostData = JiraTenant | AsanaData | TrelloData;
export type SampleData = {
  /**
   * keyed by host name
   */
  jira: Record<string, JiraTenant>;
  asana: AsanaData;
  trello: TrelloData;
};
export type DemoPartner = {
  partner: {
    name: string;
    status: 'candidate' | 'active' | 'paused' | 'offboarded';
    contacts: {
      name: string;
      role: string;
      email: string;
      phone: string;
    }[];
    emailDomains: string[];
    contractStart?: string;
    contractEnd?: string;
    expertise: string[];
    notes: string;
  };
  scopes: {
    tool: 'jira' | 'asana' | 'trello';
    site: string;
    ids: string[];
    label: string;
  }[];
};
