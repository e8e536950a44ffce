import { describe, expect, it } from 'vitest';
import {
  PARTNER_OWNED_STORE_NAMES,
  RECORD_STORE_NAMES,
  STORES,
  isRecordStoreName,
} from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

describe('store table', () => {
  const inputs = sampleInputs();

  it.each(RECORD_STORE_NAMES)('%s: accepts a sample input and its stored form', (name) => {
    const parsed = accepted(STORES[name].inputSchema, inputs[name]);
    const id = name === 'settings' ? parsed.id : META.id;
    const stored = accepted(STORES[name].schema, { ...parsed, ...META, id });
    expect(stored.id).toBe(id);
  });

  it.each(RECORD_STORE_NAMES)('%s: a stored record needs its sync metadata', (name) => {
    const parsed = accepted(STORES[name].inputSchema, inputs[name]);
    expect(issuesOf(STORES[name].schema, parsed)).toHaveProperty('hlc');
  });

  it('lists the stores whose records belong to a partner', () => {
    expect(PARTNER_OWNED_STORE_NAMES).toEqual([
      'scopes',
      'raci',
      'kpiDefinitions',
      'kpiMeasurements',
      'feedback',
      'risks',
      'milestones',
      'touchpoints',
      'reviews',
      'promptStates',
    ]);
    for (const name of PARTNER_OWNED_STORE_NAMES) {
      expect(accepted(STORES[name].inputSchema, inputs[name])).toHaveProperty('partnerId');
    }
  });

  it('recognises store names, not inherited properties', () => {
    expect(isRecordStoreName('risks')).toBe(true);
    expect(isRecordStoreName('workItems')).toBe(false);
    expect(isRecordStoreName('toString')).toBe(false);
  });
});
