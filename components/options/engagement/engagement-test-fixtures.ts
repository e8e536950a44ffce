import type { RecordMeta } from '@/lib/model/record-meta';

export const PARTNER_ID = '7b0c6c3e-2f7a-4d3e-9c1a-0a1b2c3d4e5f';
export const SCOPE_ID = '1d6f2b8a-5c4e-4f3a-8b2d-9e0f1a2b3c4d';
export const OTHER_SCOPE_ID = '2e7a3c9b-6d5f-4a4b-9c3e-0f1a2b3c4d5e';

let counter = 0;
/** Stamps of a stored record with a fresh, valid id. */
export function meta(overrides: Partial<RecordMeta> = {}): RecordMeta {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    hlc: `0000000000001:${hex}:device`,
    deviceId: 'device',
    deleted: false,
    ...overrides,
  };
}
