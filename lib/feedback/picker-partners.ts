import * as z from 'zod/mini';

/** What the partner picker shows of a partner. */
export interface PickerPartner {
  id: string;
  name: string;
  status: string;
}

/**
 * The part of the background's `partners.list` reply the popup's first frame needs for its
 * partner picker. On zod's small build, so that the frame can check the reply before React
 * and full zod load; the React popup then checks the whole reply.
 */
const partnersReplySchema = z.object({
  ok: z.literal(true),
  result: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
});

/** The partners of a raw `partners.list` reply, or null when it is no successful reply. */
export function pickerPartnersOf(reply: unknown): PickerPartner[] | null {
  const parsed = partnersReplySchema.safeParse(reply);
  return parsed.success ? parsed.data.result : null;
}
