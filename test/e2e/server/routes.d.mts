// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

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
export function parseRoute(
  tool: Tool,
  pathname: string,
  search: string,
  hostData: import('./sample-data.mjs').HostData,
): Route;
/**
 * A URL slug as Trello and others make them: lower case, words joined by `-`.
 * @param {string} text
 */
export function slugify(text: string): string;
/**
 * The document title of a page, like the real apps set it. Self-contained (runs in the page).
 *
 * @param {Tool} tool
 * @param {Route} route
 * @param {import('./sample-data.mjs').HostData} hostData
 * @returns {string}
 */
export function pageTitle(
  tool: Tool,
  route: Route,
  hostData: import('./sample-data.mjs').HostData,
): string;
export type Tool = 'jira' | 'asana' | 'trello';
export type Route =
  | {
      page: 'not-found';
    }
  | {
      page: 'jira-your-work';
    }
  | {
      page: 'jira-issue';
      issueKey: string;
    }
  | {
      page: 'jira-board';
      projectKey: string;
      boardId: number;
      view: 'board' | 'backlog';
      selectedIssue: string | null;
    }
  | {
      page: 'jira-issues';
      projectKey: string;
      selectedIssue: string | null;
    }
  | {
      page: 'confluence';
    }
  | {
      page: 'asana-home';
    }
  | {
      page: 'asana-project';
      projectGid: string;
      taskGid: string | null;
    }
  | {
      page: 'asana-my-tasks';
      taskGid: string | null;
    }
  | {
      page: 'asana-task';
      taskGid: string;
    }
  | {
      page: 'trello-home';
    }
  | {
      page: 'trello-board';
      boardShortLink: string;
      cardShortLink: string | null;
    };
