import { jiraSiteMatchPattern, type JiraSite } from '../model/jira-site';

/** The one dynamic content-script registration that covers every self-hosted Jira site. */
export const JIRA_SITES_SCRIPT_ID = 'partner-lens-jira-self-hosted';
/** The same small script that Jira Cloud pages load from the manifest. */
export const JIRA_PAGE_SCRIPT = 'content-scripts/jira.js';

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The parts of `browser.scripting` and `browser.permissions` this needs (injected for tests). */
export interface RegistrationApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(
    scripts: {
      id: string;
      matches: string[];
      js: string[];
      runAt: 'document_idle';
      persistAcrossSessions: boolean;
    }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  hasOriginPermission(pattern: string): Promise<boolean>;
}

/**
 * Makes the registered content script match exactly the self-hosted sites whose host
 * permission is granted right now: added sites start getting the overlay, removed or revoked
 * ones stop. Returns the sites that are active. Safe to call repeatedly (on start-up, after
 * each change, when the user revokes a permission in the browser's settings).
 */
export async function syncJiraSiteRegistration(
  api: RegistrationApi,
  sites: readonly JiraSite[],
): Promise<JiraSite[]> {
  const granted: JiraSite[] = [];
  for (const site of sites) {
    if (await api.hasOriginPermission(jiraSiteMatchPattern(site))) granted.push(site);
  }
  const matches = [...new Set(granted.map(jiraSiteMatchPattern))].sort();
  const [current] = await api.getRegisteredContentScripts({ ids: [JIRA_SITES_SCRIPT_ID] });
  const currentMatches = [...(current?.matches ?? [])].sort();
  if (current && currentMatches.join(' ') === matches.join(' ')) return granted;
  if (current) await api.unregisterContentScripts({ ids: [JIRA_SITES_SCRIPT_ID] });
  if (matches.length > 0) {
    await api.registerContentScripts([
      {
        id: JIRA_SITES_SCRIPT_ID,
        matches,
        js: [JIRA_PAGE_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
