import { zhzJeugdhulp } from '@duiding/survey';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInForm } from './sign-in-form';
import { StoryCard } from './story-card';

afterEach(cleanup);

describe('SignInForm', () => {
  it('names the missing fields without calling the server', () => {
    const signIn = vi.fn();
    render(<SignInForm signIn={signIn} onSignedIn={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(signIn).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Vul je e-mailadres in.');
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the server’s Dutch message when the password is wrong', async () => {
    const signIn = vi.fn(async () => {
      throw Object.assign(new Error('E-mailadres of wachtwoord klopt niet'), {
        data: { appCode: 'UNAUTHORIZED' },
      });
    });
    const onSignedIn = vi.fn();
    render(<SignInForm signIn={signIn} onSignedIn={onSignedIn} />);
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'a@b.nl ' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'fout' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Inloggen' })));
    expect(signIn).toHaveBeenCalledWith({ email: 'a@b.nl', password: 'fout' });
    expect(screen.getByRole('alert').textContent).toContain('E-mailadres of wachtwoord klopt niet');
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});

describe('StoryCard', () => {
  it('shows the prompt, the date in Dutch and each answer readably', () => {
    render(
      <StoryCard
        collectionTitle="Ervaringen 2026"
        framework={zhzJeugdhulp}
        story={{
          id: 's1',
          collectionId: 'c1',
          textSource: 'original',
          promptId: 'gehoord',
          title: 'Eindelijk gehoord',
          text: 'Ze luisterden.',
          status: 'pending',
          language: 'nl',
          channel: 'web',
          createdOn: '2026-03-05',
          answers: { hulp: { a: 0.6, b: 0.3, c: 0.1 }, tempo: 0.8, gevoel: 'positief' },
          participantAnswers: { rol: 'grootouder' },
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Eindelijk gehoord' })).toBeTruthy();
    expect(
      screen.getByText(/5 maart 2026 · Wacht op moderatie · Website · Ervaringen 2026/),
    ).toBeTruthy();
    expect(screen.getByText(/Vertel over een moment waarop je je gehoord voelde/)).toBeTruthy();
    expect(
      screen.getByText(
        '60% Mijn eigen kracht, 30% De hulpverlener, 10% Mensen om mij heen (familie, vrienden, school)',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^80 van 100: van "veel te laat"/)).toBeTruthy();
    expect(screen.getByText('Grootouder')).toBeTruthy();
  });

  it('says that the teller’s own answers are hidden when the role may not see them', () => {
    render(
      <StoryCard
        collectionTitle="Ervaringen 2026"
        framework={zhzJeugdhulp}
        story={{
          id: 's2',
          collectionId: 'c1',
          promptId: 'gehoord',
          title: 'Zonder gegevens',
          text: 'Ze luisterden.',
          status: 'approved',
          language: 'nl',
          channel: 'paper',
          createdOn: '2026-03-05',
          answers: {},
          participantAnswers: null,
          textSource: 'moderated',
        }}
      />,
    );
    expect(screen.getByText(/niet zichtbaar voor jouw rol/)).toBeTruthy();
    expect(screen.getByText(/Van papier/)).toBeTruthy();
  });
});
