import { describe, expect, it } from 'vitest';
import { raciAssignmentInputSchema, raciAssignmentSchema } from '../../../lib/model';
import { IDS, sampleInputs } from './sample-inputs';
import { META, accepted, issuesOf } from './issues';

const valid = sampleInputs().raci;

describe('RACI assignment', () => {
  it('accepts a person, a role name, or both, per scope or per item', () => {
    expect(accepted(raciAssignmentInputSchema, valid).roleName).toBe('');
    accepted(raciAssignmentInputSchema, {
      partnerId: IDS.partner,
      scopeId: IDS.scope,
      itemKey: 'ACME-7',
      role: 'R',
      party: 'partner',
      roleName: 'Delivery lead',
    });
    accepted(raciAssignmentSchema, { ...valid, ...META });
  });

  it('asks for a person or a role name when neither is given', () => {
    const { person: _person, ...nobody } = valid;
    expect(issuesOf(raciAssignmentInputSchema, { ...nobody, roleName: '  ' })).toEqual({
      roleName: 'Enter a person or a role name, such as Delivery lead',
    });
    expect(issuesOf(raciAssignmentSchema, { ...nobody, ...META })).toHaveProperty('roleName');
  });

  it('rejects unknown roles and parties, and bad e-mail addresses, with readable messages', () => {
    expect(issuesOf(raciAssignmentInputSchema, { ...valid, role: 'X' }).role).toMatch(
      /^Choose a role/,
    );
    expect(issuesOf(raciAssignmentInputSchema, { ...valid, party: 'vendor' }).party).toMatch(
      /^Choose who holds the role/,
    );
    expect(
      issuesOf(raciAssignmentInputSchema, { ...valid, person: { name: 'Dana', email: 'dana@' } })[
        'person.email'
      ],
    ).toMatch(/^Enter a valid e-mail address/);
    expect(issuesOf(raciAssignmentInputSchema, { ...valid, partnerId: 'acme' }).partnerId).toBe(
      'Choose a partner',
    );
  });
});
