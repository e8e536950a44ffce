// The browser-test harness: import from 'test/e2e/support' in *.e2e.test.ts files.

export {
  freePort,
  launchExtensionBrowser,
  openPopupFor,
  removeProfile,
  REPO_ROOT,
  rpc,
  seedPartners,
  type ChromeGlobal,
  type ExtensionBrowser,
  type LaunchOptions,
  type RpcResponse,
  type SeedPartner,
} from './browser';
export {
  expectNoSeriousA11yViolations,
  formatViolations,
  runAxe,
  type A11yOptions,
  type AxeViolation,
  type Impact,
} from './a11y';
export { saveScreenshot, screenshotOnFailure, TEST_OUTPUT_DIR } from './screenshots';
export {
  gotoStandIn,
  interceptMatching,
  loadId,
  pushStateNavigate,
  transformAnswers,
  unansweredApiRequests,
  waitForStandInRender,
} from './stand-in';
export {
  dataStatus,
  expectShownItem,
  expectSidebarPartner,
  shownItem,
  sidebarOf,
  slimTabOf,
  textOf,
  waitForDataPhase,
  type ShownItem,
} from './sidebar';
export {
  startStandInServer,
  type InterceptRequest,
  type InterceptResponse,
  type LoggedRequest,
  type StandInServer,
  type Interceptor,
} from '../server/stand-in-server.mjs';
export {
  DEMO_PARTNERS,
  SAMPLE_DATA,
  SAMPLE_URLS,
  JIRA_SITE,
  JIRA_DC_SITE,
  JIRA_DC_BASE_URL,
  JIRA_DC_HOST,
  ASANA_SITE,
  TRELLO_SITE,
} from '../server/sample-data.mjs';
