import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAsanaUrl } from '../../../lib/hosts/asana/detect-url';
import { detectContext, type DetectOptions } from '../../../lib/hosts/detect';
import { detectJiraCloudUrl, detectJiraDataCenterUrl } from '../../../lib/hosts/jira/detect-url';
import { detectTrelloUrl } from '../../../lib/hosts/trello/detect-url';
import {
  hostContextSchema,
  type AsanaContext,
  type HostContext,
  type JiraContext,
  type TrelloContext,
} from '../../../lib/model/host-context';

const CLOUD = 'https://acme.atlassian.net';
const DC = 'https://jira.example.com';
const DC_ROOT = 'https://tracker.example.org:8443';
const ASANA = 'https://app.asana.com';
const TRELLO = 'https://trello.com';

const DC_INSTANCES = [
  { origin: DC, contextPath: '/jira' },
  { origin: DC_ROOT, contextPath: '' },
];
const OPTIONS: DetectOptions = { jiraDataCenter: DC_INSTANCES };

type JiraIds = Pick<JiraContext, 'projectKey' | 'issueKey' | 'boardId'>;
const cloud = (page: JiraContext['page'], ids: JiraIds): JiraContext => ({
  tool: 'jira',
  site: CLOUD,
  deployment: 'cloud',
  contextPath: '',
  page,
  ...ids,
});
const dataCenter = (
  site: string,
  contextPath: string,
  page: JiraContext['page'],
  ids: JiraIds,
): JiraContext => ({ tool: 'jira', site, deployment: 'datacenter', contextPath, page, ...ids });
const asana = (
  page: AsanaContext['page'],
  ids: Pick<AsanaContext, 'workspaceGid' | 'projectGid' | 'taskGid'>,
): AsanaContext => ({ tool: 'asana', site: ASANA, page, ...ids });
const trello = (
  page: TrelloContext['page'],
  ids: Pick<TrelloContext, 'boardShortLink' | 'cardShortLink'>,
): TrelloContext => ({ tool: 'trello', site: TRELLO, page, ...ids });

type Case = [url: string, expected: HostContext | null];

