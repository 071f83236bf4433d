import { type TFramework, ZFramework, zhzJeugdhulp } from '@duiding/survey';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TCodeServer, TSubmitInput } from './api-types';
import { Intake } from './intake-app';
import { preloadEverything } from './test-preload';

// The chunks the built intake loads on demand, here from the start.
beforeAll(preloadEverything);

// happy-dom's browser speaks English; these tests read the Dutch texts.
beforeEach(() => window.history.replaceState(null, '', '/?lang=nl'));
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

const framework: TFramework = ZFramework.parse({
  ...zhzJeugdhulp,
  signifiers: [zhzJeugdhulp.signifiers.find((q) => q.id === 'gevoel')],
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
const CODE = 'K7QP-MW3D-9XRT';

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

function fakeServer(overrides: Partial<TCodeServer> = {}): TCodeServer {
  return {
    saveDraft: vi.fn(async () => ({ code: CODE })),
    loadDraft: vi.fn(async () => ({
      collectionId: 'c1',
      updatedOn: '2026-11-15',
      draft: {
        participantAnswers: { rol: 'grootouder' },
        story: {
          promptId: 'gehoord',
          title: 'Half af',
          text: 'Ik was begonnen',
          language: 'nl' as const,
        },
        answers: {},
        step: 'story',
      },
    })),
    myStories: vi.fn(async () => ({
      stories: [{ id: 's1', title: 'Eindelijk gehoord', createdOn: '2026-11-15' }],
      withdrawnCount: 0,
      hasDraft: false,
    })),
    withdraw: vi.fn(async () => ({ withdrawn: 1 })),
    ...overrides,
  };
}

async function tellOneStory() {
  fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }));
  click('Volgende');
  fireEvent.click(screen.getByRole('radio', { name: 'Ouder of verzorger' }));
  click('Volgende');
  fireEvent.click(screen.getByRole('radio', { name: /Vertel over een moment/ }));
  click('Volgende');
  fireEvent.change(screen.getByLabelText('Titel van je verhaal'), { target: { value: 'Een' } });
  fireEvent.change(screen.getByLabelText('Je verhaal'), {
    target: { value: 'De hulpverlener luisterde echt naar wat wij nodig hadden.' },
  });
  click('Volgende');
  fireEvent.click(screen.getByRole('radio', { name: 'Positief' }));
  await act(async () => click('Verstuur je verhaal'));
}

describe('the personal code', () => {
  it('is shown on the thank-you with a copy button, kept in memory for the next story, never in storage', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const submit = vi.fn(async (input: TSubmitInput) => ({
      storyId: 's',
      duplicate: false,
      ...(input.participantCode ? {} : { participantCode: CODE }),
    }));
    render(<Intake open={open} submit={submit} codes={fakeServer()} />);
    await tellOneStory();

    expect(heading()).toBe('Dank je wel!');
    expect(document.getElementById('persoonlijke-code')?.textContent).toBe(CODE);
    await act(async () => click('Kopieer de code'));
    expect(writeText).toHaveBeenCalledWith(CODE);
    expect(screen.getByRole('status').textContent).toBe('De code is gekopieerd.');
    expect(submit.mock.calls[0]![0].participantCode).toBeUndefined();

    click('Nog een verhaal vertellen');
    fireEvent.click(screen.getByRole('radio', { name: /Vertel over een moment/ }));
    click('Volgende');
    fireEvent.change(screen.getByLabelText('Titel van je verhaal'), { target: { value: 'Twee' } });
    fireEvent.change(screen.getByLabelText('Je verhaal'), {
      target: { value: 'Nog een ervaring met de wachtlijst van de jeugd-ggz.' },
    });
    click('Volgende');
    fireEvent.click(screen.getByRole('radio', { name: 'Neutraal' }));
    await act(async () => click('Verstuur je verhaal'));

    expect(submit.mock.calls[1]![0].participantCode).toBe(CODE);
    expect(document.getElementById('persoonlijke-code')?.textContent).toBe(CODE);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});

describe('withdrawing', () => {
  it('shows the stories of the code, and withdraws them after confirmation', async () => {
    const server = fakeServer();
    render(<Intake open={open} submit={vi.fn()} codes={server} />);
    click('Verhaal terugtrekken');
    expect(heading()).toBe('Verhaal terugtrekken');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));

    fireEvent.change(screen.getByLabelText('Je persoonlijke code'), {
      target: { value: 'k7qp mw3d 9xrt' },
    });
    await act(async () => click('Toon mijn verhalen'));
    expect(server.myStories).toHaveBeenCalledWith({ code: 'k7qp mw3d 9xrt' });
    const list = screen.getByRole('list', { name: 'Jouw verhalen' });
    expect(list.textContent).toBe('Eindelijk gehoord, verteld op 15 november 2026');
    expect(server.withdraw).not.toHaveBeenCalled();

    await act(async () => click('Ja, trek mijn verhalen terug'));
    expect(server.withdraw).toHaveBeenCalledWith({ code: 'k7qp mw3d 9xrt' });
    expect(heading()).toBe('Je verhalen zijn teruggetrokken');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByText(/1 verhaal is teruggetrokken/)).toBeTruthy();
  });

  it('with two stories, withdraws only the one chosen and says the other stays', async () => {
    const server = fakeServer({
      myStories: vi.fn(async () => ({
        stories: [
          { id: 's1', title: 'Eindelijk gehoord', createdOn: '2026-11-15' },
          { id: 's2', title: 'Lang gewacht', createdOn: '2026-11-16' },
        ],
        withdrawnCount: 0,
        hasDraft: false,
      })),
    });
    render(<Intake open={open} submit={vi.fn()} codes={server} />);
    click('Verhaal terugtrekken');
    fireEvent.change(screen.getByLabelText('Je persoonlijke code'), { target: { value: CODE } });
    await act(async () => click('Toon mijn verhalen'));

    const group = screen.getByRole('group', { name: 'Wat wil je terugtrekken?' });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: 'Alle 2 verhalen onder deze code' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(
      screen.getByRole('radio', { name: 'Alleen "Lang gewacht", verteld op 16 november 2026' }),
    );
    await act(async () => click('Ja, trek dit verhaal terug'));
    expect(server.withdraw).toHaveBeenCalledWith({ code: CODE, storyId: 's2' });
    expect(heading()).toBe('Je verhaal is teruggetrokken');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByText(/Je andere verhalen blijven staan/).textContent).toContain(
      'Lang gewacht',
    );
  });

  it('says in a focused alert when the code is unknown, linked to the code field', async () => {
    const server = fakeServer({
      myStories: vi.fn(async () => {
        throw Object.assign(new Error('Deze code kennen we niet.'), {
          data: { appCode: 'NOT_FOUND' },
        });
      }),
    });
    render(<Intake open={open} submit={vi.fn()} codes={server} />);
    click('Verhaal terugtrekken');
    click('Toon mijn verhalen');
    expect(screen.getByRole('alert').textContent).toContain('Vul je persoonlijke code in.');
    expect(server.myStories).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Je persoonlijke code'), { target: { value: CODE } });
    await act(async () => click('Toon mijn verhalen'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Deze code kennen we niet.');
    expect(document.activeElement).toBe(alert);
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('#code-invoer');
    const input = screen.getByLabelText('Je persoonlijke code');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Typing a correction keeps the focus in the field (the alert does not grab it back).
    input.focus();
    fireEvent.change(input, { target: { value: 'K7QP' } });
    expect(document.activeElement).toBe(input);
  });
});

