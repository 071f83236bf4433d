import {
  NOT_APPLICABLE,
  type TQuestion,
  type TQuestionOf,
  validateAnswer,
  zhzJeugdhulp,
} from '@duiding/survey';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toggleChoice } from './choice-logic';
import { loadSignifierInputs, QuestionField } from './question-field';
import { fanOut } from './stones-input';

// The triad, dyad and stones come in a chunk of their own; here they are loaded first.
beforeAll(() => loadSignifierInputs());
afterEach(cleanup);

const question = <K extends TQuestion['kind']>(id: string) =>
  zhzJeugdhulp.signifiers.find((q) => q.id === id) as TQuestionOf<K>;

function Harness({ question, seen }: { question: TQuestion; seen: unknown[] }) {
  const [value, setValue] = useState<unknown>();
  return (
    <QuestionField
      question={question}
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('DyadInput', () => {
  it('stays unset until the person moves it, then gives a value in [0,1]', () => {
    const seen: unknown[] = [];
    render(<Harness question={question('betrokken')} seen={seen} />);
    const slider = screen.getByRole('slider', { name: 'De hulpverleners waren …' });
    expect(slider.getAttribute('aria-valuetext')).toBe('nog niet ingevuld');
    expect(slider.className).toContain('is-unset');
    expect(screen.getByText(/Nog niet ingevuld/)).toBeTruthy();
    expect(seen).toEqual([]);

    fireEvent.change(slider, { target: { value: '300' } });
    expect(seen).toEqual([0.3]);
    expect(slider.className).not.toContain('is-unset');
    expect(slider.getAttribute('aria-valuetext')).toBe('30 van 100 (0 is links, 100 is rechts)');
  });

  it('turns "niet van toepassing" on and off, disabling the slider meanwhile', () => {
    const seen: unknown[] = [];
    render(<Harness question={question('betrokken')} seen={seen} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Niet van toepassing op mijn verhaal' }));
    expect(seen.at(-1)).toBe(NOT_APPLICABLE);
    expect((screen.getByRole('slider') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    expect(seen.at(-1)).toBeUndefined();
  });

  it('has no "niet van toepassing" where the question does not allow it', () => {
    render(<Harness question={question('tempo')} seen={[]} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

const multi: TQuestionOf<'choice'> = {
  id: 'steun',
  kind: 'choice',
  label: { nl: 'Wie steunde je?' },
  required: true,
  multiple: true,
  min: 1,
  max: 2,
  options: [
    { id: 'ouders', label: { nl: 'Ouders' } },
    { id: 'vrienden', label: { nl: 'Vrienden' } },
    { id: 'school', label: { nl: 'School' } },
    { id: 'niemand', label: { nl: 'Niemand' }, exclusive: true },
    { id: 'anders', label: { nl: 'Anders, namelijk' }, other: true },
  ],
};

describe('ChoiceInput', () => {
  it('takes at most max options and disables the rest until one is unticked', () => {
    const seen: unknown[] = [];
    render(<Harness question={multi} seen={seen} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ouders' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vrienden' }));
    expect(seen.at(-1)).toEqual(['ouders', 'vrienden']);
    expect(screen.getByText('Kies er 1 tot 2.')).toBeTruthy();
    const school = screen.getByRole('checkbox', { name: 'School' }) as HTMLInputElement;
    expect(school.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ouders' }));
    expect(seen.at(-1)).toEqual(['vrienden']);
    expect(school.disabled).toBe(false);
  });

  it('lets an exclusive option clear the others, and be cleared by them', () => {
    const seen: unknown[] = [];
    render(<Harness question={multi} seen={seen} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ouders' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Niemand' }));
    expect(seen.at(-1)).toEqual(['niemand']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'School' }));
    expect(seen.at(-1)).toEqual(['school']);
  });

  it('asks for the "anders" text and stores it with the choice', () => {
    const seen: unknown[] = [];
    render(<Harness question={multi} seen={seen} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anders, namelijk' }));
    const other = screen.getByRole('textbox', { name: /Vul in wat je bedoelt/ });
    fireEvent.change(other, { target: { value: 'mijn buurvrouw' } });
    expect(seen.at(-1)).toEqual({ selected: ['anders'], other: 'mijn buurvrouw' });
    expect(validateAnswer(multi, seen.at(-1)).ok).toBe(true);
  });

  it('gives one option id for a one-choice question, as radio buttons', () => {
    const seen: unknown[] = [];
    render(<Harness question={question('gevoel')} seen={seen} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Positief' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Negatief' }));
    expect(seen).toEqual(['positief', 'negatief']);
    expect((screen.getByRole('radio', { name: 'Positief' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('toggleChoice never exceeds max', () => {
    expect(toggleChoice(multi, ['ouders', 'vrienden'], 'school')).toEqual(['ouders', 'vrienden']);
    expect(toggleChoice(multi, ['niemand'], 'ouders')).toEqual(['ouders']);
  });
});

describe('StonesInput', () => {
  it('places a stone with Enter, moves it with arrows (up is more) and Delete puts it back', () => {
    const seen: unknown[] = [];
    const plekken = question<'stones'>('plekken');
    render(<Harness question={plekken} seen={seen} />);
    const chip = screen.getByRole('button', { name: 'Huisarts' });
    // Enter on a button is a click without a pointer (detail 0).
    fireEvent.click(chip, { detail: 0 });
    expect(seen.at(-1)).toEqual({ huisarts: { x: 0.5, y: 0.5 } });
    const placed = screen.getByRole('slider', { name: 'Huisarts (2)' });
    expect(document.activeElement).toBe(placed);
    expect(placed.getAttribute('aria-valuetext')).toBe(
      '50 van 100 naar rechts (makkelijk te vinden), 50 van 100 omhoog (hielp veel)',
    );
    fireEvent.keyDown(placed, { key: 'ArrowUp' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Huisarts (2)' }), { key: 'ArrowLeft' });
    expect(seen.at(-1)).toEqual({ huisarts: { x: 0.45, y: 0.55 } });
    expect(validateAnswer(plekken, seen.at(-1)).ok).toBe(true);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Huisarts (2)' }), { key: 'Delete' });
    expect(seen.at(-1)).toBeUndefined();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Huisarts' }));
  });

  it('takes a placed stone back off the field with its visible Terug button', () => {
    const seen: unknown[] = [];
    render(<Harness question={question('plekken')} seen={seen} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'School' }), { key: 'ArrowRight' });
    fireEvent.click(screen.getByRole('button', { name: 'Wijkteam / CJG' }), { detail: 0 });
    expect(seen.at(-1)).toEqual({ school: { x: 0.55, y: 0.5 }, wijkteam: { x: 0.5, y: 0.5 } });
    fireEvent.click(screen.getByRole('button', { name: 'Terug: haal School van het veld' }));
    expect(seen.at(-1)).toEqual({ wijkteam: { x: 0.5, y: 0.5 } });
    expect(screen.getAllByRole('slider').map((s) => s.getAttribute('aria-label'))).toEqual([
      'Wijkteam / CJG (1)',
    ]);
    // Every name stays readable in the legend, placed or not.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1Wijkteam / CJGIn het veld: 50 naar rechts, 50 omhoogTerug',
      '2HuisartsNog niet in het veld',
      '3JeugdhulpaanbiederNog niet in het veld',
      '4SchoolNog niet in het veld',
      '5Gemeente (loket)Nog niet in het veld',
    ]);
  });
});

describe('fanOut', () => {
  it('draws stones on one spot beside each other, towards the middle at an edge', () => {
    const at = (id: string, x: number, y: number) => ({ id, x, y });
    expect([...fanOut([at('a', 1, 0.5), at('b', 1, 0.5), at('c', 0.95, 0.45)])]).toEqual([
      ['a', 0],
      ['b', -1],
      ['c', -2],
    ]);
    expect([...fanOut([at('a', 0.5, 0.5), at('b', 0.5, 0.5), at('c', 0.5, 0.5)])]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', -1],
    ]);
    // Apart, nothing moves.
    expect([...fanOut([at('a', 0, 0), at('b', 0.5, 0.5), at('c', 0, 1)])]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
    ]);
  });
});

describe('ScaleInput', () => {
  it('gives the point 1..k, shows point labels, and "weet ik niet" as dk', () => {
    const seen: unknown[] = [];
    const scale: TQuestionOf<'scale'> = {
      id: 'ruimte',
      kind: 'scale',
      label: { nl: 'Ik heb ruimte om mijn werk goed te doen.' },
      required: true,
      points: 5,
      pointLabels: { '1': { nl: 'helemaal oneens' }, '5': { nl: 'helemaal eens' } },
      allowDontKnow: true,
    };
    render(<Harness question={scale} seen={seen} />);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('radio', { name: '5 helemaal eens' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
    expect(seen).toEqual([4, 5, 'dk']);
    expect(validateAnswer(scale, 'dk').ok).toBe(true);
  });
});

describe('QuestionField', () => {
  it('labels a text answer, marks it optional, and ties the error to it', () => {
    render(
      <QuestionField
        question={question('boodschap')}
        value={undefined}
        onChange={() => {}}
        error="Je antwoord is te lang."
      />,
    );
    const box = screen.getByRole('textbox', { name: /Wat wil je de gemeente meegeven\?/ });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('vraag-boodschap-error');
    expect(screen.getByText('(niet verplicht)')).toBeTruthy();
  });
});
