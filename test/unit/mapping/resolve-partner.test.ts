import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findConflicts,
  resolvePartner,
  scopeIdForContext,
} from '../../../lib/mapping/resolve-partner';
import type { HostContext } from '../../../lib/model/host-context';
import { partnerSchema, type Partner } from '../../../lib/model/partner';
import { scopeSchema, type Scope } from '../../../lib/model/scope';

// ---- Factory: schema-valid records with predictable ids and times ----

let sequence = 0;
function nextUuid(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

function meta(createdAt = '2026-01-01T00:00:00.000Z') {
  return {
    id: nextUuid(),
    createdAt,
    updatedAt: createdAt,
    hlc: 'x',
    deviceId: 'd',
    deleted: false,
  };
}

function makePartner(name: string, overrides: Partial<Partner> = {}): Partner {
  return partnerSchema.parse({ ...meta(), name, ...overrides });
}

function makeScope(partner: Partner, fields: Partial<Scope> & Pick<Scope, 'tool' | 'ids'>): Scope {
  const site =
    fields.tool === 'jira'
      ? JIRA_SITE
      : fields.tool === 'asana'
        ? 'https://app.asana.com'
        : 'https://trello.com';
  return scopeSchema.parse({
    ...meta(fields.createdAt),
    partnerId: partner.id,
    site,
    label: '',
    ...fields,
  });
}

const JIRA_SITE = 'https://acme.atlassian.net';

const jiraContext = (projectKey?: string, site = JIRA_SITE): HostContext => ({
  tool: 'jira',
  site,
  deployment: 'cloud',
  contextPath: '',
  page: 'board',
  ...(projectKey ? { projectKey } : {}),
});

const acme = makePartner('Acme Corp');
const beta = makePartner('Beta Ltd');
const gamma = makePartner('Gamma GmbH');

describe('scopeIdForContext', () => {
  it.each<[string, HostContext, ReturnType<typeof scopeIdForContext>]>([
    ['a Jira project', jiraContext('ACME'), { tool: 'jira', site: JIRA_SITE, id: 'ACME' }],
    ['a lower-case Jira key', jiraContext('acme'), { tool: 'jira', site: JIRA_SITE, id: 'ACME' }],
    [
      'a site spelled in capitals',
      jiraContext('ACME', 'https://ACME.atlassian.net'),
      { tool: 'jira', site: JIRA_SITE, id: 'ACME' },
    ],
    ['a Jira board without a project', jiraContext(undefined), null],
    [
      'an Asana project',
      {
        tool: 'asana',
        site: 'https://app.asana.com',
        page: 'task',
        projectGid: '12',
        taskGid: '34',
      },
      { tool: 'asana', site: 'https://app.asana.com', id: '12' },
    ],
    [
      'an Asana task outside a project',
      { tool: 'asana', site: 'https://app.asana.com', page: 'task', taskGid: '34' },
      null,
    ],
    [
      'a Trello board',
      { tool: 'trello', site: 'https://trello.com', page: 'board', boardShortLink: 'AbCd1234' },
      { tool: 'trello', site: 'https://trello.com', id: 'AbCd1234' },
    ],
    [
      'a Trello card before its board is known',
      { tool: 'trello', site: 'https://trello.com', page: 'card', cardShortLink: 'XyZ98765' },
      null,
    ],
    [
      'a Trello card with its board looked up',
      {
        tool: 'trello',
        site: 'https://trello.com',
        page: 'card',
        cardShortLink: 'XyZ98765',
        boardShortLink: 'AbCd1234',
      },
      { tool: 'trello', site: 'https://trello.com', id: 'AbCd1234' },
    ],
    ['a context with an unusable site', jiraContext('ACME', 'not a url'), null],
  ])('%s', (_name, context, expected) => {
    expect(scopeIdForContext(context)).toStrictEqual(expected);
  });
});

describe('resolvePartner', () => {
  it('finds the partner whose scope lists the project, and says why', () => {
    const scope = makeScope(acme, { tool: 'jira', ids: ['OPS', 'ACME'] });
    expect(resolvePartner(jiraContext('ACME'), [scope], [acme, beta])).toStrictEqual({
      partner: acme,
      scope,
      matchedId: 'ACME',
      reason: 'Jira project ACME on acme.atlassian.net is mapped to Acme Corp.',
    });
  });

  it('names the scope label in the reason', () => {
    const scope = makeScope(acme, { tool: 'jira', ids: ['ACME'], label: 'Platform team' });
    expect(resolvePartner(jiraContext('ACME'), [scope], [acme])?.reason).toBe(
      'Jira project ACME on acme.atlassian.net is mapped to Acme Corp (scope “Platform team”).',
    );
  });

  it('explains Asana and Trello matches in their own words', () => {
    const asanaScope = makeScope(beta, { tool: 'asana', ids: ['1201234567890123'] });
    const trelloScope = makeScope(gamma, { tool: 'trello', ids: ['AbCd1234'] });
    const scopes = [asanaScope, trelloScope];
    const partners = [beta, gamma];
    const asanaContext: HostContext = {
      tool: 'asana',
      site: 'https://app.asana.com',
      page: 'project',
      projectGid: '1201234567890123',
    };
    const trelloContext: HostContext = {
      tool: 'trello',
      site: 'https://trello.com',
      page: 'board',
      boardShortLink: 'AbCd1234',
    };
    expect(resolvePartner(asanaContext, scopes, partners)?.reason).toBe(
      'Asana project 1201234567890123 on app.asana.com is mapped to Beta Ltd.',
    );
    expect(resolvePartner(trelloContext, scopes, partners)?.reason).toBe(
      'Trello board AbCd1234 on trello.com is mapped to Gamma GmbH.',
    );
  });

  it('compares Jira keys case-insensitively and reports the id as the scope lists it', () => {
    const stored = makeScope(acme, { tool: 'jira', ids: ['ACME'] });
    // Records written before keys were validated may hold lower case.
    const legacy: Scope = { ...stored, ids: ['acme'] };
    expect(resolvePartner(jiraContext('acme'), [stored], [acme])?.matchedId).toBe('ACME');
    expect(resolvePartner(jiraContext('ACME'), [legacy], [acme])?.matchedId).toBe('acme');
  });

  it('compares Trello short links and Asana gids exactly', () => {
    const scope = makeScope(acme, { tool: 'trello', ids: ['AbCd1234'] });
    const context: HostContext = {
      tool: 'trello',
      site: 'https://trello.com',
      page: 'board',
      boardShortLink: 'abcd1234',
    };
    expect(resolvePartner(context, [scope], [acme])).toBeNull();
  });

  it('compares sites by origin, ignoring the case of the host', () => {
    const scope: Scope = {
      ...makeScope(acme, { tool: 'jira', ids: ['ACME'] }),
      site: 'https://ACME.Atlassian.net',
    };
    expect(resolvePartner(jiraContext('ACME'), [scope], [acme])?.partner).toBe(acme);
    expect(
      resolvePartner(jiraContext('ACME', 'https://other.atlassian.net'), [scope], [acme]),
    ).toBeNull();
  });

  it('needs the same tool', () => {
    const scope = makeScope(acme, { tool: 'jira', ids: ['ACME'] });
    const sameSiteOtherTool = { ...scope, tool: 'trello' as const, site: 'https://trello.com' };
    const trelloContext: HostContext = {
      tool: 'trello',
      site: 'https://trello.com',
      page: 'board',
      boardShortLink: 'ACME0000',
    };
    expect(resolvePartner(trelloContext, [sameSiteOtherTool], [acme])).toBeNull();
    expect(resolvePartner(jiraContext('ACME'), [sameSiteOtherTool], [acme])).toBeNull();
  });

  it('returns null when nothing is mapped or the context names no scope id', () => {
    const scope = makeScope(acme, { tool: 'jira', ids: ['ACME'] });
    expect(resolvePartner(jiraContext('OPS'), [scope], [acme])).toBeNull();
    expect(resolvePartner(jiraContext(undefined), [scope], [acme])).toBeNull();
    expect(resolvePartner(jiraContext('ACME'), [], [acme])).toBeNull();
  });

  it('ignores deleted scopes, deleted partners and scopes whose partner is missing', () => {
    const deletedScope = { ...makeScope(acme, { tool: 'jira', ids: ['ACME'] }), deleted: true };
    const deletedPartner = { ...beta, deleted: true };
    const orphan = makeScope(makePartner('Gone'), { tool: 'jira', ids: ['ACME'] });
    const ofDeletedPartner = makeScope(beta, { tool: 'jira', ids: ['ACME'] });
    const live = makeScope(gamma, { tool: 'jira', ids: ['ACME'] });
    const partners = [acme, deletedPartner, gamma];
    const scopes = [deletedScope, orphan, ofDeletedPartner];
    expect(resolvePartner(jiraContext('ACME'), scopes, partners)).toBeNull();
    const match = resolvePartner(jiraContext('ACME'), [...scopes, live], partners);
    expect(match?.partner).toBe(gamma);
    // Claims that cannot match are not rivals either.
    expect(match?.reason).toBe('Jira project ACME on acme.atlassian.net is mapped to Gamma GmbH.');
  });

  describe('when several scopes claim the same id', () => {
    const early = makeScope(beta, {
      tool: 'jira',
      ids: ['ACME'],
      createdAt: '2026-01-01T09:00:00.000Z',
      updatedAt: '2026-01-01T09:00:00.000Z',
    });
    const late = makeScope(acme, {
      tool: 'jira',
      ids: ['ACME'],
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-02-01T09:00:00.000Z',
    });

    it('uses the scope created first, even when another was edited later', () => {
      const editedEarly = { ...early, updatedAt: '2026-01-01T09:00:00.000Z' };
      const editedLate = { ...late, updatedAt: '2026-03-01T09:00:00.000Z', label: 'renamed' };
      for (const scopes of [
        [editedEarly, editedLate],
        [editedLate, editedEarly],
      ]) {
        const match = resolvePartner(jiraContext('ACME'), scopes, [acme, beta]);
        expect(match?.partner).toBe(beta);
        expect(match?.scope).toBe(editedEarly);
        expect(match?.reason).toBe(
          'Jira project ACME on acme.atlassian.net is mapped to Beta Ltd. Acme Corp also claims it; the mapping created first is used until the others are removed.',
        );
      }
    });

    it('lists every rival partner once', () => {
      const third = makeScope(gamma, {
        tool: 'jira',
        ids: ['ACME'],
        createdAt: '2026-03-01T09:00:00.000Z',
      });
      const secondOfAcme = makeScope(acme, {
        tool: 'jira',
        ids: ['ACME'],
        createdAt: '2026-04-01T09:00:00.000Z',
      });
      const match = resolvePartner(
        jiraContext('ACME'),
        [secondOfAcme, third, late, early],
        [acme, beta, gamma],
      );
      expect(match?.reason).toBe(
        'Jira project ACME on acme.atlassian.net is mapped to Beta Ltd. Acme Corp and Gamma GmbH also claim it; the mapping created first is used until the others are removed.',
      );
    });

    it('compares creation times as instants, not as text', () => {
      // 10:00 at +02:00 is 08:00 UTC: earlier than `early`, though it sorts later as text.
      const offset = makeScope(gamma, {
        tool: 'jira',
        ids: ['ACME'],
        createdAt: '2026-01-01T10:00:00.000+02:00',
      });
      expect(resolvePartner(jiraContext('ACME'), [early, offset], [beta, gamma])?.partner).toBe(
        gamma,
      );
    });

    it('breaks a tie on creation time by scope id, whatever the order', () => {
      const twin = { ...late, createdAt: early.createdAt };
      const expected = early.id < twin.id ? beta : acme;
      fc.assert(
        fc.property(fc.shuffledSubarray([early, twin], { minLength: 2 }), (scopes) => {
          expect(resolvePartner(jiraContext('ACME'), scopes, [acme, beta])?.partner).toBe(expected);
        }),
      );
    });

    it('does not call a partner its own rival', () => {
      const again = makeScope(beta, {
        tool: 'jira',
        ids: ['ACME'],
        label: 'second',
        createdAt: '2026-06-01T00:00:00.000Z',
      });
      expect(resolvePartner(jiraContext('ACME'), [early, again], [beta])?.reason).toBe(
        'Jira project ACME on acme.atlassian.net is mapped to Beta Ltd.',
      );
    });
  });

  it('gives the same answer for any order of scopes and partners', () => {
    const scopes = [
      makeScope(acme, { tool: 'jira', ids: ['ACME'], createdAt: '2026-01-03T00:00:00.000Z' }),
      makeScope(beta, {
        tool: 'jira',
        ids: ['ACME', 'OPS'],
        createdAt: '2026-01-02T00:00:00.000Z',
      }),
      makeScope(gamma, { tool: 'jira', ids: ['OPS'], createdAt: '2026-01-01T00:00:00.000Z' }),
    ];
    const partners = [acme, beta, gamma];
    const all = { minLength: 3 };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(scopes, all),
        fc.shuffledSubarray(partners, all),
        fc.constantFrom('ACME', 'OPS', 'acme', 'NONE'),
        (someScopes, somePartners, key) => {
          expect(resolvePartner(jiraContext(key), someScopes, somePartners)).toStrictEqual(
            resolvePartner(jiraContext(key), scopes, partners),
          );
        },
      ),
    );
  });
});

