import { describe, expect, it } from 'vitest';
import { PARTNER_ID, feedback, nudgesAt, ofRule, settings } from './fixtures';

const rule = 'only-negative';
const NOW = '2026-03-20T12:00:00.000Z';

function entries(kinds: ('praise' | 'constructive' | 'issue')[]) {
  // Oldest first, one a day from 1 March.
  return kinds.map((kind, index) =>
    feedback(`2026-03-${String(index + 1).padStart(2, '0')}T10:00:00.000Z`, kind),
  );
}

describe('only negative feedback in the last five entries', () => {
  it('nudges when the newest five are all criticism', () => {
    const given = entries(['praise', 'issue', 'constructive', 'issue', 'constructive', 'issue']);
    const [nudge] = ofRule(nudgesAt(NOW, { feedback: given }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:only-negative:${PARTNER_ID}:${given[1]!.id}`,
      title: 'Only criticism for Acme lately',
      action: { kind: 'give-feedback', label: 'Give praise' },
      since: '2026-03-06T10:00:00.000Z',
    });
    expect(nudge!.reason).toContain(
      'The last 5 feedback entries for Acme are all criticism (3 issues, 2 constructive)',
    );
  });

  it('is quiet when one of the newest five is praise', () => {
    const given = entries(['issue', 'issue', 'praise', 'issue', 'issue', 'issue']);
    expect(ofRule(nudgesAt(NOW, { feedback: given }), rule)).toEqual([]);
  });

  it('is quiet with fewer than five entries, however negative', () => {
    expect(
      ofRule(nudgesAt(NOW, { feedback: entries(['issue', 'issue', 'issue', 'issue']) }), rule),
    ).toEqual([]);
  });

  it('keeps its subject while more criticism follows, so a dismissal holds', () => {
    const five = entries(['issue', 'issue', 'issue', 'issue', 'issue']);
    const seven = [
      ...five,
      ...entries(['issue', 'issue', 'issue', 'issue', 'issue', 'issue', 'issue']).slice(5),
    ];
    const first = ofRule(nudgesAt(NOW, { feedback: five }), rule)[0]!;
    const later = ofRule(nudgesAt(NOW, { feedback: seven }), rule)[0]!;
    expect(later.subject).toBe(first.subject);
  });

  it('follows the count setting', () => {
    const given = entries(['praise', 'issue', 'issue', 'issue']);
    expect(ofRule(nudgesAt(NOW, { feedback: given }), rule)).toEqual([]);
    const input = { feedback: given, settings: settings({ onlyNegativeNudgeCount: 3 }) };
    expect(ofRule(nudgesAt(NOW, input), rule)).toHaveLength(1);
  });
});
