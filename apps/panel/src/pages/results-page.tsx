import { readServerError } from '@duiding/ui';
import { useEffect, useState } from 'react';
import { api, type TResults } from '../api';
import { readWave } from '../browser-store';
import { routeHash } from '../route';
import { Loading, PanelPage, ProblemPage } from './layout';
import { ResultCharts } from './result-charts';

type TState =
  | { kind: 'loading' }
  | { kind: 'failed'; title: string; message: string; unknownLink: boolean }
  | { kind: 'ready'; results: TResults };

/**
 * "Spiegelen aan collega's": each item's distribution, with this member's own answer
 * marked from the copy in this browser; the server never learns which bar is theirs.
 */
export function ResultsPage({ token, collectionId }: { token: string; collectionId: string }) {
  const [state, setState] = useState<TState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    api.panel.results.mutate({ token, collectionId }).then(
      (results) => live && setState({ kind: 'ready', results }),
      (error: unknown) => {
        const { appCode, message } = readServerError(error);
        if (live)
          setState({
            kind: 'failed',
            unknownLink: appCode === 'UNAUTHORIZED' || appCode === 'BAD_INPUT',
            title:
              appCode === 'COLLECTION_NOT_OPEN' ? 'Nog geen resultaten' : 'Deze link werkt niet',
            message,
          });
      },
    );
    return () => {
      live = false;
    };
  }, [token, collectionId]);
  const home = routeHash({ page: 'home', token });
  if (state.kind === 'loading') return <Loading what="De resultaten" />;
  if (state.kind === 'failed')
    return (
      <ProblemPage
        title={state.title}
        message={state.message}
        homeHref={state.unknownLink ? undefined : home}
      />
    );
  const own = readWave(collectionId).sent?.answers;
  return (
    <PanelPage title={`Resultaten: ${state.results.title}`} wide>
      <ResultCharts results={state.results} own={own} questions={state.results.questions} />
      <p>
        <a href={home}>Naar je persoonlijke pagina</a>
      </p>
    </PanelPage>
  );
}