describe('findConflicts', () => {
  it('lists ids claimed by more than one partner, first claimant first', () => {
    const a = makeScope(acme, {
      tool: 'jira',
      ids: ['ACME', 'OPS'],
      createdAt: '2026-01-02T00:00:00.000Z',
    });
    const b = makeScope(beta, {
      tool: 'jira',
      ids: ['OPS', 'ACME'],
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const c = makeScope(gamma, { tool: 'jira', ids: ['WEB'] });
    expect(findConflicts([a, c, b])).toStrictEqual([
      {
        tool: 'jira',
        site: JIRA_SITE,
        id: 'ACME',
        partnerIds: [beta.id, acme.id],
        scopeIds: [b.id, a.id],
      },
      {
        tool: 'jira',
        site: JIRA_SITE,
        id: 'OPS',
        partnerIds: [beta.id, acme.id],
        scopeIds: [b.id, a.id],
      },
    ]);
  });

  it('groups Jira keys case-insensitively and sites by origin', () => {
    const a = makeScope(acme, { tool: 'jira', ids: ['ACME'] });
    const b: Scope = {
      ...makeScope(beta, { tool: 'jira', ids: ['ACME'] }),
      ids: ['acme'],
      site: 'https://ACME.atlassian.net/',
    };
    expect(findConflicts([a, b]).map((conflict) => conflict.id)).toEqual(['ACME']);
  });

  it('ignores one partner listing an id twice, other sites, other tools and deleted scopes', () => {
    const a1 = makeScope(acme, { tool: 'jira', ids: ['ACME', 'ACME'] });
    const a2 = makeScope(acme, { tool: 'jira', ids: ['ACME'] });
    const otherSite = makeScope(beta, {
      tool: 'jira',
      ids: ['ACME'],
      site: 'https://beta.atlassian.net',
    });
    const deleted = { ...makeScope(gamma, { tool: 'jira', ids: ['ACME'] }), deleted: true };
    const trelloScope = makeScope(gamma, { tool: 'trello', ids: ['AbCd1234'] });
    const otherTrello = makeScope(beta, { tool: 'trello', ids: ['aBcD1234'] });
    expect(findConflicts([a1, a2, otherSite, deleted, trelloScope, otherTrello])).toEqual([]);
  });

  it('leaves out scopes of missing or deleted partners when given the partners', () => {
    const a = makeScope(acme, { tool: 'asana', ids: ['123'] });
    const b = makeScope(beta, { tool: 'asana', ids: ['123'] });
    expect(findConflicts([a, b])).toHaveLength(1);
    expect(findConflicts([a, b], [acme, { ...beta, deleted: true }])).toEqual([]);
    expect(findConflicts([a, b], [acme])).toEqual([]);
    expect(findConflicts([a, b], [acme, beta])).toHaveLength(1);
  });

  it('sorts conflicts by tool, site and id', () => {
    const scopesOf = (partner: Partner) => [
      makeScope(partner, { tool: 'trello', ids: ['AbCd1234'] }),
      makeScope(partner, { tool: 'jira', ids: ['ZED', 'ACME'] }),
      makeScope(partner, { tool: 'jira', ids: ['ACME'], site: 'https://aaa.atlassian.net' }),
    ];
    const conflicts = findConflicts([...scopesOf(acme), ...scopesOf(beta)]);
    expect(conflicts.map(({ tool, site, id }) => `${tool} ${site} ${id}`)).toEqual([
      'jira https://aaa.atlassian.net ACME',
      'jira https://acme.atlassian.net ACME',
      'jira https://acme.atlassian.net ZED',
      'trello https://trello.com AbCd1234',
    ]);
  });

  it('agrees with resolvePartner on who wins', () => {
    const a = makeScope(acme, { tool: 'jira', ids: ['ACME'], createdAt: '2026-05-01T00:00:00Z' });
    const b = makeScope(beta, { tool: 'jira', ids: ['ACME'], createdAt: '2026-04-01T00:00:00Z' });
    const [conflict] = findConflicts([a, b]);
    const match = resolvePartner(jiraContext('ACME'), [a, b], [acme, beta]);
    expect(conflict?.partnerIds[0]).toBe(match?.partner.id);
  });
});
