import { describe, expect, it } from 'vitest';
import type { FieldErrors, FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import { milestoneInputSchema, type Milestone } from '@/lib/model/milestone';
import { raciAssignmentInputSchema } from '@/lib/model/raci';
import { riskInputSchema, type Risk } from '@/lib/model/risk';
import { touchpointInputSchema, type Touchpoint } from '@/lib/model/touchpoint';
import { fromLocalInput, splitLines, toLocalInput } from './engagement-display';
import { meta, PARTNER_ID, SCOPE_ID } from './engagement-test-fixtures';
import {
  EMPTY_MILESTONE_FORM,
  isOverdue,
  milestoneFieldForIssue,
  milestoneFormToInput,
  milestoneToFormValues,
  sortMilestones,
  type MilestoneFormValues,
} from './milestone-form-values';
import {
  EMPTY_RACI_FORM,
  raciFieldForIssue,
  raciFormToInput,
  type RaciFormValues,
} from './raci-form-values';
import { riskBand } from '@/lib/model/risk-score';
import { fieldForPath, recordResolver } from './record-resolver';
import {
  EMPTY_RISK_FORM,
  filterRisks,
  riskFormToInput,
  riskToFormValues,
  sortRisks,
} from './risk-form-values';
import {
  cadenceDue,
  EMPTY_ACTION_ITEM,
  newTouchpointFormValues,
  splitTouchpoints,
  touchpointFieldForIssue,
  touchpointFormToInput,
  touchpointToFormValues,
  type TouchpointFormValues,
} from './touchpoint-form-values';

/** Messages of a resolver's answer, flattened to `path: message`. */
async function messagesOf<Values extends FieldValues>(
  resolver: Resolver<Values, unknown, unknown>,
  values: NoInfer<Values>,
) {
  const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Values>;
  const result = (await resolver(values, undefined, options)) as { errors: FieldErrors };
  const flat: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.message === 'string') flat[path] = record.message;
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'ref' && key !== 'message' && key !== 'type') {
        walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(result.errors, '');
  return flat;
}

describe('fieldForPath', () => {
  it('shows a list entry’s issue on the list field and keeps nested rows whole', () => {
    expect(fieldForPath('linkedItemKeys.3', ['linkedItemKeys'])).toBe('linkedItemKeys');
    expect(fieldForPath('actionItems.1.text', ['actionItems'], ['actionItems'])).toBe(
      'actionItems.1.text',
    );
    expect(fieldForPath('', ['title'])).toBe('root');
    expect(fieldForPath('id', ['title'])).toBe('root');
  });
});

describe('RACI form', () => {
  const resolver = recordResolver(
    (values: RaciFormValues) => raciFormToInput(values, PARTNER_ID),
    raciAssignmentInputSchema,
    raciFieldForIssue,
  );

  it('asks for a person or a role name', async () => {
    expect(await messagesOf(resolver, EMPTY_RACI_FORM)).toEqual({
      roleName: 'Enter a person or a role name, such as Delivery lead',
    });
  });

  it('asks for the scope of a scope tag and the key of an item tag', async () => {
    expect(
      await messagesOf(resolver, { ...EMPTY_RACI_FORM, where: 'scope', roleName: 'Lead' }),
    ).toEqual({ scopeId: 'Choose a project or board' });
    expect(
      await messagesOf(resolver, { ...EMPTY_RACI_FORM, where: 'item', roleName: 'Lead' }),
    ).toEqual({ itemKey: 'Enter the item key, such as ACME-12' });
  });

  it('shows person problems on the person fields', async () => {
    expect(
      await messagesOf(resolver, { ...EMPTY_RACI_FORM, personEmail: 'not-an-address' }),
    ).toEqual({
      personName: 'Enter the person’s name',
      personEmail: 'Enter a valid e-mail address, like name@example.com',
    });
  });

  it('builds the input of each place', () => {
    const base = { ...EMPTY_RACI_FORM, roleName: 'Lead', scopeId: SCOPE_ID, itemKey: 'ACME-1' };
    expect(raciFormToInput({ ...base, where: 'engagement' }, PARTNER_ID)).toMatchObject({
      scopeId: undefined,
      itemKey: undefined,
    });
    expect(raciFormToInput({ ...base, where: 'scope' }, PARTNER_ID)).toMatchObject({
      scopeId: SCOPE_ID,
      itemKey: undefined,
    });
    expect(raciFormToInput({ ...base, where: 'item', scopeId: '' }, PARTNER_ID)).toMatchObject({
      scopeId: undefined,
      itemKey: 'ACME-1',
    });
  });
});

