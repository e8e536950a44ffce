import type { HostContext } from '../model/host-context';
import { detectAsanaUrl, isAsanaUrl } from './asana/detect-url';
import {
  detectJiraCloudUrl,
  detectJiraDataCenterUrl,
  isJiraCloudUrl,
  type JiraDataCenterInstance,
} from './jira/detect-url';
import { detectTrelloUrl, isTrelloUrl } from './trello/detect-url';

export type { JiraDataCenterInstance } from './jira/detect-url';

export interface DetectOptions {
  /** Self-hosted Jira instances the user added; their origins are matched exactly. */
  jiraDataCenter?: readonly JiraDataCenterInstance[];
}

/**
 * What the user is looking at, from the page URL alone: tool, site and the ids the URL holds,
 * or null when the URL is not a tracker page about a project, board, issue, task or card.
 * Pure and total: any string gives a result, never an exception. The URL patterns, each with
 * examples, are in `./jira/detect-url.ts`, `./asana/detect-url.ts` and `./trello/detect-url.ts`.
 */
export function detectContext(url: string, options?: DetectOptions): HostContext | null {
  const parsed = parseTrackerUrl(url);
  if (!parsed) return null;
  // Hosts are disjoint, so the first owner decides; a Data Center entry that names a SaaS host
  // (a configuration mistake) never overrides the SaaS reading.
  if (isAsanaUrl(parsed)) return detectAsanaUrl(parsed);
  if (isTrelloUrl(parsed)) return detectTrelloUrl(parsed);
  if (isJiraCloudUrl(parsed)) return detectJiraCloudUrl(parsed);
  const instances = options?.jiraDataCenter;
  return detectJiraDataCenterUrl(parsed, Array.isArray(instances) ? instances : []);
}

function parseTrackerUrl(input: unknown): URL | null {
  if (typeof input !== 'string') return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  // Every supported tracker serves its app over TLS only; an http: URL is not the app.
  if (url.protocol !== 'https:') return null;
  // A tracker page's own location never carries credentials.
  if (url.username !== '' || url.password !== '') return null;
  return url;
}