describe('saving and resuming a draft', () => {
  it('saves the story under a code and shows it; resuming with a code returns to the saved screen', async () => {
    const server = fakeServer();
    render(<Intake open={open} submit={vi.fn()} codes={server} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }));
    click('Volgende');
    fireEvent.click(screen.getByRole('radio', { name: 'Grootouder' }));
    click('Volgende');
    fireEvent.click(screen.getByRole('radio', { name: /Vertel over een moment/ }));
    click('Volgende');
    fireEvent.change(screen.getByLabelText('Je verhaal'), { target: { value: 'Ik was begonnen' } });
    await act(async () => click('Bewaren en later verder'));

    expect(server.saveDraft).toHaveBeenCalledWith({
      collectionId: 'c1',
      draft: {
        participantAnswers: { rol: 'grootouder' },
        story: { promptId: 'gehoord', title: '', text: 'Ik was begonnen', language: 'nl' },
        answers: {},
        step: 'story',
      },
    });
    expect(heading()).toBe('Je verhaal is bewaard');
    expect(document.getElementById('persoonlijke-code')?.textContent).toBe(CODE);
    cleanup();

    // Later, a fresh page: "Verder met je code".
    render(<Intake open={open} submit={vi.fn()} codes={server} />);
    click('Verder met je code');
    fireEvent.change(screen.getByLabelText('Je persoonlijke code'), { target: { value: CODE } });
    await act(async () => click('Verder schrijven'));
    expect(heading()).toBe('Jouw verhaal');
    expect((screen.getByLabelText('Je verhaal') as HTMLTextAreaElement).value).toBe(
      'Ik was begonnen',
    );
    expect((screen.getByLabelText('Titel van je verhaal') as HTMLInputElement).value).toBe(
      'Half af',
    );
  });

  it('refuses a draft of another collection with a clear message', async () => {
    const server = fakeServer({
      loadDraft: vi.fn(async () => ({
        collectionId: 'other',
        updatedOn: '2026-11-15',
        draft: { participantAnswers: {}, story: { language: 'nl' as const }, answers: {} },
      })),
    });
    render(<Intake open={open} submit={vi.fn()} codes={server} />);
    click('Verder met je code');
    fireEvent.change(screen.getByLabelText('Je persoonlijke code'), { target: { value: CODE } });
    await act(async () => click('Verder schrijven'));
    expect(screen.getByRole('alert').textContent).toContain('hoort bij een ander onderzoek');
    expect(heading()).toBe('Verder met je code');
  });
});
