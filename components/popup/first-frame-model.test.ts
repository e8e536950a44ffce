import { describe, expect, it } from 'vitest';
import { firstFrameModel, framePageOf } from './first-frame-model';
import type { TabRead } from './popup-early';
import { ISSUE_URL as URL_OF_ISSUE, issueTabRead } from './popup-test-support';

const PARTNER_ID = '73162069-31be-4ad5-99f7-e284fee257b8';
const GLOBEX_ID = '1c7f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f';
const NOW = new Date('2026-11-28T12:00:00.000Z');
const DRAFT_KEY = 'item:jira:https://acme.atlassian.net:ACME-1';
/** The item of ACME-1 as the frame shows it, its title from the snapshot. */
const ACME_1 = {
  tool: 'jira',
  site: 'https://acme.atlassian.net',
  key: 'ACME-1',
  url: URL_OF_ISSUE,
  title: 'Checkout button unresponsive',
};

function snapshot(overrides: Record<string, unknown> = {}) {
  return {
    url: URL_OF_ISSUE,
    view: { context: {}, match: { partner: { id: PARTNER_ID, name: 'Acme Corp' } } },
    item: { title: 'Checkout button unresponsive', url: URL_OF_ISSUE },
    takenAt: 1,
    ...overrides,
  };
}

const read = (snapshots: unknown, tabUrl = URL_OF_ISSUE) =>
  issueTabRead(snapshots, { tabUrl, tabTitle: '[ACME-1] Something else - Jira' });

/** The frame's model for a tab, as popup-start.ts makes it. */
function modelOf(tab: TabRead, drafts: unknown, now: Date, partners?: unknown) {
  const page = framePageOf(tab);
  return page && firstFrameModel(page, drafts, now, partners);
}

describe('first frame model', () => {
  it("takes the partner and cached item from the tab's snapshot and the item's draft", () => {
    const drafts = {
      [DRAFT_KEY]: {
        rating: 4,
        categories: ['quality'],
        note: 'Kept',
        updatedAt: NOW.toISOString(),
      },
      'item:jira:https://acme.atlassian.net:ACME-2': {
        note: 'Other',
        updatedAt: NOW.toISOString(),
      },
    };
    expect(modelOf(read({ 7: snapshot() }), drafts, NOW)).toEqual({
      draftKey: DRAFT_KEY,
      partnerName: 'Acme Corp',
      item: ACME_1,
      fields: { rating: 4, categories: ['quality'], note: 'Kept' },
    });
  });

  it('starts empty when the draft is missing, too old or invalid', () => {
    const old = new Date(NOW.getTime() - 15 * 24 * 60 * 60 * 1000).toISOString();
    for (const drafts of [
      {},
      { [DRAFT_KEY]: { note: 'Old', updatedAt: old } },
      { [DRAFT_KEY]: { rating: 9 } },
    ]) {
      expect(modelOf(read({ 7: snapshot() }), drafts, NOW)?.fields).toEqual({
        categories: [],
        note: '',
      });
    }
  });

  it('draws nothing without a usable snapshot naming a partner', () => {
    expect(modelOf(read(undefined), {}, NOW)).toBeNull();
    expect(modelOf(read({ 8: snapshot() }), {}, NOW)).toBeNull();
    expect(modelOf(read({ 7: snapshot() }, `${URL_OF_ISSUE}?focused=1`), {}, NOW)).toBeNull();
    expect(modelOf(read({ 7: snapshot({ view: { match: null } }) }), {}, NOW)).toBeNull();
    expect(modelOf(read({ 7: snapshot({ item: 'x' }) }), {}, NOW)).toBeNull();
    // No tracker page and no partner list (yet): React draws the picker.
    expect(modelOf({ found: false }, {}, NOW)).toBeNull();
  });

  it('starts with the partner picker on a tab without a context, once the partners are in', () => {
    const OTHER_ID = '5b1f0c55-2f55-4a43-9d4b-8f1a4c1f0e21';
    const reply = {
      ok: true,
      result: [
        { id: PARTNER_ID, name: 'Acme Corp', status: 'active', notes: 'not needed' },
        { id: OTHER_ID, name: 'Vandelay', status: 'candidate' },
      ],
    };
    const drafts = {
      'pick-partner': {
        partnerId: OTHER_ID,
        rating: 2,
        note: 'Late',
        updatedAt: NOW.toISOString(),
      },
    };
    expect(modelOf({ found: false }, drafts, NOW, reply)).toEqual({
      draftKey: 'pick-partner',
      noContext: true,
      picker: [
        { id: PARTNER_ID, name: 'Acme Corp', status: 'active' },
        { id: OTHER_ID, name: 'Vandelay', status: 'candidate' },
      ],
      fields: { partnerId: OTHER_ID, rating: 2, categories: [], note: 'Late' },
    });
    // A picked partner that is gone is dropped; the rest of the draft stays.
    const gone = { 'pick-partner': { ...drafts['pick-partner'], partnerId: GLOBEX_ID } };
    expect(modelOf({ found: false }, gone, NOW, reply)?.fields).toEqual({
      rating: 2,
      categories: [],
      note: 'Late',
    });
    // A failed or malformed reply leaves the picker to React.
    for (const bad of [
      { ok: false, error: { code: 'internal', message: 'x' } },
      { ok: true, result: [{ id: PARTNER_ID }] },
      null,
    ]) {
      expect(modelOf({ found: false }, drafts, NOW, bad)).toBeNull();
    }
  });

  it("keeps no picked partner in a page's draft, whose partner the page fixes", () => {
    const drafts = {
      [DRAFT_KEY]: { partnerId: GLOBEX_ID, note: 'Kept', updatedAt: NOW.toISOString() },
    };
    expect(modelOf(read({ 7: snapshot() }), drafts, NOW)?.fields).toEqual({
      categories: [],
      note: 'Kept',
    });
  });

  it('starts with the picker on an unmapped page too, for its item', () => {
    const unmapped = read({ 7: snapshot({ view: { context: {}, match: null } }) });
    const reply = { ok: true, result: [{ id: PARTNER_ID, name: 'Acme Corp', status: 'active' }] };
    const drafts = {
      [DRAFT_KEY]: { partnerId: PARTNER_ID, note: 'Picked', updatedAt: NOW.toISOString() },
    };
    expect(framePageOf(unmapped)?.partner).toBeNull();
    expect(modelOf(unmapped, drafts, NOW, reply)).toEqual({
      draftKey: DRAFT_KEY,
      noContext: false,
      picker: [{ id: PARTNER_ID, name: 'Acme Corp', status: 'active' }],
      item: ACME_1,
      fields: { partnerId: PARTNER_ID, categories: [], note: 'Picked' },
    });
    // Only where the picker would be shown is the list waited for.
    expect(framePageOf({ found: false })).toEqual({ partner: null, noContext: true });
    expect(framePageOf(read({ 7: snapshot() }))?.partner).toEqual({
      id: PARTNER_ID,
      name: 'Acme Corp',
    });
    expect(framePageOf(read(undefined))).toBeNull();
    expect(framePageOf(read({ 7: snapshot({ item: 'x' }) }))).toBeNull();
  });
});
