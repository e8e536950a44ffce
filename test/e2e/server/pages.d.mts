// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/** @typedef {import('./routes.mjs').Tool} Tool */
/** @typedef {import('./routes.mjs').Route} Route */
/**
 * @typedef {object} Boot
 * @property {Tool} tool
 * @property {string} host
 * @property {import('./sample-data.mjs').HostData} data
 * @property {number} renderDelayMs  delay between a URL change and the new view (like a real app)
 */
/**
 * The page script. Self-contained: it runs in the browser, serialised with Function#toString.
 *
 * @param {Boot} boot
 * @param {typeof parseRoute} route
 * @param {typeof slugify} slug
 * @param {typeof pageTitle} title
 */
export function clientApp(
  boot: Boot,
  route: typeof parseRoute,
  slug: typeof slugify,
  title: typeof pageTitle,
): void;
/**
 * The HTML of a page of the stand-in: the app shell; the script renders the view.
 *
 * @param {Boot & { route: Route }} options
 */
export function renderPageHtml({
  tool,
  host,
  data,
  route,
  renderDelayMs,
}: Boot & {
  route: Route;
}): string;
export type Tool = import('./routes.mjs').Tool;
export type Route = import('./routes.mjs').Route;
export type Boot = {
  tool: Tool;
  host: string;
  data: import('./sample-data.mjs').HostData;
  /**
   * delay between a URL change and the new view (like a real app)
   */
  renderDelayMs: number;
};
import { parseRoute } from './routes.mjs';
import { slugify } from './routes.mjs';
import { pageTitle } from './routes.mjs';
