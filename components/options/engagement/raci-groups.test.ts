import { describe, expect, it } from 'vitest';
import type { RaciAssignment } from '@/lib/model/raci';
import { meta, OTHER_SCOPE_ID, PARTNER_ID, SCOPE_ID } from './engagement-test-fixtures';
import { groupRaciTags, raciGapsFor, raciWho } from './raci-groups';

function tag(fields: Partial<RaciAssignment>): RaciAssignment {
  return {
    ...meta(),
    partnerId: PARTNER_ID,
    role: 'R',
    party: 'internal',
    roleName: '',
    ...fields,
  };
}

const gapKinds = (tags: RaciAssignment[], allowed = false) => {
  const groups = groupRaciTags(tags, [SCOPE_ID, OTHER_SCOPE_ID]);
  return Object.fromEntries(
    groups.map((group) => [group.key, raciGapsFor(group, groups, allowed).map((gap) => gap.kind)]),
  );
};

describe('groupRaciTags', () => {
  it('groups by where the tag applies: engagement, scopes in order, then items by scope and key', () => {
    const groups = groupRaciTags(
      [
        tag({ itemKey: 'ACME-10', scopeId: SCOPE_ID, roleName: 'QA' }),
        tag({ scopeId: OTHER_SCOPE_ID, roleName: 'PM' }),
        tag({ roleName: 'Sponsor', role: 'A' }),
        tag({ itemKey: 'ACME-9', roleName: 'Dev' }),
        tag({ scopeId: SCOPE_ID, roleName: 'Lead' }),
      ],
      [SCOPE_ID, OTHER_SCOPE_ID],
    );
    expect(groups.map((group) => group.key)).toEqual([
      'engagement',
      `scope:${SCOPE_ID}`,
      `scope:${OTHER_SCOPE_ID}`,
      `item:${SCOPE_ID}:ACME-10`,
      'item::ACME-9',
    ]);
  });

  it('orders tags in a group R, A, C, I', () => {
    const [group] = groupRaciTags([
      tag({ role: 'I', roleName: 'x' }),
      tag({ role: 'A', roleName: 'y' }),
      tag({ role: 'C', roleName: 'z' }),
      tag({ role: 'R', roleName: 'w' }),
    ]);
    expect(group?.tags.map((t) => t.role)).toEqual(['R', 'A', 'C', 'I']);
  });
});

describe('raciGapsFor', () => {
  it('flags a place without an Accountable', () => {
    expect(gapKinds([tag({ role: 'R', roleName: 'Dev' })])).toEqual({
      engagement: ['no-accountable'],
    });
  });

  it('flags two Accountables and names them', () => {
    const tags = [
      tag({ role: 'A', person: { name: 'Dana', email: '' } }),
      tag({ role: 'A', roleName: 'Head of delivery' }),
    ];
    const groups = groupRaciTags(tags);
    const gaps = raciGapsFor(groups[0]!, groups, false);
    expect(gaps.map((gap) => gap.kind)).toEqual(['several-accountable']);
    expect(gaps[0]?.message).toContain('Dana, Head of delivery');
  });

  it('flags a partner-side Accountable unless the settings allow it', () => {
    const tags = [tag({ role: 'A', party: 'partner', roleName: 'Vendor PM' })];
    expect(gapKinds(tags, false)).toEqual({ engagement: ['partner-accountable'] });
    expect(gapKinds(tags, true)).toEqual({ engagement: [] });
  });

  it('lets a scope and an item inherit the Accountable of the level above', () => {
    const tags = [
      tag({ role: 'A', roleName: 'Sponsor' }),
      tag({ scopeId: SCOPE_ID, role: 'R', roleName: 'Lead' }),
      tag({ scopeId: SCOPE_ID, itemKey: 'ACME-1', role: 'R', roleName: 'Dev' }),
    ];
    expect(gapKinds(tags)).toEqual({
      engagement: [],
      [`scope:${SCOPE_ID}`]: [],
      [`item:${SCOPE_ID}:ACME-1`]: [],
    });
  });

  it('takes an item’s Accountable from its scope before the whole engagement', () => {
    const tags = [
      tag({ role: 'A', roleName: 'Sponsor' }),
      tag({ scopeId: SCOPE_ID, role: 'A', party: 'partner', roleName: 'Vendor PM' }),
      tag({ scopeId: SCOPE_ID, itemKey: 'ACME-1', role: 'R', roleName: 'Dev' }),
    ];
    expect(gapKinds(tags)[`item:${SCOPE_ID}:ACME-1`]).toEqual(['partner-accountable']);
  });

  it('an item’s own Accountable overrides the inherited one', () => {
    const tags = [
      tag({ role: 'A', party: 'partner', roleName: 'Vendor PM' }),
      tag({ itemKey: 'ACME-2', role: 'A', roleName: 'Our PM' }),
    ];
    expect(gapKinds(tags)).toEqual({
      engagement: ['partner-accountable'],
      'item::ACME-2': [],
    });
  });
});

describe('raciWho', () => {
  it('names the person, the role, or both', () => {
    expect(raciWho({ person: { name: 'Dana', email: '' }, roleName: '' })).toBe('Dana');
    expect(raciWho({ roleName: 'Delivery lead' })).toBe('Delivery lead');
    expect(raciWho({ person: { name: 'Dana', email: '' }, roleName: 'Lead' })).toBe('Dana (Lead)');
  });
});
