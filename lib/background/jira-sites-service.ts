import type { JiraSite } from '../model/jira-site';
import { readJiraSites, writeJiraSites } from '../hosts/jira-sites-store';
import type { JiraSitesService } from './handlers';
import { syncJiraSiteRegistration, type RegistrationApi } from './jira-site-registration';

const sameSite = (a: JiraSite, b: JiraSite) =>
  a.origin === b.origin && a.contextPath === b.contextPath;

/**
 * Stores the self-hosted Jira sites and keeps the content-script registration in step. The
 * options page requests the host permission (it needs the user's click) before `add`.
 */
export function createJiraSitesService(api: RegistrationApi): JiraSitesService & {
  /** Re-applies the registration, e.g. after the user revoked a permission in the browser. */
  resync(): Promise<JiraSite[]>;
} {
  const resync = async () => syncJiraSiteRegistration(api, await readJiraSites());
  return {
    resync,
    async list() {
      const sites = await readJiraSites();
      const granted: JiraSite[] = [];
      for (const site of sites) {
        if (await api.hasOriginPermission(`${site.origin}/*`)) granted.push(site);
      }
      return granted;
    },
    async add(site) {
      const sites = await readJiraSites();
      if (!sites.some((known) => sameSite(known, site))) await writeJiraSites([...sites, site]);
      return resync();
    },
    async remove(site) {
      await writeJiraSites((await readJiraSites()).filter((known) => !sameSite(known, site)));
      return resync();
    },
  };
}
