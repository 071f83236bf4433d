import { launchChromium, startTestPlatform } from './browser';

const out = '/tmp/if-shots';
const platform = await startTestPlatform();
const browser = await launchChromium();
const views = [
  { name: 'phone390', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  { name: 'w320', viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];
for (const view of views) {
  const context = await browser.newContext({ ...view, locale: 'nl-NL' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const shot = async (n: string) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    if (overflow) console.log(`SIDEWAYS SCROLL on ${view.name} ${n}`);
    await page.screenshot({ path: `${out}/${view.name}-${n}.png`, fullPage: true });
  };
  await page.goto(`${platform.url}/`);
  await page.waitForSelector('#toestemming');
  await shot('01-welkom');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await shot('02-welkom-fout');
  await page.check('#toestemming');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('heading', { name: 'Over jou' }).waitFor();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await shot('03-over-jou-fouten');
  await page.getByRole('radio', { name: 'Jongere van 12 tot 17 jaar' }).check();
  await page.getByRole('radio', { name: 'Dordrecht' }).check();
  await page.getByRole('radio', { name: 'Korter dan 3 maanden' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('#vertelvraag-moment').waitFor();
  await shot('04-vertelvraag-jongere');
  await page.check('#vertelvraag-moment');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('#verhaal-titel').waitFor();
  await page.fill('#verhaal-titel', 'Wachten');
  await shot('05-verhaal');
  await page.fill('#verhaal-tekst', 'Ik moest heel lang wachten voordat iemand me hielp.');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.waitForFunction(() => location.search.includes('vraag-gevoel'));
  await shot('06-gevoel');
  await page.getByRole('radio', { name: 'Positief', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.waitForFunction(() => location.search.includes('vraag-hulp'));
  await shot('07-hulp-jongere');
  await page.locator('nav.language-switch').getByRole('button', { name: 'English' }).click();
  await shot('08-hulp-english');
  await page.getByRole('button', { name: 'Stop and forget my answers' }).click();
  await shot('09-forget-english');
  await page.getByRole('button', { name: 'No, go back' }).click();
  await page.locator('nav.language-switch').getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await page.locator('#persoonlijke-code').waitFor();
  await shot('10-bewaard');
  await context.close();
}
await browser.close();
await platform.stop();
