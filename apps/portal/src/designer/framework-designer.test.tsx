import { blankFramework } from '@duiding/survey';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FrameworkDesigner } from './framework-designer';

afterEach(cleanup);

const outline = (name: RegExp) => screen.getByRole('region', { name });
const preview = () => screen.getByRole('region', { name: 'Voorbeeld' });

describe('FrameworkDesigner', () => {
  it('designs a conditional question the preview shows only after the right answer', () => {
    render(<FrameworkDesigner framework={blankFramework('test')} />);
    const about = outline(/^Vragen over de verteller/);
    fireEvent.change(within(about).getByLabelText('Soort vraag'), { target: { value: 'choice' } });
    fireEvent.click(within(about).getByRole('button', { name: /Vraag toevoegen/ }));

    const story = outline(/^Vragen over het verhaal/);
    fireEvent.change(within(story).getByLabelText('Soort vraag'), { target: { value: 'text' } });
    fireEvent.click(within(story).getByRole('button', { name: /Vraag toevoegen/ }));
    // The new question opens in the editor; give it a text and a condition.
    const question = within(story).getAllByRole('listitem')[1]!;
    fireEvent.change(within(question).getByLabelText('Nederlands: Vraag'), {
      target: { value: 'Wat deed de school?' },
    });
    fireEvent.change(within(question).getByLabelText('Alleen tonen na het antwoord op'), {
      target: { value: 'choice' },
    });
    expect(within(question).getByLabelText('Optie 1')).toHaveProperty('checked', true);

    expect(within(preview()).queryByText('Wat deed de school?')).toBeNull();
    fireEvent.click(within(preview()).getByLabelText('Optie 1'));
    expect(within(preview()).getByText('Wat deed de school?')).toBeTruthy();
    fireEvent.click(within(preview()).getByLabelText('Optie 2'));
    expect(within(preview()).queryByText('Wat deed de school?')).toBeNull();
  });

  it('reorders by the "omlaag" button and announces the new place', () => {
    render(<FrameworkDesigner framework={blankFramework('test')} />);
    const story = outline(/^Vragen over het verhaal/);
    fireEvent.click(within(story).getByRole('button', { name: /Vraag toevoegen/ }));
    const kinds = () =>
      within(story)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.outline-kind')?.textContent);
    expect(kinds()).toEqual(['Driehoek (triade)', 'Driehoek (triade)']);
    fireEvent.change(within(story).getByLabelText('Soort vraag'), { target: { value: 'scale' } });
    fireEvent.click(within(story).getByRole('button', { name: /Vraag toevoegen/ }));
    const down = within(story).getAllByRole('button', { name: /^omlaag/ });
    expect(down.at(-1)).toHaveProperty('disabled', true);
    fireEvent.click(down[0]!);
    expect(kinds()).toEqual(['Driehoek (triade)', 'Driehoek (triade)', 'Schaal']);
    fireEvent.click(within(story).getAllByRole('button', { name: /^omhoog/ })[2]!);
    expect(kinds()).toEqual(['Driehoek (triade)', 'Schaal', 'Driehoek (triade)']);
    expect(screen.getByText(/staat nu op plaats 2 van 3/)).toBeTruthy();
  });

  it('warns for each English text still missing once English is on', () => {
    render(<FrameworkDesigner framework={blankFramework('test')} />);
    expect(screen.queryByText(/Engelse tekst ontbreekt/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Ook in het Engels'));
    const general = screen.getByRole('region', { name: 'Algemeen' });
    expect(within(general).getAllByText('Let op: de Engelse tekst ontbreekt.').length).toBe(3);
    expect(screen.getByText(/Engelse teksten die ontbreken: \d+/)).toBeTruthy();
  });
});
