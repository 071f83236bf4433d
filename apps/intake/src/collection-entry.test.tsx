import { zhzJeugdhulp, zhzVerteltLanding, zhzVerteltTheme } from '@duiding/survey';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TCodeServer } from './api-types';
import { collectionFromAddress } from './collection-address';
import { CollectionEntry, type TOpenedCollection } from './collection-entry';
import { applyTheme, type TIntakeTheme, themeProperties, tokenProperty } from './collection-theme';
import { preloadEverything } from './test-preload';

// The chunks the built intake loads on demand, here from the start.
beforeAll(preloadEverything);

// happy-dom's browser speaks English; these tests read the Dutch texts.
beforeEach(() => window.history.replaceState(null, '', '/?lang=nl'));
afterEach(cleanup);

const theme: TIntakeTheme = {
  name: zhzVerteltTheme.name,
  logo: zhzVerteltTheme.logo,
  colours: zhzVerteltTheme.colours as TIntakeTheme['colours'],
};
const collection = {
  id: 'c1',
  slug: 'zhz-vertelt-2026',
  title: 'ZHZ vertelt 2026',
  opensAt: '2026-09-30T22:00:00.000Z',
  closesAt: '2027-01-31T23:00:00.000Z',
  languages: ['nl', 'en'] as ('nl' | 'en')[],
};
const codes = {
  saveDraft: vi.fn(),
  loadDraft: vi.fn(),
  myStories: vi.fn(),
  withdraw: vi.fn(),
} as unknown as TCodeServer;

function show(opened: TOpenedCollection, landingRoute = true) {
  return render(
    <CollectionEntry opened={opened} landingRoute={landingRoute} submit={vi.fn()} codes={codes} />,
  );
}

const openOne: TOpenedCollection = {
  status: 'open',
  collection: { ...collection, status: 'open' },
  landing: zhzVerteltLanding,
  theme,
  framework: zhzJeugdhulp,
};

describe('collectionFromAddress', () => {
  it('reads a landing address, a direct ?collectie= and the plain start', () => {
    expect(collectionFromAddress({ pathname: '/o/zhz-vertelt-2026', search: '' })).toEqual({
      slug: 'zhz-vertelt-2026',
      landing: true,
    });
    expect(collectionFromAddress({ pathname: '/', search: '?collectie=abc' })).toEqual({
      slug: 'abc',
      landing: false,
    });
    expect(collectionFromAddress({ pathname: '/', search: '' })).toEqual({ landing: false });
    expect(collectionFromAddress({ pathname: '/o/Niet_Goed', search: '' })).toEqual({
      landing: false,
    });
  });
});

describe('the landing page', () => {
  it('tells what, how long, what happens, privacy and whom to ask; then starts the intake', () => {
    show(openOne);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ZHZ vertelt 2026');
    const main = screen.getByRole('main').textContent ?? '';
    expect(main).toContain('Het duurt ongeveer 20 minuten.');
    expect(main).toContain('jaarverslag');
    expect(main).toContain('geen IP-adres');
    expect(screen.getByRole('link', { name: 'onderzoek@zhzvertelt.example' })).toHaveProperty(
      'href',
      'mailto:onderzoek@zhzvertelt.example',
    );
    expect(screen.getByRole('img', { name: 'Logo van ZHZ vertelt' })).toBeTruthy();
    // Nothing to fill in yet.
    expect(document.querySelectorAll('input, textarea')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Begin met vertellen' }));
    expect(
      screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }),
    ).toBeTruthy();
  });

  it('is skipped on the plain start, which opens the intake at once', () => {
    show(openOne, false);
    expect(
      screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }),
    ).toBeTruthy();
  });

  it('before opening and after closing says so and offers nothing to fill in', () => {
    for (const status of ['upcoming', 'closed'] as const) {
      const { unmount } = show({
        status,
        collection: { ...collection, status },
        landing: zhzVerteltLanding,
        theme,
        message:
          status === 'upcoming'
            ? 'Dit onderzoek begint op 1 oktober 2026.'
            : 'Gesloten sinds 31 januari 2027.',
      });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
        status === 'upcoming' ? 'Dit onderzoek is nog niet begonnen' : 'Dit onderzoek is gesloten',
      );
      expect(screen.getByRole('status').textContent).toMatch(/1 oktober 2026|31 januari 2027/);
      expect(document.querySelectorAll('input, textarea, form')).toHaveLength(0);
      expect(screen.queryByRole('button', { name: /vertellen/i })).toBeNull();
      // After closing a story can still be withdrawn; before opening there is none.
      expect(screen.queryByRole('button', { name: 'Verhaal terugtrekken' }) !== null).toBe(
        status === 'closed',
      );
      unmount();
    }
  });
});

describe('the theme', () => {
  it('becomes NL Design System custom properties and the house variables, and comes off again', () => {
    expect(tokenProperty('utrecht.button.primary-action.color')).toBe(
      '--utrecht-button-primary-action-color',
    );
    const properties = themeProperties(theme);
    expect(properties['--utrecht-link-color']).toBe('#005a4e');
    expect(properties['--accent']).toBe('#005a4e');
    expect(properties['--paper']).toBe('#ffffff');

    applyTheme(theme);
    const root = document.documentElement;
    expect(root.style.getPropertyValue('--utrecht-focus-outline-color')).toBe('#b3530c');
    expect(root.dataset.collectionTheme).toBe('');
    applyTheme(null);
    expect(root.style.getPropertyValue('--utrecht-focus-outline-color')).toBe('');
    expect(root.dataset.collectionTheme).toBeUndefined();
  });
});
