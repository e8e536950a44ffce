import { describe, expect, it } from 'vitest';
import { partnerRoleLetters, raciHolder, resolveRaci } from '../../../lib/mapping/raci-resolve';
import type { RaciAssignment } from '../../../lib/model/raci';

const PARTNER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const SCOPE = '33333333-3333-4333-8333-333333333333';
let sequence = 0;

function tag(fields: Partial<RaciAssignment> & Pick<RaciAssignment, 'role' | 'party'>) {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    partnerId: PARTNER,
    roleName: '',
    createdAt: `2026-01-01T00:00:${String(sequence % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    hlc: 'h',
    deviceId: 'd',
    deleted: false,
    ...fields,
  } satisfies RaciAssignment;
}
const strict = { partnerAccountableAllowed: false };

describe('resolveRaci', () => {
  it('takes each role from the most specific level that names it', () => {
    const tags = [
      tag({ role: 'A', party: 'internal', roleName: 'Head of delivery' }),
      tag({ role: 'R', party: 'partner', roleName: 'Partner team' }),
      tag({ role: 'R', party: 'partner', scopeId: SCOPE, roleName: 'Scope team' }),
      tag({ role: 'R', party: 'internal', itemKey: 'ACME-7', person: { name: 'Dana', email: '' } }),
      tag({ role: 'I', party: 'internal', scopeId: SCOPE, roleName: 'PMO' }),
    ];
    const item = resolveRaci(
      tags,
      { partnerId: PARTNER, scopeId: SCOPE, itemKey: 'ACME-7' },
      strict,
    );
    expect(item.tags.map((t) => `${t.role}:${raciHolder(t)}`)).toEqual([
      'R:Dana',
      'A:Head of delivery',
      'I:PMO',
    ]);
    expect(item.levels).toEqual({ R: 'item', A: 'engagement', I: 'scope' });

    const scope = resolveRaci(tags, { partnerId: PARTNER, scopeId: SCOPE }, strict);
    expect(scope.tags.map(raciHolder)).toEqual(['Scope team', 'Head of delivery', 'PMO']);

    const otherItem = resolveRaci(tags, { partnerId: PARTNER, itemKey: 'ACME-8' }, strict);
    expect(otherItem.tags.map(raciHolder)).toEqual(['Partner team', 'Head of delivery']);
  });

  it('ignores deleted tags and tags of other partners', () => {
    const tags = [
      tag({ role: 'A', party: 'internal', roleName: 'Gone', deleted: true }),
      tag({ role: 'A', party: 'internal', roleName: 'Elsewhere', partnerId: OTHER }),
    ];
    const resolved = resolveRaci(tags, { partnerId: PARTNER }, strict);
    expect(resolved.tags).toEqual([]);
    expect(resolved.gaps.map((gap) => gap.code)).toEqual(['no-accountable']);
  });

  it('flags two Accountables and an Accountable on the partner side unless allowed', () => {
    const tags = [
      tag({ role: 'A', party: 'internal', roleName: 'Lead' }),
      tag({ role: 'A', party: 'partner', roleName: 'Partner lead' }),
    ];
    const target = { partnerId: PARTNER };
    expect(resolveRaci(tags, target, strict).gaps.map((gap) => gap.code)).toEqual([
      'several-accountable',
      'partner-accountable',
    ]);
    expect(
      resolveRaci(tags, target, { partnerAccountableAllowed: true }).gaps.map((gap) => gap.code),
    ).toEqual(['several-accountable']);
    const one = resolveRaci([tags[0]!], target, strict);
    expect(one.gaps).toEqual([]);
  });

  it('names the partner-side roles for the inline chip', () => {
    const tags = [
      tag({ role: 'C', party: 'partner', roleName: 'x' }),
      tag({ role: 'R', party: 'partner', roleName: 'y' }),
      tag({ role: 'A', party: 'internal', roleName: 'z' }),
    ];
    expect(partnerRoleLetters(tags)).toBe('R·C');
    expect(partnerRoleLetters([])).toBe('');
  });
});
