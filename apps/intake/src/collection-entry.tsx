import type { TLocale } from '@duiding/survey/client';
import { I18nProvider } from '@duiding/ui';
import { type ReactNode, Suspense, useLayoutEffect, useState } from 'react';
import type { TCodeServer, TOpenedCollection, TSubmitInput, TSubmitResult } from './api-types';
import type { TIntakeTheme } from './collection-theme';
import { chooseLocale } from './i18n/locale';
import { translate } from './i18n/texts';
import { TextProvider, useShownLanguage } from './i18n/use-text';
import { Intake } from './intake-app';
import { onDemand } from './on-demand';
import { LanguageSwitch } from './screens/language-switch';
import { SiteHeader } from './site-header';

export type { TOpenedCollection };

/** The landing, closed and not-yet pages: a chunk of their own, fetched when needed. */
const LandingPage = onDemand(() => import('./landing-page').then((m) => m.LandingPage));
const CollectionNotOpen = onDemand(() => import('./landing-page').then((m) => m.CollectionNotOpen));
export const preloadLandingPages = () =>
  Promise.all([LandingPage.preload(), CollectionNotOpen.preload()]);

/** The language a page before the questionnaire starts in: `?lang=`, else the browser's. */
function firstLocale(available: readonly TLocale[]): TLocale {
  return chooseLocale({
    param: new URLSearchParams(window.location.search).get('lang'),
    browserLanguages: navigator.languages ?? [navigator.language],
    available,
  });
}

/**
 * The frame of a page before the questionnaire: the header with the language switch. A
 * switch is kept in the address (`?lang=`), so a reload and the intake after "Begin" keep it.
 */
function Page({
  title,
  theme,
  languages,
  children,
}: {
  title: string;
  theme: TIntakeTheme | null;
  languages: readonly TLocale[];
  children: ReactNode;
}) {
  const [locale, setLocale] = useState(() => firstLocale(languages));
  const shown = useShownLanguage(locale, 'general');
  useLayoutEffect(() => {
    document.documentElement.lang = shown.locale;
  }, [shown.locale]);
  const change = (next: TLocale) => {
    setLocale(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(
      window.history.state,
      '',
      `${url.pathname}${url.search}${url.hash}`,
    );
  };
  return (
    <I18nProvider locale={shown.locale} audience="general">
      <TextProvider locale={shown.locale} audience="general">
        <SiteHeader title={title} theme={theme}>
          <LanguageSwitch locale={shown.locale} available={languages} onChange={change} />
        </SiteHeader>
        <main className="page">
          <Suspense
            fallback={<p role="status">{translate(shown.locale, 'general')('loadingPage')}</p>}
          >
            {children}
          </Suspense>
        </main>
      </TextProvider>
    </I18nProvider>
  );
}

/**
 * What a collection's address shows: the closed or not-yet page, its landing page (on its
 * own address `/o/<slug>`), or the intake itself.
 */
export function CollectionEntry({
  opened,
  landingRoute,
  submit,
  codes,
  reportStep,
}: {
  opened: TOpenedCollection;
  /** The person came by the collection's own address, so its landing page comes first. */
  landingRoute: boolean;
  submit: (input: TSubmitInput) => Promise<TSubmitResult>;
  codes: TCodeServer;
  /** Called once for each step a person reaches (the dashboard's drop-off figures). */
  reportStep?: (collectionId: string, step: string) => void;
}) {
  // After a reload mid-way (the step is in the address) the intake comes back, not the landing page.
  const [started, setStarted] = useState(() =>
    new URLSearchParams(window.location.search).has('stap'),
  );
  const { collection, landing, theme } = opened;
  if (opened.status !== 'open') {
    return (
      <Page title={collection.title} theme={theme} languages={collection.languages}>
        <CollectionNotOpen
          collection={collection}
          landing={landing}
          status={opened.status}
          codes={codes}
        />
      </Page>
    );
  }
  if (landingRoute && landing && !started) {
    return (
      <Page title={collection.title} theme={theme} languages={opened.framework.languages}>
        <LandingPage collection={collection} landing={landing} onStart={() => setStarted(true)} />
      </Page>
    );
  }
  return (
    <Intake
      open={{ collection, framework: opened.framework, theme }}
      submit={submit}
      codes={codes}
      {...(reportStep ? { reportStep: (step: string) => reportStep(collection.id, step) } : {})}
    />
  );
}
