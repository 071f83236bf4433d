import { type TQuestion, zhzJeugdhulp } from '@duiding/survey';
import type { Page } from 'playwright-core';
import { mainHeading, pressTimes, tabUntil } from './browser';

export interface TToldStory {
  title: string;
  /** The triad "hulp" as the intake described it, e.g. "45% Mijn eigen kracht, …". */
  hulpDescription: string;
}

export interface TTellOptions {
  title: string;
  text: string;
  /** Called on every screen before it is filled in, and on signifiers after (axe, screenshots). */
  onScreen?: (name: string) => Promise<void>;
  /** Who tells it: the answer to "Wie ben je?" by its place in the list (default: a parent). */
  role?: 'jongere_12_17' | 'ouder_of_verzorger';
  /** Called on the last screen before the story is sent; return false to not send it. */
  beforeSend?: () => Promise<boolean | undefined>;
}

const SIGNIFIERS = zhzJeugdhulp.signifiers;

/** Goes to the next screen with Tab and Enter, and waits until it is there (or an error shows). */
export async function nextScreen(page: Page): Promise<void> {
  const before = await mainHeading(page);
  await tabUntil(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (previous) =>
      document.querySelector('main h1')?.textContent?.trim() !== previous ||
      document.querySelector('main [role="alert"]') !== null,
    before,
    { timeout: 10_000 },
  );
  const alert = await page.$('main [role="alert"]');
  if (alert)
    throw new Error(`The intake refused the screen "${before}": ${await alert.textContent()}`);
}

/** Answers one signifier screen with the keyboard alone. */
export async function answerSignifier(page: Page, question: TQuestion): Promise<void> {
  const id = `#vraag-${question.id}`;
  switch (question.kind) {
    case 'triad':
      if (question.id === 'regie') {
        await tabUntil(page, `${id}-na`);
        await page.keyboard.press('Space');
        return;
      }
      await tabUntil(page, id);
      if (question.id === 'hulp') {
        // Towards "Mijn eigen kracht" (top), then a little to the right.
        await pressTimes(page, 'ArrowUp', 3);
        await page.keyboard.press('Shift+ArrowRight');
      } else {
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowDown');
      }
      return;
    case 'dyad':
      if (question.id === 'informatie') {
        await tabUntil(page, `${id}-na`);
        await page.keyboard.press('Space');
        return;
      }
      await tabUntil(page, id);
      await pressTimes(page, question.id === 'tempo' ? 'ArrowLeft' : 'ArrowRight', 4);
      return;
    case 'stones':
      // The first stone waits in the tray: Enter lays it in the middle, arrows move it.
      await tabUntil(page, id);
      await page.keyboard.press('Enter');
      await pressTimes(page, 'ArrowUp', 2);
      return;
    case 'choice':
    case 'scale':
      await tabUntil(page, id);
      await page.keyboard.press('Space');
      return;
    case 'text':
      await tabUntil(page, id);
      await page.keyboard.type('Meer tijd voor gesprekken.');
      return;
    case 'number':
      await tabUntil(page, id);
      await page.keyboard.type('3');
      return;
  }
}

/**
 * Tells a story on the intake site with Tab, Shift+Tab, Space, Enter, arrows and typing:
 * consent, the participant questions, a prompt, title and text, then every signifier.
 */
export async function tellStoryByKeyboard(page: Page, options: TTellOptions): Promise<TToldStory> {
  await page.waitForSelector('#toestemming', { timeout: 15_000 });
  await options.onScreen?.('welkom');
  await tabUntil(page, '#toestemming');
  await page.keyboard.press('Space');
  await nextScreen(page);

  await options.onScreen?.('over-jou');
  await tabUntil(page, '#vraag-rol');
  await page.keyboard.press('Space');
  // From "Jongere van 8 tot 11 jaar" down to "Ouder of verzorger" (or the young person).
  await pressTimes(page, 'ArrowDown', options.role === 'jongere_12_17' ? 1 : 3);
  await tabUntil(page, '#vraag-gemeente');
  await page.keyboard.press('Space');
  await tabUntil(page, '#vraag-duur');
  await page.keyboard.press('Space');
  await nextScreen(page);

  await options.onScreen?.('vertelvraag');
  await tabUntil(page, '#vertelvraag-moment');
  await page.keyboard.press('ArrowDown'); // the second prompt, "gehoord"
  await nextScreen(page);

  await options.onScreen?.('verhaal');
  await tabUntil(page, '#verhaal-tekst');
  await page.keyboard.type(options.text);
  await tabUntil(page, '#verhaal-titel', { backwards: true });
  await page.keyboard.type(options.title);
  await nextScreen(page);

  let hulpDescription = '';
  for (let screen = 0; screen < SIGNIFIERS.length + 2; screen++) {
    const question = await currentSignifier(page);
    if (!question) throw new Error(`No signifier on the screen "${await mainHeading(page)}"`);
    await options.onScreen?.(`vraag-${question.id}`);
    await answerSignifier(page, question);
    await options.onScreen?.(`vraag-${question.id}-ingevuld`);
    if (question.id === 'hulp') {
      hulpDescription = (await page.textContent('#vraag-hulp-status'))?.trim() ?? '';
    }
    const last = /Verstuur|Send your story/.test(
      (await page.textContent('main form button[type="submit"]')) ?? '',
    );
    if (last) {
      if ((await options.beforeSend?.()) === false)
        return { title: options.title, hulpDescription };
      await nextScreen(page);
      break;
    }
    await nextScreen(page);
  }
  if (!['Dank je wel!', 'Thank you!'].includes(await mainHeading(page))) {
    throw new Error(`Expected the thank-you, got "${await mainHeading(page)}"`);
  }
  await options.onScreen?.('bedankt');
  return { title: options.title, hulpDescription };
}

export async function currentSignifier(page: Page): Promise<TQuestion | undefined> {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('main [id^="vraag-"][id$="-label"]')].map((e) => e.id),
  );
  return SIGNIFIERS.find((q) => ids.includes(`vraag-${q.id}-label`));
}
