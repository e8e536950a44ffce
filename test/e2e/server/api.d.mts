// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/**
 * @param {JiraTenant} tenant
 * @param {string} keyOrId
 * @returns {{ project: JiraProject, issue: JiraIssue } | undefined}
 */
export function findJiraIssue(
  tenant: JiraTenant,
  keyOrId: string,
):
  | {
      project: JiraProject;
      issue: JiraIssue;
    }
  | undefined;
/**
 * An issue as `GET /rest/api/3/issue/{key}` and the search return it.
 * @param {JiraTenant} tenant
 * @param {JiraProject} project
 * @param {JiraIssue} issue
 * @param {{ fields?: string[], expand?: string[] }} options  fields: undefined = all
 */
export function jiraIssueJson(
  tenant: JiraTenant,
  project: JiraProject,
  issue: JiraIssue,
  options?: {
    fields?: string[];
    expand?: string[];
  },
): Record<string, unknown>;
/**
 * @param {AsanaData} asana
 * @param {AsanaTask} task
 */
export function asanaTaskJson(
  asana: AsanaData,
  task: AsanaTask,
): {
  gid: string;
  resource_type: string;
  resource_subtype: string;
  name: string;
  notes: string;
  completed: boolean;
  completed_at: string | null;
  created_at: string;
  modified_at: string;
  due_on: string | null;
  due_at: null;
  start_on: null;
  assignee: {
    gid: string;
    resource_type: string;
    name: string;
  } | null;
  memberships: {
    project: {
      gid: string;
      resource_type: string;
      name: string;
    };
    section: {
      gid: string;
      resource_type: string;
      name: string;
    };
  }[];
  projects: {
    gid: string;
    resource_type: string;
    name: string;
  }[];
  tags: never[];
  custom_fields: never[];
  workspace: {
    gid: string;
    resource_type: string;
    name: string;
  };
  permalink_url: string;
};
/** @param {TrelloCard} card */
export function trelloCardJson(card: TrelloCard): {
  id: string;
  badges: {
    votes: number;
    comments: number;
    attachments: number;
    description: boolean;
  };
  closed: boolean;
  dateLastActivity: string;
  desc: string;
  due: string | null;
  dueComplete: boolean;
  start: null;
  idBoard: string;
  idList: string;
  idMembers: string[];
  idLabels: never[];
  labels: never[];
  idShort: number;
  name: string;
  pos: number;
  shortLink: string;
  shortUrl: string;
  url: string;
  subscribed: boolean;
};
/** @param {TrelloBoard} board */
export function trelloBoardJson(board: TrelloBoard): {
  id: string;
  name: string;
  desc: string;
  descData: null;
  closed: boolean;
  idOrganization: string;
  pinned: boolean;
  url: string;
  shortUrl: string;
  shortLink: string;
  prefs: {
    background: string;
    backgroundColor: string;
  };
  labelNames: {
    green: string;
    yellow: string;
    orange: string;
    red: string;
    purple: string;
    blue: string;
  };
};
/**
 * Answers a REST request of the stand-in, or `null` when the path is not an API path.
 *
 * @param {'jira' | 'asana' | 'trello'} tool
 * @param {import('./sample-data.mjs').HostData} hostData  the Jira tenant, the Asana or the Trello data
 * @param {ApiRequest} req
 * @returns {ApiResponse | null}
 */
export function handleApi(
  tool: 'jira' | 'asana' | 'trello',
  hostData: import('./sample-data.mjs').HostData,
  req: ApiRequest,
): ApiResponse | null;
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
export const JIRA_READ_ONLY_POSTS: string[];
export type JiraTenant = import('./sample-data.mjs').JiraTenant;
export type JiraProject = import('./sample-data.mjs').JiraProject;
export type JiraIssue = import('./sample-data.mjs').JiraIssue;
export type AsanaData = import('./sample-data.mjs').AsanaData;
export type AsanaTask = import('./sample-data.mjs').AsanaTask;
export type TrelloData = import('./sample-data.mjs').TrelloData;
export type TrelloCard = import('./sample-data.mjs').TrelloCard;
export type TrelloBoard = import('./sample-data.mjs').TrelloBoard;
export type ApiRequest = {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};
export type ApiResponse = {
  status: number;
  json: unknown;
  headers?: Record<string, string> | undefined;
};
