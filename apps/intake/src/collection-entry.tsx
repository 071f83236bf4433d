import { I18nProvider } from '@duiding/ui';
import { type ReactNode, useState } from 'react';
import type { TCodeServer, TOpenedCollection, TSubmitInput, TSubmitResult } from './api-types';
import type { TIntakeTheme } from './collection-theme';
import { Intake } from './intake-app';
import { CollectionNotOpen, LandingPage } from './landing-page';
import { SiteHeader } from './site-header';

export type { TOpenedCollection };

function Page({
  title,
  theme,
  children,
}: {
  title: string;
  theme: TIntakeTheme | null;
  children: ReactNode;
}) {
  return (
    <I18nProvider locale="nl" audience="general">
      <SiteHeader title={title} theme={theme} />
      <main className="page">{children}</main>
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
      <Page title={collection.title} theme={theme}>
        <CollectionNotOpen
          collection={collection}
          landing={landing}
          status={opened.status}
          message={opened.message}
          codes={codes}
        />
      </Page>
    );
  }
  if (landingRoute && landing && !started) {
    return (
      <Page title={collection.title} theme={theme}>
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
