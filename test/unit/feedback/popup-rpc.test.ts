import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POPUP_RESULTS, type PopupMethod } from '@/components/popup/popup-rpc';
import { rpcMethods } from '@/lib/messaging/methods';

const shape = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any' });

describe('the popup’s result schemas', () => {
  it.each(Object.keys(POPUP_RESULTS) as PopupMethod[])(
    '%s validates what the method table declares',
    (method) => {
      expect(shape(POPUP_RESULTS[method]())).toEqual(shape(rpcMethods[method].result));
    },
  );
});