function risk(fields: Partial<Risk>): Risk {
  return {
    ...meta(),
    partnerId: PARTNER_ID,
    title: 'Risk',
    description: '',
    probability: 3,
    impact: 3,
    owner: '',
    mitigation: '',
    contingency: '',
    status: 'open',
    source: 'manual',
    linkedItemKeys: [],
    ...fields,
  };
}

describe('risk register', () => {
  it('bands scores as low, medium, high and critical', () => {
    expect([1, 4, 5, 9, 10, 15, 16, 25].map(riskBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('sorts by probability × impact, highest first, then most recently changed', () => {
    const a = risk({ title: 'a', probability: 2, impact: 5 });
    const b = risk({ title: 'b', probability: 5, impact: 5 });
    const c = risk({
      title: 'c',
      probability: 5,
      impact: 2,
      updatedAt: '2026-11-20T00:00:00.000Z',
    });
    expect(sortRisks([a, b, c]).map((r) => r.title)).toEqual(['b', 'c', 'a']);
  });

  it('filters by status', () => {
    const risks = [risk({ status: 'open' }), risk({ status: 'closed' })];
    expect(filterRisks(risks, ['open', 'mitigating'])).toHaveLength(1);
  });

  it('reads linked items from a comma or line list and keeps a suggested risk suggested', () => {
    const input = riskFormToInput(
      { ...EMPTY_RISK_FORM, title: 'Key person', linkedItemKeys: 'ACME-1, ACME-2\nACME-3\n' },
      PARTNER_ID,
      { id: meta().id, source: 'suggested' },
    );
    expect(input.linkedItemKeys).toEqual(['ACME-1', 'ACME-2', 'ACME-3']);
    expect(input.source).toBe('suggested');
    expect(riskInputSchema.safeParse(input).success).toBe(true);
  });

  it('round-trips a stored risk through the form', () => {
    const stored = risk({ probability: 4, impact: 2, linkedItemKeys: ['X-1', 'X-2'] });
    const input = riskFormToInput(riskToFormValues(stored), PARTNER_ID, stored);
    expect(input).toMatchObject({ probability: 4, impact: 2, linkedItemKeys: ['X-1', 'X-2'] });
  });
});

function milestone(fields: Partial<Milestone>): Milestone {
  return {
    ...meta(),
    partnerId: PARTNER_ID,
    title: 'M',
    dueDate: '2026-12-01',
    deliverables: [],
    linkedItemKeys: [],
    status: 'planned',
    ...fields,
  };
}

describe('milestone form', () => {
  const resolver = recordResolver(
    (values: MilestoneFormValues) => milestoneFormToInput(values, PARTNER_ID),
    milestoneInputSchema,
    milestoneFieldForIssue,
  );

  it('requires the done date of a done milestone', async () => {
    const values: MilestoneFormValues = {
      ...EMPTY_MILESTONE_FORM,
      title: 'Beta',
      dueDate: '2026-12-01',
      status: 'done',
    };
    expect(await messagesOf(resolver, values)).toEqual({
      doneDate: 'Enter the date the milestone was done',
    });
    expect(await messagesOf(resolver, { ...values, doneDate: '2026-12-02' })).toEqual({});
  });

  it('asks for a title and a due date', async () => {
    expect(await messagesOf(resolver, EMPTY_MILESTONE_FORM)).toEqual({
      title: 'Enter a title for the milestone',
      dueDate: 'Expected a date such as 2026-01-31',
    });
  });

  it('takes one deliverable a line, skipping blank lines', () => {
    const input = milestoneFormToInput(
      { ...EMPTY_MILESTONE_FORM, deliverables: 'Design, v2\n\n  API docs  \n' },
      PARTNER_ID,
    );
    expect(input.deliverables).toEqual(['Design, v2', 'API docs']);
    expect(splitLines('\n')).toEqual([]);
  });

  it('round-trips a stored milestone through the form', () => {
    const stored = milestone({ deliverables: ['A', 'B'], status: 'done', doneDate: '2026-11-30' });
    expect(milestoneFormToInput(milestoneToFormValues(stored), PARTNER_ID)).toMatchObject({
      deliverables: ['A', 'B'],
      status: 'done',
      doneDate: '2026-11-30',
    });
  });

  it('sorts by due date and knows what is overdue', () => {
    const late = milestone({ title: 'late', dueDate: '2026-11-01' });
    const done = milestone({ title: 'done', dueDate: '2026-10-01', status: 'done' });
    const later = milestone({ title: 'later', dueDate: '2027-01-01' });
    expect(sortMilestones([later, late, done]).map((m) => m.title)).toEqual([
      'done',
      'late',
      'later',
    ]);
    expect([late, done, later].map((m) => isOverdue(m, '2026-11-28'))).toEqual([
      true,
      false,
      false,
    ]);
  });
});

function touchpoint(fields: Partial<Touchpoint>): Touchpoint {
  return {
    ...meta(),
    partnerId: PARTNER_ID,
    kind: 'weekly-sync',
    notes: '',
    actionItems: [],
    ...fields,
  };
}

describe('touchpoint form', () => {
  const resolver = recordResolver(
    (values: TouchpointFormValues) => touchpointFormToInput(values, PARTNER_ID),
    touchpointInputSchema,
    touchpointFieldForIssue,
  );

  it('prefills the cadence of the kind', () => {
    expect(newTouchpointFormValues().cadenceDays).toBe('7');
    expect(newTouchpointFormValues({ kind: 'qbr' }).cadenceDays).toBe('91');
    expect(newTouchpointFormValues({ kind: 'ad-hoc' }).cadenceDays).toBe('');
  });

  it('names a bad cadence and an empty action item, then asks when the touchpoint is', async () => {
    const values: TouchpointFormValues = {
      ...newTouchpointFormValues(),
      cadenceDays: '2.5',
      actionItems: [{ ...EMPTY_ACTION_ITEM, text: 'ok' }, { ...EMPTY_ACTION_ITEM }],
    };
    expect(await messagesOf(resolver, values)).toEqual({
      cadenceDays: 'Enter the cadence as a whole number of days',
      'actionItems.1.text': 'Describe the action item',
    });
    // The record-level rule runs once the fields themselves are valid (zod's refine).
    const fixed = { ...values, cadenceDays: '3', actionItems: [values.actionItems[0]!] };
    expect(await messagesOf(resolver, fixed)).toEqual({
      scheduledFor: 'Enter when the touchpoint is scheduled or when it was held',
    });
  });

  it('converts local date-times to instants and back', () => {
    const iso = fromLocalInput('2026-11-28T14:30');
    expect(iso).toMatch(/^2026-11-2\dT\d\d:30:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2026-11-28T14:30');
    expect(fromLocalInput('')).toBeUndefined();
  });

  it('round-trips a stored touchpoint through the form', () => {
    const stored = touchpoint({
      heldAt: '2026-11-20T10:00:00.000Z',
      cadenceDays: 14,
      actionItems: [{ text: 'Send plan', owner: 'Dana', due: '2026-11-25', done: true }],
    });
    expect(touchpointFormToInput(touchpointToFormValues(stored), PARTNER_ID)).toMatchObject({
      heldAt: '2026-11-20T10:00:00.000Z',
      cadenceDays: 14,
      actionItems: [{ text: 'Send plan', owner: 'Dana', due: '2026-11-25', done: true }],
    });
  });

  it('splits scheduled from held and works out the next one due by cadence', () => {
    const heldOld = touchpoint({ heldAt: '2026-11-01T10:00:00.000Z', cadenceDays: 7 });
    const heldNew = touchpoint({ heldAt: '2026-11-15T10:00:00.000Z', cadenceDays: 7 });
    const review = touchpoint({
      kind: 'monthly-review',
      heldAt: '2026-11-02T10:00:00.000Z',
      cadenceDays: 30,
    });
    const nextReview = touchpoint({
      kind: 'monthly-review',
      scheduledFor: '2026-12-02T10:00:00.000Z',
    });
    const { scheduled, held } = splitTouchpoints([heldOld, nextReview, heldNew, review]);
    expect(scheduled).toEqual([nextReview]);
    expect(held).toEqual([heldNew, review, heldOld]);
    // The weekly sync is due a week after the last one; the review is already scheduled.
    expect(cadenceDue([heldOld, nextReview, heldNew, review])).toEqual([
      { kind: 'weekly-sync', due: new Date('2026-11-22T10:00:00.000Z'), lastHeld: heldNew.heldAt },
    ]);
  });
});
