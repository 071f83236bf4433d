import { type TFramework, ZFramework, zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import {
  currentStep,
  draftOf,
  flowReducer,
  initialFlow,
  reachablePlace,
  submitInput,
  type TFlowAction,
  type TFlowState,
} from './flow';
import { parseSnapshot, snapshotOf } from './session-store';
import { startFlow } from './start';
import { placeOfSlug, placeSlug, placeUrl } from './url';

/** ZHZ with one participant question, two signifiers and one shown only after a negative story. */
const framework: TFramework = ZFramework.parse({
  ...zhzJeugdhulp,
  signifiers: [
    zhzJeugdhulp.signifiers.find((q) => q.id === 'gevoel'),
    {
      id: 'waarom',
      kind: 'text',
      label: { nl: 'Wat maakte het zo negatief?', en: 'What made it so negative?' },
      visibleIf: { question: 'gevoel', anyOf: ['negatief', 'heel_negatief'] },
    },
    zhzJeugdhulp.signifiers.find((q) => q.id === 'betrokken'),
  ],
  participantQuestions: zhzJeugdhulp.participantQuestions.filter((q) => q.id === 'rol'),
});

const ids = { participantClientId: 'p-1', storyClientId: 's-1' };
const reduce = flowReducer(framework);
const run = (state: TFlowState, ...actions: TFlowAction[]) => actions.reduce(reduce, state);
const fresh = () => initialFlow(ids, 'nl');
const stepOf = (state: TFlowState) => ('step' in state.place ? state.place.step : state.place.page);

const consent: TFlowAction = { type: 'answer', target: { field: 'consent' }, value: true };
const rol: TFlowAction = {
  type: 'answer',
  target: { field: 'participant', id: 'rol' },
  value: 'ouder_of_verzorger',
};
const prompt: TFlowAction = { type: 'answer', target: { field: 'prompt' }, value: 'gehoord' };
const title: TFlowAction = { type: 'answer', target: { field: 'title' }, value: 'Gehoord' };
const text: TFlowAction = {
  type: 'answer',
  target: { field: 'text' },
  value: 'De hulpverlener luisterde echt naar wat wij nodig hadden.',
};
const feeling = (value: string): TFlowAction => ({
  type: 'answer',
  target: { field: 'signifier', id: 'gevoel' },
  value,
});
const next: TFlowAction = { type: 'next' };

/** On the first signifier, every earlier step answered. */
const atSignifiers = () => run(fresh(), consent, next, rol, next, prompt, next, title, text, next);

describe('the intake flow', () => {
  it('starts on the welcome step, with nothing to send and no focus request', () => {
    const state = fresh();
    expect(stepOf(state)).toBe('welcome');
    expect(state.unsent).toBe(false);
    expect(state.focus.n).toBe(0);
  });

  it('"Volgende" with a problem stays, lists it and asks focus for the summary', () => {
    const state = run(fresh(), next);
    expect(stepOf(state)).toBe('welcome');
    expect(state.errors.map((e) => e.question)).toEqual(['consent']);
    expect(state.focus).toEqual({ to: 'summary', n: 1 });
    expect(state.nav.n).toBe(0);
    // Asking again asks focus again, for the same summary.
    expect(run(state, next).focus).toEqual({ to: 'summary', n: 2 });
  });

  it('an answer clears its own error, keeps the others, and never moves focus or the address', () => {
    const onParticipant = run(fresh(), consent, next);
    const withErrors = run(onParticipant, next);
    expect(withErrors.errors.map((e) => e.question)).toEqual(['rol']);
    const answered = run(withErrors, rol);
    expect(answered.errors).toEqual([]);
    expect(answered.focus).toBe(withErrors.focus);
    expect(answered.nav).toBe(withErrors.nav);
    expect(answered.unsent).toBe(true);

    const story = run(fresh(), consent, next, rol, next, prompt, next, next);
    expect(story.errors.map((e) => e.question).sort()).toEqual(['text', 'title']);
    const typed = run(story, title);
    expect(typed.errors.map((e) => e.question)).toEqual(['text']);
    expect(typed.focus).toBe(story.focus);
  });

  it('"Volgende" without problems goes to the next step: a history entry, focus on its heading', () => {
    const state = run(fresh(), consent, next);
    expect(stepOf(state)).toBe('participant');
    expect(state.nav).toEqual({ mode: 'push', n: 1 });
    expect(state.focus).toEqual({ to: 'heading', n: 1 });
    expect(state.errors).toEqual([]);
  });

  it('"Vorige stap" goes one step back with every answer', () => {
    const state = run(atSignifiers(), { type: 'previous' });
    expect(stepOf(state)).toBe('story');
    expect(state.answers.story.title).toBe('Gehoord');
    expect(state.nav.mode).toBe('push');
    expect(run(fresh(), { type: 'previous' })).toEqual(fresh());
  });

  it('the browser’s Back and Forward visit a step without a new entry', () => {
    const state = atSignifiers();
    const back = run(state, { type: 'visit', place: { step: 'story' } });
    expect(stepOf(back)).toBe('story');
    expect(back.nav).toBe(state.nav);
    expect(back.focus.to).toBe('heading');
    const forward = run(back, { type: 'visit', place: { step: 'q:gevoel' } });
    expect(stepOf(forward)).toBe('q:gevoel');
    expect(forward.answers).toBe(state.answers);
  });

  it('Forward or an old address cannot skip a step that is not answered: it lands there, replaced', () => {
    const state = run(fresh(), consent, next);
    const skipped = run(state, { type: 'visit', place: { step: 'story' } });
    expect(stepOf(skipped)).toBe('participant');
    expect(skipped.nav).toEqual({ mode: 'replace', n: state.nav.n + 1 });
    // A step that does not exist (a hidden question) leads to the start.
    expect(reachablePlace(framework, state, { step: 'q:waarom' })).toEqual({ step: 'welcome' });
    // Pages that need something done first fall back to the step.
    expect(reachablePlace(framework, state, { page: 'thanks' })).toEqual({ step: 'participant' });
    expect(reachablePlace(framework, state, { page: 'saved' })).toEqual({ step: 'participant' });
  });

  it('a question shown by an earlier answer becomes a step of its own', () => {
    const state = run(atSignifiers(), feeling('negatief'), next);
    expect(stepOf(state)).toBe('q:waarom');
    const positive = run(atSignifiers(), feeling('positief'), next);
    expect(stepOf(positive)).toBe('q:betrokken');
  });

  it('"Volgende" on the last step asks to send; sent goes to thanks and nothing is unsent', () => {
    const last = run(atSignifiers(), feeling('positief'), next);
    expect(currentStep(framework, last)?.key).toBe('q:betrokken');
    const sending = run(
      last,
      {
        type: 'answer',
        target: { field: 'signifier', id: 'betrokken' },
        value: 0.4,
      },
      next,
    );
    expect(sending.busy).toBe('sending');
    expect(stepOf(sending)).toBe('q:betrokken');
    // A second press while it is being sent does nothing.
    expect(run(sending, next)).toBe(sending);

    const sent = run(sending, {
      type: 'sent',
      result: { storyId: 'x', duplicate: false, participantCode: 'AAAA-BBBB-CCCC' },
    });
    expect(stepOf(sent)).toBe('thanks');
    expect(sent.busy).toBeUndefined();
    expect(sent.unsent).toBe(false);
    expect(sent.sentTitle).toBe('Gehoord');
    expect(sent.participantCode).toBe('AAAA-BBBB-CCCC');
    // Back after sending shows the thank-you again, not the sent story to change and resend.
    expect(stepOf(run(sent, { type: 'visit', place: { step: 'story' } }))).toBe('thanks');
  });

  it('the sent story carries the language it was written in, not the one switched to later', () => {
    const written = run(atSignifiers(), feeling('positief'));
    expect(submitInput(framework, 'c1', written).story.language).toBe('nl');
    const switched = run(written, { type: 'setLocale', locale: 'en' });
    expect(switched.locale).toBe('en');
    expect(switched.answers).toBe(written.answers);
    expect(submitInput(framework, 'c1', switched).story.language).toBe('nl');
    const rewritten = run(switched, {
      type: 'answer',
      target: { field: 'text' },
      value: 'In English.',
    });
    expect(submitInput(framework, 'c1', rewritten).story.language).toBe('en');
    // A change of language replaces the address, it does not add a step to Back.
    expect(switched.nav.mode).toBe('replace');
    expect(switched.focus).toBe(written.focus);
  });

  it('sends answers of visible questions only, with the participant and the story ids', () => {
    const state = run(
      atSignifiers(),
      feeling('negatief'),
      { type: 'answer', target: { field: 'signifier', id: 'waarom' }, value: 'Lang wachten' },
      feeling('positief'),
    );
    const input = submitInput(framework, 'c1', state);
    expect(input.answers).toEqual({ gevoel: 'positief' });
    expect(input.clientId).toBe('s-1');
    expect(input.participant).toEqual({ clientId: 'p-1', answers: { rol: 'ouder_of_verzorger' } });
    expect(input.participantCode).toBeUndefined();
  });

  it('a failed send with answer errors goes to the step of the first one, summary focused', () => {
    const sending = { ...run(atSignifiers(), feeling('positief')), busy: 'sending' as const };
    const failed = run(sending, {
      type: 'sendFailed',
      message: 'Niet alles is goed.',
      answerErrors: [{ question: 'story.text', code: 'required', message: 'Schrijf je verhaal.' }],
    });
    expect(stepOf(failed)).toBe('story');
    expect(failed.errors.map((e) => e.message)).toEqual(['Schrijf je verhaal.']);
    expect(failed.focus.to).toBe('summary');
    expect(failed.busy).toBeUndefined();
    expect(failed.unsent).toBe(true);
  });

  it('a failed send without answer errors stays and says why', () => {
    const sending = { ...atSignifiers(), busy: 'sending' as const };
    const failed = run(sending, {
      type: 'sendFailed',
      message: 'Deze verzameling is gesloten.',
      answerErrors: [],
    });
    expect(stepOf(failed)).toBe('q:gevoel');
    expect(failed.problem).toEqual({ kind: 'send', message: 'Deze verzameling is gesloten.' });
    expect(failed.focus.to).toBe('summary');
  });

  it('saving a draft: busy, then the saved page with the code, and nothing unsent', () => {
    const state = atSignifiers();
    const saving = run(state, { type: 'saveDraft' });
    expect(saving.busy).toBe('saving');
    expect(run(saving, { type: 'saveDraft' })).toBe(saving);
    expect(draftOf(saving)).toEqual({
      participantAnswers: { rol: 'ouder_of_verzorger' },
      story: {
        promptId: 'gehoord',
        title: 'Gehoord',
        text: 'De hulpverlener luisterde echt naar wat wij nodig hadden.',
        language: 'nl',
      },
      answers: {},
      step: 'q:gevoel',
    });
    const saved = run(saving, { type: 'saved', code: 'AAAA-BBBB-CCCC' });
    expect(stepOf(saved)).toBe('saved');
    expect(saved.unsent).toBe(false);
    expect(saved.participantCode).toBe('AAAA-BBBB-CCCC');
    const back = run(saved, { type: 'returnToStep' });
    expect(stepOf(back)).toBe('q:gevoel');

    const failed = run(saving, { type: 'saveFailed', message: 'Server weg.' });
    expect(failed.busy).toBeUndefined();
    expect(failed.problem).toEqual({ kind: 'save', message: 'Server weg.' });
    expect(failed.focus.to).toBe('summary');
  });

  it('another story keeps the participant and the code, with a new story id and empty story', () => {
    const sent = run(
      { ...atSignifiers(), busy: 'sending' },
      {
        type: 'sent',
        result: { storyId: 'x', duplicate: false, participantCode: 'AAAA-BBBB-CCCC' },
      },
    );
    const another = run(sent, { type: 'tellAnother', storyClientId: 's-2' });
    expect(stepOf(another)).toBe('prompt');
    expect(another.firstStory).toBe(false);
    expect(another.storyClientId).toBe('s-2');
    expect(another.participantClientId).toBe('p-1');
    expect(another.participantCode).toBe('AAAA-BBBB-CCCC');
    expect(another.answers.participantAnswers).toEqual({ rol: 'ouder_of_verzorger' });
    expect(another.answers.story).toEqual({ promptId: '', title: '', text: '' });
    expect(another.answers.answers).toEqual({});
  });

  it('"stop en vergeet" asks on a page of its own, then forgets everything but the language', () => {
    const state = run(atSignifiers(), { type: 'setLocale', locale: 'en' });
    const asking = run(state, { type: 'show', page: 'forget' });
    expect(stepOf(asking)).toBe('forget');
    expect(stepOf(run(asking, { type: 'returnToStep' }))).toBe('q:gevoel');
    const forgotten = run(asking, {
      type: 'forget',
      ids: { participantClientId: 'p-2', storyClientId: 's-2' },
    });
    expect(stepOf(forgotten)).toBe('welcome');
    expect(forgotten.answers.consent).toBe(false);
    expect(forgotten.answers.story.text).toBe('');
    expect(forgotten.unsent).toBe(false);
    expect(forgotten.participantClientId).toBe('p-2');
    expect(forgotten.locale).toBe('en');
    expect(forgotten.nav.mode).toBe('push');
  });

  it('a resumed draft comes back on its step, with consent and the code', () => {
    const resumed = run(
      fresh(),
      { type: 'show', page: 'resume' },
      {
        type: 'resumed',
        code: 'AAAA-BBBB-CCCC',
        draft: {
          participantAnswers: { rol: 'grootouder' },
          story: { promptId: 'gehoord', title: 'Half', text: 'Begonnen', language: 'en' },
          answers: {},
          step: 'story',
        },
        ids: { participantClientId: 'p-3', storyClientId: 's-3' },
      },
    );
    expect(stepOf(resumed)).toBe('story');
    expect(resumed.answers.consent).toBe(true);
    expect(resumed.answers.story.title).toBe('Half');
    expect(resumed.participantCode).toBe('AAAA-BBBB-CCCC');
    expect(resumed.storyLanguage).toBe('en');
    expect(resumed.participantClientId).toBe('p-3');
  });

  it('withdrawing the stories of this code forgets the code held in memory', () => {
    const state = { ...fresh(), participantCode: 'AAAA-BBBB-CCCC' };
    expect(
      run(state, { type: 'withdrawn', code: 'AAAA-BBBB-CCCC' }).participantCode,
    ).toBeUndefined();
    expect(run(state, { type: 'withdrawn', code: 'ZZZZ-BBBB-CCCC' }).participantCode).toBe(
      'AAAA-BBBB-CCCC',
    );
  });

  it('the audience choice changes the texts only', () => {
    const state = atSignifiers();
    const youth = run(state, { type: 'setAudience', audience: 'youth' });
    expect(youth.audienceChoice).toBe('youth');
    expect(youth.place).toBe(state.place);
    expect(youth.focus).toBe(state.focus);
  });
});

describe('the address of a step', () => {
  it('names each place in readable words and reads them back', () => {
    for (const place of [
      { step: 'welcome' as const },
      { step: 'participant' as const },
      { step: 'prompt' as const },
      { step: 'story' as const },
      { step: 'q:hulp' as const },
      { page: 'thanks' as const },
      { page: 'forget' as const },
    ]) {
      expect(placeOfSlug(placeSlug(place))).toEqual(place);
    }
    expect(placeSlug({ step: 'q:hulp' })).toBe('vraag-hulp');
    expect(placeOfSlug('onzin')).toBeUndefined();
    expect(placeOfSlug(null)).toBeUndefined();
  });

  it('keeps the rest of the address, such as the collection', () => {
    expect(placeUrl('https://x.nl/?collectie=zhz', { step: 'story' }, 'en')).toBe(
      '/?collectie=zhz&stap=verhaal&lang=en',
    );
  });
});

describe('starting the intake', () => {
  const start = (url: string, stored: string | null = null, browserLanguages = ['nl-NL']) =>
    startFlow({ framework, ids, url, browserLanguages, stored });

  it('honours ?lang=, else the browser’s language, else Dutch', () => {
    expect(start('https://x.nl/?lang=en').locale).toBe('en');
    expect(start('https://x.nl/', null, ['en-GB', 'nl']).locale).toBe('en');
    expect(start('https://x.nl/', null, ['fr-FR', 'nl-BE']).locale).toBe('nl');
    expect(start('https://x.nl/', null, ['fr-FR']).locale).toBe('nl');
    expect(start('https://x.nl/?lang=de', null, ['en']).locale).toBe('en');
  });

  it('after a reload comes back on the step of the address, with the answers of this tab', () => {
    const before = run(atSignifiers(), feeling('positief'), { type: 'previous' });
    const stored = JSON.stringify(snapshotOf(before));
    const after = start('https://x.nl/?stap=verhaal&lang=nl', stored);
    expect(stepOf(after)).toBe('story');
    expect(after.answers).toEqual(before.answers);
    expect(after.storyClientId).toBe('s-1');
    expect(after.unsent).toBe(true);
    // The personal code is never stored.
    expect(stored).not.toContain('participantCode');
  });

  it('ignores storage that is not a snapshot, and an address step that was not reached', () => {
    expect(parseSnapshot('{"answers": 1}')).toBeUndefined();
    expect(parseSnapshot('niet eens json')).toBeUndefined();
    expect(stepOf(start('https://x.nl/?stap=verhaal', '{"kapot":'))).toBe('welcome');
  });
});
