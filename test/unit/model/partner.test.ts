import { describe, expect, it } from 'vitest';
import { partnerInputSchema, partnerSchema } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().partners;

describe('partner', () => {
  it('accepts a partner and fills the defaults', () => {
    expect(accepted(partnerInputSchema, valid)).toMatchObject({
      status: 'active',
      contacts: [],
      emailDomains: [],
    });
    accepted(partnerSchema, { ...valid, ...META });
  });

  it('refuses a contract that ends before it starts', () => {
    const reversed = { ...valid, contractStart: '2026-12-31', contractEnd: '2026-01-01' };
    expect(issuesOf(partnerInputSchema, reversed)).toEqual({
      contractEnd: 'The contract end date must be on or after its start date',
    });
    expect(issuesOf(partnerSchema, { ...reversed, ...META })).toHaveProperty('contractEnd');
  });

  it('asks for a name and well-formed domains', () => {
    expect(issuesOf(partnerInputSchema, { name: '', emailDomains: ['@acme.com'] })).toEqual({
      name: 'Enter the partner’s name',
      'emailDomains.0': 'Enter a domain such as acme.com, without @ or https://',
    });
  });

  it('rejects a stored partner without its sync metadata', () => {
    expect(issuesOf(partnerSchema, { ...valid, ...META, hlc: '' })).toEqual({
      hlc: 'Missing change clock (hlc)',
    });
  });
});
