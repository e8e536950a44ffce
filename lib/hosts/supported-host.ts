import { isAsanaUrl } from './asana/detect-url';
import { isJiraCloudUrl } from './jira/detect-url';
import { isTrelloUrl } from './trello/detect-url';

/**
 * True for any https page on a tracker host the extension serves, whether or not the URL
 * names a project: the sender check must accept a content script on e.g. `/jira/your-work`.
 */
export function isSupportedHostUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  return isJiraCloudUrl(parsed) || isAsanaUrl(parsed) || isTrelloUrl(parsed);
}
