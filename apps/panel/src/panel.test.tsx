import { haaglandenPanelWave1 } from '@duiding/survey';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answerReducer, checkAnswers, errorLinks, type TAnswerState } from './answer-flow';
import { problemTitle } from './pages/layout';
import { PanelRoute } from './panel-app';
import { parseRoute, routeHash } from './route';

afterEach(cleanup);

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

describe('parseRoute', () => {
  it('reads the personal link and its pages from the fragment', () => {
    expect(parseRoute(`#/l/${TOKEN}`)).toEqual({ page: 'home', token: TOKEN });
    expect(parseRoute(`#/l/${TOKEN}/ronde/abc-1`)).toEqual({
      page: 'wave',
      token: TOKEN,
      collectionId: 'abc-1',
    });
    expect(parseRoute(`#/l/${TOKEN}/afmelden`)).toEqual({ page: 'unsubscribe', token: TOKEN });
    for (const route of [
      { page: 'home', token: TOKEN },
      { page: 'results', token: TOKEN, collectionId: 'x' },
      { page: 'profile', token: TOKEN },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('calls a cut-off or made-up link a bad link, and no link no link', () => {
    expect(parseRoute('')).toEqual({ page: 'no-link' });
    expect(parseRoute(`#/l/${TOKEN.slice(0, 30)}`)).toEqual({ page: 'bad-link' });
    expect(parseRoute(`#/l/${TOKEN}/iets`)).toEqual({ page: 'bad-link' });
    expect(parseRoute('#/admin')).toEqual({ page: 'bad-link' });
  });
});

describe('PanelRoute', () => {
  it('shows a clear Dutch page for a bogus link, never a questionnaire or "Verbonden"', () => {
    render(<PanelRoute route={{ page: 'bad-link' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Deze link werkt niet');
    expect(screen.getByRole('alert').textContent).toMatch(/niet compleet of klopt niet/);
    expect(document.body.textContent).not.toMatch(/Verbonden/);
  });

  it('without a link says to open the one from the mail', () => {
    render(<PanelRoute route={{ page: 'no-link' }} />);
    expect(document.body.textContent).toMatch(/persoonlijke link uit je uitnodiging/);
  });
});

describe('problemTitle', () => {
  it('says "the link does not work" only when the link opens nothing, not for a dropped line', () => {
    expect(problemTitle('UNAUTHORIZED')).toBe('Deze link werkt niet');
    expect(problemTitle('BAD_INPUT')).toBe('Deze link werkt niet');
    expect(problemTitle(undefined)).toBe('Er ging iets mis');
    expect(problemTitle('RATE_LIMITED')).toBe('Even wachten');
  });
});

describe('answerReducer', () => {
  const loaded = answerReducer(
    { kind: 'loading' },
    {
      type: 'loaded',
      framework: haaglandenPanelWave1,
      title: 'Ronde 1',
      closesAt: '2026-11-30T23:00:00Z',
      values: { profile: {}, answers: {} },
    },
  ) as Extract<TAnswerState, { kind: 'form' }>;

  it('checks answers like the server and clears only the error of the answer given', () => {
    const errors = checkAnswers(haaglandenPanelWave1, loaded.values);
    expect(errors.map((e) => e.question)).toContain('ruimte_oordeel');
    expect(errors.map((e) => e.question)).toContain('organisatie');
    const invalid = answerReducer(loaded, { type: 'invalid', errors });
    const after = answerReducer(invalid, {
      type: 'answer',
      field: 'answers',
      id: 'ruimte_oordeel',
      value: 4,
    });
    expect(after.kind === 'form' && after.errors.map((e) => e.question)).not.toContain(
      'ruimte_oordeel',
    );
    expect(after.kind === 'form' && after.errors.length).toBe(errors.length - 1);
  });

  it('asks for the summary to take focus only when sending finds problems, not while answering', () => {
    const errors = checkAnswers(haaglandenPanelWave1, loaded.values);
    const invalid = answerReducer(loaded, { type: 'invalid', errors });
    expect(invalid.kind === 'form' && invalid.summaryFocus).toBe(1);
    const typing = answerReducer(invalid, {
      type: 'answer',
      field: 'answers',
      id: 'corona_ervaring',
      value: 'Beeldbellen',
    });
    expect(typing.kind === 'form' && typing.summaryFocus).toBe(1);
    const failed = answerReducer(typing, { type: 'failed', message: 'De server is weg.' });
    expect(failed.kind === 'form' && failed.summaryFocus).toBe(2);
  });

  it('names the question in each link of the error summary', () => {
    const links = errorLinks(
      haaglandenPanelWave1,
      [
        { question: 'organisatie', code: 'required', message: 'Beantwoord deze vraag.' },
        { question: 'werkdruk', code: 'required', message: 'Beantwoord deze vraag.' },
      ] as ReturnType<typeof checkAnswers>,
      (id) => `vraag-${id}`,
    );
    expect(links).toEqual([
      { target: 'vraag-organisatie', message: 'Waar werk je? Beantwoord deze vraag.' },
      { target: 'vraag-werkdruk', message: 'Mijn werkdruk is … Beantwoord deze vraag.' },
    ]);
  });

  it('submits once: a second submit while sending changes nothing, done ends the form', () => {
    const sending = answerReducer(loaded, { type: 'submit' });
    expect(sending.kind === 'form' && sending.submitting).toBe(true);
    const done = answerReducer(sending, { type: 'done' });
    expect(done).toEqual({ kind: 'done', title: 'Ronde 1' });
    expect(answerReducer(done, { type: 'submit' })).toBe(done);
  });
});
