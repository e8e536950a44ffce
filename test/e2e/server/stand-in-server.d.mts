// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/**
 * Which app a host name belongs to: Jira Cloud tenants, the self-hosted Jira sites of the data
 * (when given), Asana, Trello.
 * @param {string} host  without port, lower case
 * @param {SampleData} [data]
 * @returns {Tool | null}
 */
export function toolForHost(host: string, data?: SampleData): Tool | null;
/**
 * Starts the stand-in on 127.0.0.1.
 *
 * @param {object} [options]
 * @param {number} [options.port]  0 (default) picks a free port
 * @param {string} [options.hostname]  interface to listen on, default 127.0.0.1
 * @param {number} [options.renderDelayMs]  how long the page takes to show a new view after a URL change (default 30)
 * @param {SampleData} [options.data]  defaults to a fresh copy of the sample data
 * @returns {Promise<StandInServer>}
 */
export function startStandInServer({
  port,
  hostname,
  renderDelayMs,
  data,
}?: {
  port?: number | undefined;
  hostname?: string | undefined;
  renderDelayMs?: number | undefined;
  data?: import('./sample-data.mjs').SampleData | undefined;
}): Promise<StandInServer>;
export const CERT_DIR: string;
export type SampleData = import('./sample-data.mjs').SampleData;
export type Tool = 'jira' | 'asana' | 'trello';
export type LoggedRequest = {
  method: string;
  /**
   * `Host` header without the port, lower case
   */
  host: string;
  /**
   * path and query, e.g. `/rest/api/3/issue/ACME-1?fields=summary`
   */
  path: string;
  /**
   * which app the host belongs to; null for an unknown host
   */
  tool: Tool | null;
  kind: 'page' | 'api' | 'other';
  headers: Record<string, string | string[] | undefined>;
  /**
   * `Date.now()` when it arrived
   */
  time: number;
  /**
   * the HTTP status answered (set once the answer is sent)
   */
  status?: number | undefined;
  /**
   * true when a test's interceptor answered it
   */
  intercepted?: boolean | undefined;
};
export type InterceptRequest = {
  method: string;
  host: string;
  tool: Tool;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /**
   * what the stand-in would answer
   * to this REST request (a fresh copy a test may change and return, e.g. to make one item
   * invalid); `undefined` for pages
   */
  defaultAnswer: () => InterceptResponse | undefined;
};
export type InterceptResponse = {
  status: number;
  headers?: Record<string, string> | undefined;
  /**
   * sent as JSON when given
   */
  json?: unknown;
  /**
   * sent as is otherwise
   */
  body?: string | undefined;
};
/**
 * Lets a test replace an answer (a 429, a signed-out redirect, a changed issue, a slow reply).
 * Return `undefined` to let the stand-in answer as usual.
 */
export type Interceptor = (
  req: InterceptRequest,
) => InterceptResponse | undefined | Promise<InterceptResponse | undefined>;
export type StandInServer = {
  port: number;
  hostname: string;
  /**
   * the live data served (a copy; tests may change it)
   */
  data: SampleData;
  /**
   * every request, in arrival order
   */
  requests: LoggedRequest[];
  /**
   * REST requests only
   */
  apiRequests: () => LoggedRequest[];
  /**
   * REST requests the stand-in itself (not an
   * interceptor) answered with a 4xx/5xx status: paths or parameters it does not know
   */
  failedApiRequests: () => LoggedRequest[];
  /**
   * requests whose method is not GET or HEAD
   */
  nonGetRequests: () => LoggedRequest[];
  /**
   * non-GET requests other than Jira's read-only POST searches
   */
  writeRequests: () => LoggedRequest[];
  /**
   * throws when a non-GET request arrived
   */
  assertOnlyReads: (options?: { allowReadOnlyPosts?: boolean }) => void;
  clearRequests: () => void;
  /**
   * returns a function that removes it
   */
  intercept: (interceptor: Interceptor) => () => void;
  /**
   * e.g. url('trello.com', '/b/AbCd1234') → https://trello.com/b/AbCd1234
   */
  url: (host: string, path?: string) => string;
  close: () => Promise<void>;
};