const JIRA_CLOUD_CASES: Case[] = [
  [`${CLOUD}/browse/ACME-12`, cloud('issue', { projectKey: 'ACME', issueKey: 'ACME-12' })],
  [
    `${CLOUD}/browse/ACME-12?focusedCommentId=10001#comment-10001`,
    cloud('issue', { projectKey: 'ACME', issueKey: 'ACME-12' }),
  ],
  [`${CLOUD}/browse/acme-12`, cloud('issue', { projectKey: 'ACME', issueKey: 'ACME-12' })],
  [`${CLOUD}/browse/A1B_2-10/`, cloud('issue', { projectKey: 'A1B_2', issueKey: 'A1B_2-10' })],
  [`${CLOUD}/jira/browse/ACME-12`, cloud('issue', { projectKey: 'ACME', issueKey: 'ACME-12' })],
  [`${CLOUD}/browse/ACME`, cloud('project', { projectKey: 'ACME' })],
  [
    `${CLOUD}/jira/software/projects/ACME/boards/3`,
    cloud('board', { projectKey: 'ACME', boardId: '3' }),
  ],
  [
    `${CLOUD}/jira/software/projects/ACME/boards/3?selectedIssue=ACME-12`,
    cloud('board', { projectKey: 'ACME', boardId: '3', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/jira/software/projects/ACME/boards/3/backlog`,
    cloud('backlog', { projectKey: 'ACME', boardId: '3' }),
  ],
  [
    `${CLOUD}/jira/software/projects/ACME/boards/3/backlog?selectedIssue=ACME-12`,
    cloud('backlog', { projectKey: 'ACME', boardId: '3', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/jira/software/projects/ACME/boards/3/reports/cumulative-flow-diagram`,
    cloud('other', { projectKey: 'ACME', boardId: '3' }),
  ],
  [
    `${CLOUD}/jira/software/projects/ACME/boards/3/timeline?selectedIssue=ACME-5`,
    cloud('other', { projectKey: 'ACME', boardId: '3', issueKey: 'ACME-5' }),
  ],
  [
    `${CLOUD}/jira/software/c/projects/ACME/boards/7`,
    cloud('board', { projectKey: 'ACME', boardId: '7' }),
  ],
  [
    `${CLOUD}/jira/software/c/projects/ACME/boards/7/backlog?selectedIssue=OPS-4`,
    cloud('backlog', { projectKey: 'ACME', boardId: '7', issueKey: 'OPS-4' }),
  ],
  [`${CLOUD}/jira/software/projects/ACME/summary`, cloud('project', { projectKey: 'ACME' })],
  [`${CLOUD}/jira/software/projects/ACME/list`, cloud('other', { projectKey: 'ACME' })],
  [`${CLOUD}/jira/software/projects/ACME/timeline`, cloud('other', { projectKey: 'ACME' })],
  [
    `${CLOUD}/jira/software/projects/ACME/issues/ACME-12`,
    cloud('issues', { projectKey: 'ACME', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/jira/software/projects/ACME/issues?jql=project%3DACME&selectedIssue=ACME-12`,
    cloud('issues', { projectKey: 'ACME', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/jira/software/c/projects/ACME/issues/?filter=allissues`,
    cloud('issues', { projectKey: 'ACME' }),
  ],
  [`${CLOUD}/jira/core/projects/OPS/board`, cloud('board', { projectKey: 'OPS' })],
  [
    `${CLOUD}/jira/core/projects/OPS/list?selectedIssue=OPS-3`,
    cloud('other', { projectKey: 'OPS', issueKey: 'OPS-3' }),
  ],
  [
    `${CLOUD}/jira/servicedesk/projects/HELP/queues/custom/1`,
    cloud('queue', { projectKey: 'HELP' }),
  ],
  [
    `${CLOUD}/jira/servicedesk/projects/HELP/queues/custom/1/HELP-42`,
    cloud('queue', { projectKey: 'HELP', issueKey: 'HELP-42' }),
  ],
  [
    `${CLOUD}/projects/ACME/issues/ACME-12?filter=allopenissues`,
    cloud('issues', { projectKey: 'ACME', issueKey: 'ACME-12' }),
  ],
  [`${CLOUD}/projects/ACME`, cloud('project', { projectKey: 'ACME' })],
  [
    `${CLOUD}/issues/?jql=assignee%3DcurrentUser()&selectedIssue=ACME-12`,
    cloud('issues', { projectKey: 'ACME', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/issues/ACME-12?filter=-1`,
    cloud('issues', { projectKey: 'ACME', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/secure/RapidBoard.jspa?rapidView=3&projectKey=ACME`,
    cloud('board', { projectKey: 'ACME', boardId: '3' }),
  ],
  [
    `${CLOUD}/secure/RapidBoard.jspa?rapidView=3&view=planning&selectedIssue=ACME-12`,
    cloud('backlog', { projectKey: 'ACME', boardId: '3', issueKey: 'ACME-12' }),
  ],
  [
    `${CLOUD}/secure/RapidBoard.jspa?rapidView=3&view=reporting&chart=burndownChart`,
    cloud('other', { boardId: '3' }),
  ],
  [`${CLOUD}/secure/RapidBoard.jspa?rapidView=3`, cloud('board', { boardId: '3' })],
  // Nothing project-specific, or not Jira at all (Confluence shares the host).
  [`${CLOUD}/jira/your-work`, null],
  [`${CLOUD}/jira/projects`, null],
  [`${CLOUD}/jira/dashboards/10001`, null],
  [`${CLOUD}/jira/settings/issues/issue-types`, null],
  [`${CLOUD}/jira/software/projects`, null],
  [`${CLOUD}/secure/Dashboard.jspa`, null],
  [`${CLOUD}/issues/?jql=project%3DACME`, null],
  [`${CLOUD}/wiki/spaces/ENG/pages/123/ACME-12+notes`, null],
];

const JIRA_DC_CASES: Case[] = [
  [
    `${DC}/jira/browse/OPS-7`,
    dataCenter(DC, '/jira', 'issue', { projectKey: 'OPS', issueKey: 'OPS-7' }),
  ],
  [
    `${DC}/jira/secure/RapidBoard.jspa?rapidView=12&projectKey=OPS&view=planning`,
    dataCenter(DC, '/jira', 'backlog', { projectKey: 'OPS', boardId: '12' }),
  ],
  [
    `${DC}/jira/projects/OPS/issues/OPS-7?filter=allopenissues`,
    dataCenter(DC, '/jira', 'issues', { projectKey: 'OPS', issueKey: 'OPS-7' }),
  ],
  [
    `${DC_ROOT}/browse/WEB-3`,
    dataCenter(DC_ROOT, '', 'issue', { projectKey: 'WEB', issueKey: 'WEB-3' }),
  ],
];

const GID_WS = '1100000000000001';
const GID_USER = '1100000000000002';
const GID_P = '1201234567890123';
const GID_T = '1209876543210987';
const GID_C = '1210000000000005';

const ASANA_CASES: Case[] = [
  [`${ASANA}/0/${GID_P}/${GID_T}`, asana('task', { projectGid: GID_P, taskGid: GID_T })],
  [`${ASANA}/0/${GID_P}/${GID_T}/f`, asana('task', { projectGid: GID_P, taskGid: GID_T })],
  [`${ASANA}/0/0/${GID_T}`, asana('task', { taskGid: GID_T })],
  [`${ASANA}/0/0/${GID_T}/f`, asana('task', { taskGid: GID_T })],
  [`${ASANA}/0/${GID_P}/list`, asana('project', { projectGid: GID_P })],
  [`${ASANA}/0/${GID_P}/board`, asana('project', { projectGid: GID_P })],
  [`${ASANA}/0/${GID_P}/timeline`, asana('project', { projectGid: GID_P })],
  [`${ASANA}/0/${GID_P}/calendar`, asana('project', { projectGid: GID_P })],
  [`${ASANA}/0/${GID_P}/overview`, asana('project', { projectGid: GID_P })],
  [`${ASANA}/0/${GID_P}`, asana('project', { projectGid: GID_P })],
  [`${ASANA}/0/home/${GID_WS}`, null],
  [`${ASANA}/0/inbox/${GID_USER}`, null],
  [
    `${ASANA}/1/${GID_WS}/project/${GID_P}/task/${GID_T}`,
    asana('task', { workspaceGid: GID_WS, projectGid: GID_P, taskGid: GID_T }),
  ],
  [
    `${ASANA}/1/${GID_WS}/project/${GID_P}/task/${GID_T}?focus=true`,
    asana('task', { workspaceGid: GID_WS, projectGid: GID_P, taskGid: GID_T }),
  ],
  [
    `${ASANA}/1/${GID_WS}/project/${GID_P}/task/${GID_T}/comment/${GID_C}`,
    asana('task', { workspaceGid: GID_WS, projectGid: GID_P, taskGid: GID_T }),
  ],
  [`${ASANA}/1/${GID_WS}/task/${GID_T}`, asana('task', { workspaceGid: GID_WS, taskGid: GID_T })],
  [
    `${ASANA}/1/${GID_WS}/task/${GID_T}/comment/${GID_C}?focus=true`,
    asana('task', { workspaceGid: GID_WS, taskGid: GID_T }),
  ],
  ...['list', 'list/1201234567890999', 'board', 'timeline', 'calendar', 'overview'].map(
    (view): Case => [
      `${ASANA}/1/${GID_WS}/project/${GID_P}/${view}`,
      asana('project', { workspaceGid: GID_WS, projectGid: GID_P }),
    ],
  ),
  [
    `${ASANA}/1/${GID_WS}/inbox/${GID_USER}/task/${GID_T}`,
    asana('task', { workspaceGid: GID_WS, taskGid: GID_T }),
  ],
  [`${ASANA}/1/${GID_WS}/home`, null],
  [`${ASANA}/1/${GID_WS}/inbox/${GID_USER}`, null],
  [`${ASANA}/1/${GID_WS}/portfolio/1200000000000003/list`, null],
];

const TRELLO_CASES: Case[] = [
  [`${TRELLO}/b/AbCd1234/acme-roadmap`, trello('board', { boardShortLink: 'AbCd1234' })],
  [`${TRELLO}/b/AbCd1234`, trello('board', { boardShortLink: 'AbCd1234' })],
  [`${TRELLO}/b/AbCd1234/acme-roadmap/calendar`, trello('board', { boardShortLink: 'AbCd1234' })],
  [`${TRELLO}/c/XyZ98765/42-fix-login`, trello('card', { cardShortLink: 'XyZ98765' })],
  [`${TRELLO}/c/XyZ98765`, trello('card', { cardShortLink: 'XyZ98765' })],
  [`${TRELLO}/u/jane/boards`, null],
  [`${TRELLO}/w/acmeworkspace`, null],
  [`${TRELLO}/b/short/acme-roadmap`, null],
];

const FAMILIES = {
  jiraCloud: { cases: JIRA_CLOUD_CASES, detect: (url: URL) => detectJiraCloudUrl(url) },
  jiraDataCenter: {
    cases: JIRA_DC_CASES,
    detect: (url: URL) => detectJiraDataCenterUrl(url, DC_INSTANCES),
  },
  asana: { cases: ASANA_CASES, detect: (url: URL) => detectAsanaUrl(url) },
  trello: { cases: TRELLO_CASES, detect: (url: URL) => detectTrelloUrl(url) },
};
type Family = keyof typeof FAMILIES;
const FAMILY_NAMES = Object.keys(FAMILIES) as Family[];
const ALL_CASES = FAMILY_NAMES.flatMap((family) => FAMILIES[family].cases);

const DETECTOR_SOURCES = [
  'lib/hosts/detect.ts',
  'lib/hosts/jira/detect-url.ts',
  'lib/hosts/asana/detect-url.ts',
  'lib/hosts/trello/detect-url.ts',
];

/** Bare URLs in comments are examples; URLs in backticks or <…> are prose and links. */
function exampleUrlsIn(path: string): string[] {
  const source = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
  return source
    .split('\n')
    .filter((line) => /^\s*(\*|\/\/)/.test(line))
    .flatMap((line) => line.match(/(?<![`<])https:\/\/\S+/g) ?? []);
}

describe('detectContext: URL patterns', () => {
  for (const family of FAMILY_NAMES) {
    it.each(FAMILIES[family].cases)(`${family}: %s`, (url, expected) => {
      const context = detectContext(url, OPTIONS);
      expect(context).toStrictEqual(expected);
      if (context) expect(hostContextSchema.parse(context)).toStrictEqual(context);
    });
  }

  it('reads SaaS URLs the same without Data Center options', () => {
    const saas = [...JIRA_CLOUD_CASES, ...ASANA_CASES, ...TRELLO_CASES];
    for (const [url, expected] of saas) expect(detectContext(url)).toStrictEqual(expected);
  });

  it('has a test row for every example URL in the detectors’ comments', () => {
    const examples = DETECTOR_SOURCES.flatMap(exampleUrlsIn);
    const tested = new Set(ALL_CASES.map(([url]) => url));
    expect(examples.length).toBeGreaterThan(60);
    expect(examples.filter((url) => !tested.has(url))).toEqual([]);
  });

  describe.each(FAMILY_NAMES)('examples of %s', (own) => {
    const others = FAMILY_NAMES.filter((family) => family !== own);
    it.each(FAMILIES[own].cases.map(([url]) => url))('are rejected by other tools: %s', (url) => {
      for (const other of others) expect(FAMILIES[other].detect(new URL(url))).toBeNull();
    });
  });
});

describe('detectContext: hosts and schemes', () => {
  const issuePath = '/browse/ACME-12';
  it.each([
    `https://acme.atlassian.net.evil.com${issuePath}`,
    `https://evilatlassian.net${issuePath}`,
    `https://atlassian.net${issuePath}`,
    `https://a.b.atlassian.net${issuePath}`,
    `https://acme.atlassian.net.${issuePath}`,
    `https://acme.atlassian.com${issuePath}`,
    `https://acme.atlassian.net:8443${issuePath}`,
    `http://acme.atlassian.net${issuePath}`,
    `https://user:secret@acme.atlassian.net${issuePath}`,
    `https://evil.com/?next=https://acme.atlassian.net${issuePath}`,
    `https://evil.com/https://acme.atlassian.net${issuePath}`,
    `https://app.asana.com.evil.com/0/${GID_P}/${GID_T}`,
    `https://evil.app.asana.com/0/${GID_P}/${GID_T}`,
    `https://asana.com/0/${GID_P}/${GID_T}`,
    `https://app.asana.com:444/0/${GID_P}/${GID_T}`,
    `http://app.asana.com/0/${GID_P}/${GID_T}`,
    'https://trello.com.evil.com/b/AbCd1234/x',
    'https://www.trello.com/b/AbCd1234/x',
    'https://eviltrello.com/b/AbCd1234/x',
    'https://trello.com:8443/b/AbCd1234/x',
    'http://trello.com/b/AbCd1234/x',
    `http://jira.example.com/jira/browse/OPS-7`,
    `https://jira.example.com.evil.com/jira/browse/OPS-7`,
    `https://jira.example.com:8443/jira/browse/OPS-7`,
    `ftp://acme.atlassian.net${issuePath}`,
    `acme.atlassian.net${issuePath}`,
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(detectContext(url, OPTIONS)).toBeNull();
  });

  it('accepts a host in any case and the explicit default port', () => {
    expect(detectContext(`https://ACME.Atlassian.NET:443${issuePath}`)).toStrictEqual(
      cloud('issue', { projectKey: 'ACME', issueKey: 'ACME-12' }),
    );
    expect(detectContext('https://TRELLO.com/b/AbCd1234')).toStrictEqual(
      trello('board', { boardShortLink: 'AbCd1234' }),
    );
  });

  it('rejects http: and non-default ports for every example', () => {
    for (const [url] of ALL_CASES) {
      expect(detectContext(url.replace(/^https:/, 'http:'), OPTIONS)).toBeNull();
      const withPort = new URL(url);
      withPort.port = '9443';
      expect(detectContext(withPort.href, OPTIONS)).toBeNull();
    }
  });

  it('never lets a Data Center entry take over a SaaS host', () => {
    const options = {
      jiraDataCenter: [
        { origin: ASANA, contextPath: '' },
        { origin: TRELLO, contextPath: '' },
        { origin: CLOUD, contextPath: '' },
      ],
    };
    expect(detectContext(`${ASANA}/browse/ACME-1`, options)).toBeNull();
    expect(detectContext(`${TRELLO}/browse/ACME-1`, options)).toBeNull();
    expect(detectContext(`${CLOUD}${issuePath}`, options)).toMatchObject({ deployment: 'cloud' });
  });
});

describe('detectContext: Jira Data Center configuration', () => {
  const issue = (contextPath: string) =>
    dataCenter(DC, contextPath, 'issue', { projectKey: 'OPS', issueKey: 'OPS-7' });

  it.each(['/jira', '/jira/', 'jira', 'jira/'])('normalises the context path %j', (path) => {
    const options = { jiraDataCenter: [{ origin: DC, contextPath: path }] };
    expect(detectContext(`${DC}/jira/browse/OPS-7`, options)).toStrictEqual(issue('/jira'));
  });

  it.each(['', '/'])('treats %j as no context path', (path) => {
    const options = { jiraDataCenter: [{ origin: `${DC}/`, contextPath: path }] };
    expect(detectContext(`${DC}/browse/OPS-7`, options)).toStrictEqual(issue(''));
  });

  it('needs the path under the context path, matched exactly', () => {
    const options = { jiraDataCenter: [{ origin: DC, contextPath: '/jira' }] };
    expect(detectContext(`${DC}/browse/OPS-7`, options)).toBeNull();
    expect(detectContext(`${DC}/jiraX/browse/OPS-7`, options)).toBeNull();
    expect(detectContext(`${DC}/JIRA/browse/OPS-7`, options)).toBeNull();
    expect(detectContext(`${DC}/jira`, options)).toBeNull();
  });

  it('compares the origin, not its spelling', () => {
    const options = {
      jiraDataCenter: [{ origin: 'https://JIRA.Example.com:443', contextPath: '/jira' }],
    };
    expect(detectContext('https://jira.EXAMPLE.com/jira/browse/OPS-7', options)).toStrictEqual(
      issue('/jira'),
    );
  });

  it('prefers the longest matching context path', () => {
    const options = {
      jiraDataCenter: [
        { origin: DC, contextPath: '' },
        { origin: DC, contextPath: '/jira' },
      ],
    };
    expect(detectContext(`${DC}/jira/browse/OPS-7`, options)).toStrictEqual(issue('/jira'));
    expect(detectContext(`${DC}/browse/OPS-7`, options)).toStrictEqual(issue(''));
  });

  it('ignores unusable entries instead of throwing', () => {
    const junk = [
      { origin: 'http://jira.example.com', contextPath: '/jira' },
      { origin: 'not a url', contextPath: '/jira' },
      null,
      { origin: 42, contextPath: null },
    ] as unknown as DetectOptions['jiraDataCenter'];
    expect(detectContext(`${DC}/jira/browse/OPS-7`, { jiraDataCenter: junk })).toBeNull();
    expect(
      detectContext(`${DC}/jira/browse/OPS-7`, { jiraDataCenter: 'x' } as unknown as DetectOptions),
    ).toBeNull();
    expect(detectContext(`${DC}/jira/browse/OPS-7`, null as unknown as DetectOptions)).toBeNull();
  });
});

describe('detectContext: details', () => {
  it('ignores malformed selected issues and board ids', () => {
    expect(
      detectContext(`${CLOUD}/jira/software/projects/ACME/boards/3?selectedIssue=nope`),
    ).toStrictEqual(cloud('board', { projectKey: 'ACME', boardId: '3' }));
    expect(detectContext(`${CLOUD}/jira/software/projects/ACME/boards/x`)).toStrictEqual(
      cloud('other', { projectKey: 'ACME' }),
    );
    expect(detectContext(`${CLOUD}/secure/RapidBoard.jspa?rapidView=abc`)).toBeNull();
  });

  it('rejects invalid Jira keys', () => {
    for (const path of [
      '/browse/1ACME-1',
      '/browse/AC-ME-1',
      '/browse/ACME-',
      '/browse/-1',
      '/browse/ACME-12/extra',
      '/jira/software/projects/1X/boards/3',
      '/jira/unknown/projects/ACME/boards/3',
    ]) {
      expect(detectContext(`${CLOUD}${path}`)).toBeNull();
    }
  });

  it('rejects Asana and Trello URLs with malformed ids', () => {
    for (const path of [
      '/0/abc/123',
      '/0/0',
      '/0/0/list',
      `/0/${GID_P}/${GID_T}/extra`,
      `/0/${GID_P}/list/more`,
      '/1/abc/project/1/task/2',
      `/1/${GID_WS}/project/abc/task/xyz`,
      '/2/1/project/1',
      '/',
    ]) {
      expect(detectContext(`${ASANA}${path}`)).toBeNull();
    }
    for (const path of ['/b/AbCd123', '/b/AbCd12345', '/b/AbCd-123', '/x/AbCd1234', '/b']) {
      expect(detectContext(`${TRELLO}${path}`)).toBeNull();
    }
  });
});

describe('detectContext: properties', () => {
  const KNOWN_HOST = /^(?:[a-z0-9-]+\.atlassian\.net|app\.asana\.com|trello\.com)$/;
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
  const validPaths = [
    '/browse/ACME-12',
    '/jira/software/projects/ACME/boards/3',
    `/0/${GID_P}/${GID_T}`,
    `/1/${GID_WS}/project/${GID_P}/task/${GID_T}`,
    '/b/AbCd1234/acme',
    '/c/XyZ98765',
  ];

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (input) => {
        expect(() => detectContext(input, OPTIONS)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on web URLs and only recognises known hosts', () => {
    const urls = fc.webUrl({
      validSchemes: ['https', 'http'],
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withPort: true, withUserInfo: true, withIPv4: true, withIPv6: true },
    });
    fc.assert(
      fc.property(urls, (url) => {
        const context = detectContext(url, OPTIONS);
        if (context === null) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.port).toBe('');
        expect(parsed.hostname).toMatch(KNOWN_HOST);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns null or a valid context on its own site for any path on a tracker host', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        ...'browse jira software core servicedesk c projects boards backlog board issues queues custom secure RapidBoard.jspa summary 0 1 f project task comment b w u home inbox ACME acme ACME-12 A1B-10 3 1201234567890123 AbCd1234 XyZ98765 ..'.split(
          ' ',
        ),
      ),
      fc.string(),
    );
    const query = fc.constantFrom(
      '',
      '?selectedIssue=ACME-1',
      '?selectedIssue=',
      '?rapidView=3&projectKey=acme&view=planning',
      '?rapidView=&projectKey=',
      '?focus=true',
    );
    const origin = fc.constantFrom(CLOUD, ASANA, TRELLO, DC, DC_ROOT);
    fc.assert(
      fc.property(origin, fc.array(segment, { maxLength: 8 }), query, (site, parts, search) => {
        const url = `${site}${site === DC ? '/jira' : ''}/${parts.join('/')}${search}`;
        const context = detectContext(url, OPTIONS);
        if (context === null) return;
        expect(hostContextSchema.safeParse(context).success).toBe(true);
        expect(context.site).toBe(new URL(url).origin);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects look-alike hosts whatever the path', () => {
    const lookAlike = fc.oneof(
      fc.tuple(label, fc.domain()).map(([x, y]) => `${x}.atlassian.net.${y}`),
      label.map((x) => `${x}atlassian.net`),
      fc.tuple(label, label).map(([x, y]) => `${x}.${y}.atlassian.net`),
      fc.domain().map((y) => `app.asana.com.${y}`),
      label.map((x) => `${x}.app.asana.com`),
      fc.domain().map((y) => `trello.com.${y}`),
      label.map((x) => `${x}trello.com`),
      label.map((x) => `${x}.trello.com`),
    );
    fc.assert(
      fc.property(lookAlike, fc.constantFrom(...validPaths), (host, path) => {
        expect(detectContext(`https://${host}${path}`, OPTIONS)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any valid Jira issue key on any tenant', () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,9}$/);
    fc.assert(
      fc.property(label, key, fc.nat(), (tenant, projectKey, number) => {
        const site = `https://${tenant}.atlassian.net`;
        const issueKey = `${projectKey}-${number}`.toUpperCase();
        expect(detectContext(`${site}/browse/${projectKey}-${number}`)).toStrictEqual({
          ...cloud('issue', { projectKey: projectKey.toUpperCase(), issueKey }),
          site,
        });
      }),
    );
  });

  it('reads any Asana gids and Trello short links', () => {
    const gid = fc.stringMatching(/^[1-9]\d{0,18}$/);
    const shortLink = fc.stringMatching(/^[A-Za-z0-9]{8}$/);
    fc.assert(
      fc.property(gid, gid, gid, (ws, project, task) => {
        expect(detectContext(`${ASANA}/1/${ws}/project/${project}/task/${task}`)).toStrictEqual(
          asana('task', { workspaceGid: ws, projectGid: project, taskGid: task }),
        );
        expect(detectContext(`${ASANA}/0/${project}/${task}`)).toStrictEqual(
          asana('task', { projectGid: project, taskGid: task }),
        );
      }),
    );
    fc.assert(
      fc.property(shortLink, (link) => {
        expect(detectContext(`${TRELLO}/b/${link}/slug`)).toStrictEqual(
          trello('board', { boardShortLink: link }),
        );
        expect(detectContext(`${TRELLO}/c/${link}`)).toStrictEqual(
          trello('card', { cardShortLink: link }),
        );
      }),
    );
  });
});
