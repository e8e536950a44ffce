const CLOUD_HOSTS = /^(?:[a-z0-9-]+\.atlassian\.net|app\.asana\.com|trello\.com)$/i;

/**
 * True for any https page on a tracker host the extension serves, whether or not the URL
 * names a project: the sender check must accept a content script on e.g. `/jira/your-work`.
 */
export function isSupportedHostUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && CLOUD_HOSTS.test(parsed.hostname) && !parsed.port;
  } catch {
    return false;
  }
}
