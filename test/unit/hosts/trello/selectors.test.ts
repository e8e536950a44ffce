/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { detectContext } from '@/lib/hosts/detect';
import { TRELLO_SELECTORS } from '@/lib/hosts/trello/selectors';
import { loadDomFixture, readAll } from '../dom-fixture';

const URL_OF_CARD = 'https://trello.com/c/Qw3rTy12/1-onboarding-flow-copy';

describe('Trello selectors', () => {
  it('reads board cards (2023 markup and older) and the card back, on the board on screen', () => {
    loadDomFixture('trello-card-back.html');
    const context = detectContext(URL_OF_CARD)!;
    // The card URL does not name its board; the inline script reads it from the API first.
    const page = { url: new URL(URL_OF_CARD), context, scopeId: 'AbCd1234' };
    expect(readAll(TRELLO_SELECTORS.cards, page).map(({ item }) => item)).toEqual([
      { key: 'Qw3rTy12', scopeId: 'AbCd1234' },
      { key: 'Zx9cVb34', scopeId: 'AbCd1234' },
      { key: 'Mn8bVc56', scopeId: 'AbCd1234' },
    ]);
    expect(readAll(TRELLO_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: 'Qw3rTy12', scopeId: 'AbCd1234' },
    ]);
  });

  it('tags nothing while the board is not known yet', () => {
    loadDomFixture('trello-card-back.html');
    const page = { url: new URL(URL_OF_CARD), context: detectContext(URL_OF_CARD)! };
    expect(readAll(TRELLO_SELECTORS.cards, page).every(({ item }) => item === null)).toBe(true);
    expect(readAll(TRELLO_SELECTORS.titles, page).every(({ item }) => item === null)).toBe(true);
  });
});
