import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';

describe('callBackground', () => {
  it('sends the envelope and returns the result', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen.push(message);
      return Promise.resolve({ ok: true, result: { opened: true } });
    });
    await expect(callBackground('options.open', {})).resolves.toEqual({ opened: true });
    expect(seen).toEqual([{ kind: 'partner-lens/rpc', method: 'options.open', params: {} }]);
  });

  it('throws the typed error the background answered', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'No.' } }),
    );
    const error = await callBackground('options.open', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: 'forbidden', message: 'No.' });
  });

  it('rejects an answer that is not an RPC envelope', async () => {
    // Results are validated by the background's router before they are sent; the client
    // checks the envelope only.
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: 'yes', opened: true }));
    await expect(callBackground('options.open', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('says what to do when the background is unreachable', async () => {
    await expect(callBackground('options.open', {})).rejects.toMatchObject({ code: 'unavailable' });
  });
});
