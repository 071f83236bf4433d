import { preloadLandingPages } from './collection-entry';
import { loadTexts } from './i18n/texts';
import { ResumeScreen, WithdrawScreen } from './intake-app';

/** For the happy-dom tests: every chunk the intake loads on demand, loaded up front. */
export function preloadEverything(): Promise<unknown> {
  return Promise.all([
    loadTexts('en', 'general'),
    loadTexts('nl', 'youth'),
    preloadLandingPages(),
    ResumeScreen.preload(),
    WithdrawScreen.preload(),
  ]);
}
