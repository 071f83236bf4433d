import { lazy, Suspense, useEffect, useState } from 'react';
import { HomePage } from './pages/home-page';
import { Loading, PanelPage, ProblemPage } from './pages/layout';
import { WavePage } from './pages/wave-page';
import { parseRoute, type TRoute } from './route';

// Pages a member opens now and then load when opened, so the first visit stays small.
const ResultsPage = lazy(() =>
  import('./pages/results-page').then((m) => ({ default: m.ResultsPage })),
);
const ProfilePage = lazy(() =>
  import('./pages/profile-page').then((m) => ({ default: m.ProfilePage })),
);

function useRoute(): TRoute {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The panel app: everything by the personal link in the member's mail. */
export function PanelApp() {
  return (
    <Suspense fallback={<Loading what="De pagina" />}>
      <PanelRoute route={useRoute()} />
    </Suspense>
  );
}

export function PanelRoute({ route }: { route: TRoute }) {
  switch (route.page) {
    case 'no-link':
      return (
        <PanelPage title="Professionalpanel">
          <p>
            Dit is het professionalpanel. Je opent het met de persoonlijke link uit je uitnodiging
            per mail; zonder die link is hier niets te zien.
          </p>
        </PanelPage>
      );
    case 'bad-link':
      return (
        <ProblemPage
          title="Deze link werkt niet"
          message="Deze link is niet compleet of klopt niet. Open de link uit je laatste mail van het panel opnieuw, of kopieer hem in zijn geheel."
        />
      );
    case 'home':
      return <HomePage key={route.token} token={route.token} />;
    case 'wave':
      return (
        <WavePage key={route.collectionId} token={route.token} collectionId={route.collectionId} />
      );
    case 'results':
      return (
        <ResultsPage
          key={route.collectionId}
          token={route.token}
          collectionId={route.collectionId}
        />
      );
    case 'profile':
      return <ProfilePage key="profiel" token={route.token} />;
    case 'unsubscribe':
      return <ProfilePage key="afmelden" token={route.token} unsubscribe />;
  }
}
