import { describe, expect, it } from 'vitest';
import { trelloIdCreatedMs } from '../../../../lib/hosts/trello/trello-id';

describe('trelloIdCreatedMs', () => {
  it('reads the creation time from the first 8 hex digits', () => {
    // 0x65bb5d50 = 1706777936 s
    expect(trelloIdCreatedMs('65bb5d5081c1c0ffee001234')).toBe(1_706_777_936_000);
    expect(new Date(trelloIdCreatedMs('65BB5D5081C1C0FFEE001234')!).toISOString()).toBe(
      '2024-02-01T08:58:56.000Z',
    );
  });

  it('gives null for ids that are not ObjectIds or hold no plausible time', () => {
    expect(trelloIdCreatedMs('AbCd1234')).toBeNull();
    expect(trelloIdCreatedMs('zz' + '0'.repeat(22))).toBeNull();
    expect(trelloIdCreatedMs('0'.repeat(24))).toBeNull();
    expect(trelloIdCreatedMs('f'.repeat(24))).toBeNull();
  });
});
