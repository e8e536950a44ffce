// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/**
 * Whether a request path (with or without a context path and query) is one of Jira's
 * read-only POST endpoints.
 * @param {string} path
 */
export function isJiraReadOnlyPost(path: string): boolean;
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
 * An issue as `GET /rest/api/{3|2}/issue/{key}` and the searches return it.
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
 * `GET /tasks/{gid}` as the API answers it (the stand-in's default, before any interception).
 * @param {AsanaData} asana
 * @param {AsanaTask} task
 * @param {string[]} [optFields]  absent: the full record
 */
export function asanaTaskJson(asana: AsanaData, task: AsanaTask, optFields?: string[]): unknown;
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
/**
 * @param {TrelloBoard} board
 * @param {TrelloData} [trello]  to derive `dateLastActivity` from the board's cards
 */
export function trelloBoardJson(
  board: TrelloBoard,
  trello?: TrelloData,
): {
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
  dateLastActivity: string | null;
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
 * Whether a path is a REST path of the tool (on a Jira Data Center, under its context path).
 * @param {'jira' | 'asana' | 'trello'} tool
 * @param {import('./sample-data.mjs').HostData | undefined} hostData
 * @param {string} pathname
 */
export function isApiPath(
  tool: 'jira' | 'asana' | 'trello',
  hostData: import('./sample-data.mjs').HostData | undefined,
  pathname: string,
): boolean;
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
/**
 * Jira's POST endpoints that only read (still not GETs, so the request log lists them).
 * Paths without the context path of a Data Center instance.
 */
export const JIRA_READ_ONLY_POSTS: string[];
export function jiraContextPath(tenant: JiraTenant): string;
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
