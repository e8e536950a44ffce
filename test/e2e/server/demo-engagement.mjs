// Engagement records the demo seeds for its partners (RACI, risks, milestones, touchpoints,
// feedback), dated relative to the day it runs so the sidebar always has something due.

const DAY = 86_400_000;

/**
 * @param {number} days
 * @param {Date} now
 */
const dateIn = (days, now) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
/**
 * @param {number} days
 * @param {Date} now
 */
const instantIn = (days, now) => new Date(now.getTime() + days * DAY).toISOString();

/**
 * The records to save, as `[method, params]` pairs for the extension's RPC.
 * @param {Record<string, string>} partnerIds  ids by partner name
 * @param {Date} now
 * @returns {[string, Record<string, unknown>][]}
 */
export function demoEngagement(partnerIds, now) {
  const acme = partnerIds['Acme Corp'];
  const hooli = partnerIds['Hooli Studio'];
  const initech = partnerIds['Initech'];
  /** @type {[string, Record<string, unknown>][]} */
  const records = [];
  if (acme) {
    records.push(
      [
        'raci.save',
        {
          partnerId: acme,
          role: 'A',
          party: 'internal',
          person: { name: 'Dana Lee', email: 'dana.lee@example.com' },
          roleName: 'Head of delivery',
        },
      ],
      [
        'raci.save',
        {
          partnerId: acme,
          role: 'R',
          party: 'partner',
          person: { name: 'Anna Schmidt', email: 'anna.schmidt@acme.example' },
          roleName: 'Delivery lead',
        },
      ],
      ['raci.save', { partnerId: acme, role: 'C', party: 'internal', roleName: 'Security team' }],
      ['raci.save', { partnerId: acme, role: 'I', party: 'internal', roleName: 'Finance' }],
      [
        'risks.save',
        {
          partnerId: acme,
          title: 'Holiday code freeze delays the launch',
          probability: 4,
          impact: 4,
          owner: 'Dana Lee',
        },
      ],
      [
        'risks.save',
        { partnerId: acme, title: 'Payment provider API change', probability: 2, impact: 5 },
      ],
      [
        'risks.save',
        { partnerId: acme, title: 'Key developer on leave', probability: 2, impact: 3 },
      ],
      ['milestones.save', { partnerId: acme, title: 'Checkout beta', dueDate: dateIn(6, now) }],
      ['milestones.save', { partnerId: acme, title: 'Security review', dueDate: dateIn(-2, now) }],
      [
        'touchpoints.save',
        { partnerId: acme, kind: 'weekly-sync', cadenceDays: 7, heldAt: instantIn(-5, now) },
      ],
      [
        'feedback.save',
        {
          partnerId: acme,
          rating: 5,
          kind: 'praise',
          categories: ['quality'],
          itemKey: 'ACME-2',
          note: 'Clean hand-over, tests included.',
          givenAt: instantIn(-2, now),
        },
      ],
      [
        'feedback.save',
        {
          partnerId: acme,
          rating: 3,
          kind: 'constructive',
          categories: ['communication'],
          note: 'Status updates came late this sprint.',
          givenAt: instantIn(-9, now),
        },
      ],
    );
  }
  if (hooli) {
    records.push(
      ['raci.save', { partnerId: hooli, role: 'R', party: 'partner', roleName: 'Design team' }],
      ['raci.save', { partnerId: hooli, role: 'A', party: 'partner', roleName: 'Studio lead' }],
      [
        'touchpoints.save',
        { partnerId: hooli, kind: 'monthly-review', scheduledFor: instantIn(3, now) },
      ],
      [
        'feedback.save',
        {
          partnerId: hooli,
          rating: 4,
          kind: 'praise',
          categories: ['proactivity'],
          note: 'Suggested a simpler onboarding flow.',
          givenAt: instantIn(-4, now),
        },
      ],
    );
  }
  if (initech) {
    records.push(
      ['raci.save', { partnerId: initech, role: 'R', party: 'partner', roleName: 'Web team' }],
      [
        'raci.save',
        { partnerId: initech, role: 'A', party: 'internal', roleName: 'Marketing lead' },
      ],
      [
        'risks.save',
        {
          partnerId: initech,
          title: 'Content migration overruns',
          probability: 3,
          impact: 3,
          owner: 'Ian Novak',
        },
      ],
      ['milestones.save', { partnerId: initech, title: 'New site live', dueDate: dateIn(12, now) }],
    );
  }
  return records;
}
