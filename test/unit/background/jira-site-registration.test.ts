import { beforeEach, describe, expect, it } from 'vitest';
import {
  JIRA_PAGE_SCRIPT,
  JIRA_SITES_SCRIPT_ID,
  syncJiraSiteRegistration,
  type RegistrationApi,
  type RegisteredScript,
} from '@/lib/background/jira-site-registration';

/** An in-memory stand-in for `scripting` dynamic registrations and granted origins. */
function fakeRegistrationApi() {
  const registered = new Map<string, RegisteredScript & { js: string[] }>();
  const granted = new Set<string>();
  let writes = 0;
  const api: RegistrationApi = {
    async getRegisteredContentScripts({ ids }) {
      return ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []));
    },
    async registerContentScripts(scripts) {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
      writes++;
    },
    async unregisterContentScripts({ ids }) {
      for (const id of ids) registered.delete(id);
      writes++;
    },
    async hasOriginPermission(pattern) {
      return granted.has(pattern);
    },
  };
  return { api, registered, granted, writes: () => writes };
}

const ops = { origin: 'https://jira.example.com', contextPath: '/jira' };
const legacy = { origin: 'https://tracker.example.org', contextPath: '' };

describe('syncJiraSiteRegistration', () => {
  let fake: ReturnType<typeof fakeRegistrationApi>;
  beforeEach(() => {
    fake = fakeRegistrationApi();
  });

  it('registers the Jira page script for every granted site', async () => {
    fake.granted.add('https://jira.example.com/*');
    fake.granted.add('https://tracker.example.org/*');
    expect(await syncJiraSiteRegistration(fake.api, [ops, legacy])).toEqual([ops, legacy]);
    expect(fake.registered.get(JIRA_SITES_SCRIPT_ID)).toMatchObject({
      matches: ['https://jira.example.com/*', 'https://tracker.example.org/*'],
      js: [JIRA_PAGE_SCRIPT],
    });
  });

  it('leaves out a site whose permission was not granted or was revoked', async () => {
    fake.granted.add('https://jira.example.com/*');
    await syncJiraSiteRegistration(fake.api, [ops, legacy]);
    expect(fake.registered.get(JIRA_SITES_SCRIPT_ID)?.matches).toEqual([
      'https://jira.example.com/*',
    ]);

    fake.granted.clear();
    expect(await syncJiraSiteRegistration(fake.api, [ops, legacy])).toEqual([]);
    expect(fake.registered.has(JIRA_SITES_SCRIPT_ID)).toBe(false);
  });

  it('does not touch the registration when nothing changed, and replaces it when something did', async () => {
    fake.granted.add('https://jira.example.com/*');
    await syncJiraSiteRegistration(fake.api, [ops]);
    const afterFirst = fake.writes();
    await syncJiraSiteRegistration(fake.api, [ops]);
    expect(fake.writes()).toBe(afterFirst);

    fake.granted.add('https://tracker.example.org/*');
    await syncJiraSiteRegistration(fake.api, [ops, legacy]);
    expect(fake.registered.get(JIRA_SITES_SCRIPT_ID)?.matches).toHaveLength(2);
  });

  it('registers one pattern for two context paths on the same origin', async () => {
    fake.granted.add('https://jira.example.com/*');
    await syncJiraSiteRegistration(fake.api, [ops, { ...ops, contextPath: '' }]);
    expect(fake.registered.get(JIRA_SITES_SCRIPT_ID)?.matches).toEqual([
      'https://jira.example.com/*',
    ]);
  });
});
