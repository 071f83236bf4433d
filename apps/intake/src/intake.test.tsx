import { type TFramework, ZFramework, zhzJeugdhulp } from '@duiding/survey';
import { loadSignifierInputs } from '@duiding/ui';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TSubmitInput } from './api-types';
import { Intake } from './intake-app';
import { preloadEverything } from './test-preload';

// The chunks the built intake loads on demand, here from the start.
beforeAll(preloadEverything);

// The triad, dyad and stones inputs are a chunk of their own; load it before the screens.
beforeAll(() => loadSignifierInputs());
// happy-dom's browser speaks English; these tests read the Dutch texts.
beforeEach(() => window.history.replaceState(null, '', '/?lang=nl'));
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** A short framework: the ZHZ texts, one triad, one dyad and a question shown only sometimes. */
const framework: TFramework = ZFramework.parse({
  ...zhzJeugdhulp,
  signifiers: [
    zhzJeugdhulp.signifiers.find((q) => q.id === 'hulp'),
    zhzJeugdhulp.signifiers.find((q) => q.id === 'gevoel'),
    {
      id: 'waarom',
      kind: 'text',
      label: { nl: 'Wat maakte het zo negatief?' },
      visibleIf: { question: 'gevoel', anyOf: ['negatief', 'heel_negatief'] },
    },
  ],
  participantQuestions: zhzJeugdhulp.participantQuestions.filter((q) => q.id === 'rol'),
});
const open = {
  collection: {
    id: 'c1',
    slug: 'zhz',
    title: 'ZHZ vertelt',
    opensAt: '2026-01-01T00:00:00.000Z',
    closesAt: '2027-01-01T00:00:00.000Z',
    languages: ['nl', 'en'] as ('nl' | 'en')[],
    status: 'open' as const,
  },
  framework,
};

const next = () => fireEvent.click(screen.getByRole('button', { name: /Volgende|Verstuur/ }));
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

async function tellUntilLastStep() {
  fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }));
  next();
  fireEvent.click(screen.getByRole('radio', { name: 'Ouder of verzorger' }));
  next();
  fireEvent.click(screen.getByRole('radio', { name: /Vertel over een moment/ }));
  next();
  fireEvent.change(screen.getByLabelText('Titel van je verhaal'), {
    target: { value: 'Eindelijk gehoord' },
  });
  fireEvent.change(screen.getByLabelText('Je verhaal'), {
    target: { value: 'De hulpverlener luisterde echt naar wat wij nodig hadden.' },
  });
  next();
  const triangle = document.getElementById('vraag-hulp')!;
  fireEvent.keyDown(triangle, { key: 'ArrowUp' });
  next();
  fireEvent.click(screen.getByRole('radio', { name: 'Positief' }));
}

describe('intake', () => {
  it('will not start without consent, and says so in a focused summary', () => {
    render(<Intake open={open} submit={vi.fn()} />);
    next();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Vink aan dat je meedoet');
    expect(document.activeElement).toBe(summary);
    expect(heading()).toBe('Ervaringen met jeugdhulp');
  });

  it('moves focus to the heading of each new screen', () => {
    render(<Intake open={open} submit={vi.fn()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }));
    next();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'Over jou' }),
    );
    fireEvent.click(screen.getByRole('button', { name: '← Vorige stap' }));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'Ervaringen met jeugdhulp' }),
    );
  });

  it('reports each step reached once, also when the person goes back and on again', () => {
    const reportStep = vi.fn();
    render(<Intake open={open} submit={vi.fn()} reportStep={reportStep} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }));
    next();
    fireEvent.click(screen.getByRole('button', { name: '← Vorige stap' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Ouder of verzorger' }));
    next();
    expect(reportStep.mock.calls.map(([step]) => step)).toEqual([
      'welkom',
      'over-jou',
      'vertelvraag',
    ]);
  });

  it('switches to the youth texts for a young person, with a way back', () => {
    render(<Intake open={open} submit={vi.fn()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Jongere van 12 tot 17 jaar' }));
    next();
    expect(
      screen.getByText(/Vertel over een keer dat er goed naar je werd geluisterd/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Toon de gewone vragen' }));
    expect(screen.getByText(/Vertel over een moment waarop je je gehoord voelde/)).toBeTruthy();
  });

  it('asks a conditional question only when the earlier answer calls for it', async () => {
    render(<Intake open={open} submit={vi.fn()} />);
    await tellUntilLastStep();
    expect(screen.getByText('Stap 6 van 6')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Negatief' }));
    expect(screen.getByText('Stap 6 van 7')).toBeTruthy();
  });

  it('submits once per story id, and a second story gets a new id and keeps the participant', async () => {
    const submit = vi.fn(async (_input: TSubmitInput) => ({ storyId: 's1', duplicate: false }));
    render(<Intake open={open} submit={submit} />);
    await tellUntilLastStep();
    await act(async () => next());
    expect(heading()).toBe('Dank je wel!');
    const first = submit.mock.calls[0]![0];
    expect(first.story).toEqual({
      promptId: 'gehoord',
      title: 'Eindelijk gehoord',
      text: 'De hulpverlener luisterde echt naar wat wij nodig hadden.',
      language: 'nl',
    });
    expect(first.participant.answers).toEqual({ rol: 'ouder_of_verzorger' });
    expect(first.answers.gevoel).toBe('positief');
    expect((first.answers.hulp as { a: number }).a).toBeGreaterThan(1 / 3);

    fireEvent.click(screen.getByRole('button', { name: 'Nog een verhaal vertellen' }));
    expect(heading()).toBe('Waarover wil je vertellen?');
    fireEvent.click(screen.getByRole('radio', { name: /Stel, een vriend vraagt/ }));
    next();
    fireEvent.change(screen.getByLabelText('Titel van je verhaal'), { target: { value: 'Twee' } });
    fireEvent.change(screen.getByLabelText('Je verhaal'), {
      target: { value: 'Het tweede verhaal gaat over de wachtlijst van de jeugd-ggz.' },
    });
    next();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Niet van toepassing op mijn verhaal' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Neutraal' }));
    await act(async () => next());
    const second = submit.mock.calls[1]![0];
    expect(second.clientId).not.toBe(first.clientId);
    expect(second.participant).toEqual(first.participant);
    expect(second.answers.hulp).toBe('na');
  });

  it('shows a server error next to its question, on that question’s screen', async () => {
    const submit = vi.fn(async () => {
      throw Object.assign(new Error('Niet alle antwoorden zijn goed ingevuld.'), {
        data: {
          appCode: 'INVALID_ANSWERS',
          answerErrors: [
            {
              question: 'hulp',
              code: 'triad-sum',
              message: 'De drie delen van de driehoek tellen niet op tot 100%.',
            },
          ],
        },
      });
    });
    render(<Intake open={open} submit={submit} />);
    await tellUntilLastStep();
    await act(async () => next());
    expect(heading()).toBe('Wat hielp in dit verhaal het meest?');
    expect(document.getElementById('vraag-hulp-error')?.textContent).toContain('tellen niet op');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('shows a closed collection as a page alert in Dutch and stays on the screen', async () => {
    const submit = vi.fn(async () => {
      throw Object.assign(new Error('Deze verzameling is gesloten.'), {
        data: { appCode: 'COLLECTION_CLOSED' },
      });
    });
    render(<Intake open={open} submit={submit} />);
    await tellUntilLastStep();
    await act(async () => next());
    expect(screen.getByRole('alert').textContent).toContain('Deze verzameling is gesloten.');
    expect(screen.getByText('Stap 6 van 6')).toBeTruthy();
  });
});
