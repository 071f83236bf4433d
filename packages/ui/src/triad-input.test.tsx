import { triadToPercentages } from '@duiding/signification';
import { NOT_APPLICABLE, type TQuestionOf, zhzJeugdhulp } from '@duiding/survey';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSignifierInputs, QuestionField } from './question-field';

// The triad, dyad and stones come in a chunk of their own; here they are loaded first.
beforeAll(() => loadSignifierInputs());
afterEach(cleanup);

const hulp = zhzJeugdhulp.signifiers.find((q) => q.id === 'hulp') as TQuestionOf<'triad'>;
const belangrijk = zhzJeugdhulp.signifiers.find(
  (q) => q.id === 'belangrijk',
) as TQuestionOf<'triad'>;

function Harness({ question, seen }: { question: TQuestionOf<'triad'>; seen: unknown[] }) {
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

/** The triangle: a slider named by the question that says it is a "driehoek". */
const triadGroup = () =>
  screen.getByRole('slider', { name: 'Wat hielp in dit verhaal het meest?' });

describe('TriadInput', () => {
  it('is one focusable element named by the question, unset at first', () => {
    render(<Harness question={hulp} seen={[]} />);
    const group = triadGroup();
    expect(group.tabIndex).toBe(0);
    expect(group.getAttribute('aria-roledescription')).toBe('driehoek');
    expect(group.getAttribute('aria-valuetext')).toBe('Nog geen punt gekozen.');
    expect(screen.getByText('Nog geen punt gekozen.')).toBeTruthy();
  });

  it('moves the point with the arrow keys and reports the new percentages', () => {
    const seen: unknown[] = [];
    render(<Harness question={hulp} seen={seen} />);
    const group = triadGroup();
    act(() => group.focus());
    fireEvent.keyDown(group, { key: 'Home' });
    expect(seen.at(-1)).toEqual({ a: 0.3334, b: 0.3333, c: 0.3333 });

    fireEvent.keyDown(group, { key: 'ArrowUp', shiftKey: true });
    const up = seen.at(-1) as { a: number; b: number; c: number };
    // Up is towards corner a ("Mijn eigen kracht"): a grows, b and c shrink alike.
    expect(up.a).toBeGreaterThan(0.4);
    expect(up.b).toBeCloseTo(up.c, 3);
    expect(up.a + up.b + up.c).toBeCloseTo(1, 6);

    fireEvent.keyDown(group, { key: 'ArrowRight' });
    const right = seen.at(-1) as { a: number; b: number; c: number };
    expect(right.c).toBeGreaterThan(up.c);
    expect(right.b).toBeLessThan(up.b);

    const [a, b, c] = triadToPercentages(right);
    const described = `${a}% Mijn eigen kracht, ${b}% De hulpverlener, ${c}% Mensen om mij heen (familie, vrienden, school)`;
    expect(screen.getByText(described)).toBeTruthy();
    // What a screen reader says on each move: the slider's value text.
    expect(group.getAttribute('aria-valuetext')).toBe(described);
    expect(group.getAttribute('aria-valuenow')).toBe(String(a));
  });

  it('keeps the point inside the triangle when pushed against an edge', () => {
    const seen: unknown[] = [];
    render(<Harness question={hulp} seen={seen} />);
    const group = triadGroup();
    for (let i = 0; i < 20; i++) fireEvent.keyDown(group, { key: 'ArrowDown', shiftKey: true });
    const last = seen.at(-1) as { a: number; b: number; c: number };
    expect(last.a).toBe(0);
    expect(last.b + last.c).toBeCloseTo(1, 6);
    for (const part of [last.a, last.b, last.c]) expect(part).toBeGreaterThanOrEqual(0);
  });

  it('toggles "niet van toepassing" and ignores arrow keys while it is on', () => {
    const seen: unknown[] = [];
    render(<Harness question={hulp} seen={seen} />);
    const na = screen.getByRole('checkbox', { name: 'Niet van toepassing op mijn verhaal' });
    fireEvent.click(na);
    expect(seen.at(-1)).toBe(NOT_APPLICABLE);
    fireEvent.keyDown(triadGroup(), { key: 'ArrowUp' });
    expect(seen.at(-1)).toBe(NOT_APPLICABLE);
    expect(triadGroup().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(na);
    expect(seen.at(-1)).toBeUndefined();
  });

  it('offers no "niet van toepassing" where the question does not allow it', () => {
    render(<Harness question={belangrijk} seen={[]} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows an error that describes the triangle', () => {
    render(
      <QuestionField
        question={hulp}
        value={undefined}
        onChange={() => {}}
        error="Beantwoord deze vraag."
      />,
    );
    const group = triadGroup();
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const described = (group.getAttribute('aria-describedby') ?? '').split(' ');
    const error = document.getElementById('vraag-hulp-error');
    expect(error?.textContent).toBe('Fout: Beantwoord deze vraag.');
    expect(described).toContain('vraag-hulp-error');
  });
});
