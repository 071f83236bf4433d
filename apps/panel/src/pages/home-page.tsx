import { useEffect, useState } from 'react';
import { api, type THome } from '../api';
import { readWave, updateWave } from '../browser-store';
import { routeHash } from '../route';
import { failedState, formatDate, Loading, PanelPage, ProblemPage } from './layout';

type TState =
  | { kind: 'loading' }
  | { kind: 'failed'; title: string; message: string }
  | { kind: 'ready'; home: THome };

/** The member's own page: their waves, to answer or to see the results of. */
export function HomePage({ token }: { token: string }) {
  const [state, setState] = useState<TState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    api.panel.home.mutate({ token }).then(
      (home) => {
        if (!live) return;
        setState({ kind: 'ready', home });
        // An answer sent earlier whose "answered" did not reach the server: say it now.
        for (const wave of home.waves) {
          const kept = readWave(wave.collectionId);
          if (kept.sent && !kept.confirmed && wave.state !== 'answered') {
            api.panel.confirmAnswered.mutate({ token, collectionId: wave.collectionId }).then(
              () => updateWave(wave.collectionId, { confirmed: true }),
              () => {},
            );
          }
        }
      },
      (error: unknown) => live && setState(failedState(error)),
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (state.kind === 'loading') return <Loading what="Je pagina" />;
  if (state.kind === 'failed') return <ProblemPage title={state.title} message={state.message} />;
  const { home } = state;
  return (
    <PanelPage title={`Welkom, ${home.member.profile.name}`}>
      {home.member.status === 'paused' && (
        <div className="notice" role="status">
          <p>
            Je deelname staat op pauze: je krijgt geen uitnodigingen.{' '}
            <a href={routeHash({ page: 'profile', token })}>Zet hem weer aan</a>.
          </p>
        </div>
      )}
      <h2>Je rondes</h2>
      {home.waves.length === 0 ? (
        <p>Je bent nog niet voor een ronde uitgenodigd.</p>
      ) : (
        <ul className="panel-waves">
          {home.waves.map((wave) => {
            const answered =
              wave.state === 'answered' || readWave(wave.collectionId).sent !== undefined;
            return (
              <li key={wave.collectionId} className="panel-wave">
                <h3>{wave.title}</h3>
                {wave.status === 'open' && !answered && (
                  <>
                    <p>Open tot {formatDate(wave.closesAt)}.</p>
                    <a
                      className="button"
                      href={routeHash({ page: 'wave', token, collectionId: wave.collectionId })}
                    >
                      Vragenlijst invullen
                    </a>
                  </>
                )}
                {wave.status === 'open' && answered && (
                  <p>Beantwoord, bedankt! De resultaten komen na {formatDate(wave.closesAt)}.</p>
                )}
                {wave.status === 'upcoming' && <p>Begint op {formatDate(wave.opensAt)}.</p>}
                {wave.status === 'closed' && (
                  <a href={routeHash({ page: 'results', token, collectionId: wave.collectionId })}>
                    Resultaten van {wave.title} bekijken
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h2>Jouw gegevens</h2>
      <p>
        <a href={routeHash({ page: 'profile', token })}>
          Gegevens bekijken of aanpassen, pauzeren of afmelden
        </a>
      </p>
    </PanelPage>
  );
}
