import type { Feedback } from '@/lib/model/feedback';

export const PARTNER_A = '11111111-1111-4111-8111-111111111111';
export const PARTNER_B = '22222222-2222-4222-8222-222222222222';

let counter = 0;

/** A stored feedback record with sensible defaults. */
export function feedback(fields: Partial<Feedback> = {}): Feedback {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    partnerId: PARTNER_A,
    rating: 4,
    kind: 'praise',
    categories: [],
    note: '',
    givenAt: '2026-01-15T10:00:00.000Z',
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    hlc: '0001',
    deviceId: 'device-1',
    deleted: false,
    ...fields,
  };
}
