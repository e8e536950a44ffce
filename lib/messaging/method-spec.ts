import { z } from 'zod';

/**
 * Who may call a method: `extension` = the extension's own pages (options, popup);
 * `content` = content scripts on a supported tracker page; `any` = both.
 */
export type Access = 'extension' | 'content' | 'any';

export interface MethodSpec<P extends z.ZodType, R extends z.ZodType> {
  access: Access;
  params: P;
  result: R;
}
export function method<P extends z.ZodType, R extends z.ZodType>(spec: MethodSpec<P, R>) {
  return spec;
}

export const idParams = z.object({ id: z.uuid({ error: 'Expected a record id' }) });
export const deletedResult = z.object({ deleted: z.boolean() });
