import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { jiraSiteSchema, type JiraSite } from '../model/jira-site';

/**
 * The self-hosted Jira sites added on this device. Kept in local (not synced) storage: the
 * host permission that makes them work is granted per browser, so each device adds its own.
 * Content scripts read it too, to recognise those sites' URLs.
 */
const jiraSitesItem = storage.defineItem<unknown>('local:jiraDataCenterSites', { fallback: [] });

const sitesSchema = z.array(z.unknown()).catch([]);

export async function readJiraSites(): Promise<JiraSite[]> {
  // Drop any entry that no longer validates instead of failing every page.
  return sitesSchema.parse(await jiraSitesItem.getValue()).flatMap((entry) => {
    const parsed = jiraSiteSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function writeJiraSites(sites: JiraSite[]): Promise<void> {
  await jiraSitesItem.setValue(sites);
}

export function watchJiraSites(listener: () => void): () => void {
  return jiraSitesItem.watch(listener);
}
