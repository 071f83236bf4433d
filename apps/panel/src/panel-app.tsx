import { readServerError } from '@duiding/ui';
import { useCallback, useEffect, useState } from 'react';
import { api } from './api';

export type TConnection =
  | { status: 'checking' }
  | { status: 'connected'; serverTime: string }
  | { status: 'failed'; message: string };

/** Asks the server whether it answers; the panel's questionnaires come in a later issue. */
export function PanelApp() {
  const [connection, setConnection] = useState<TConnection>({ status: 'checking' });
  const check = useCallback(() => {
    setConnection({ status: 'checking' });
    api.panel.status
      .query()
      .then(({ serverTime }) => setConnection({ status: 'connected', serverTime }))
      .catch((error: unknown) =>
        setConnection({ status: 'failed', message: readServerError(error).message }),
      );
  }, []);
  useEffect(check, []);
  return <PanelStatus connection={connection} onRetry={check} />;
}

export function PanelStatus({
  connection,
  onRetry,
}: {
  connection: TConnection;
  onRetry: () => void;
}) {
  return (
    <>
      <header className="site-header">
        <span className="site-name">Duiding panel</span>
      </header>
      <main className="page">
        <h1>Professionalpanel</h1>
        {connection.status === 'checking' && <p role="status">Verbinding maken met de server…</p>}
        {connection.status === 'connected' && (
          <div className="notice success" role="status">
            <p>
              <strong>Verbonden met de server</strong>
            </p>
            <p>
              Tijd op de server:{' '}
              {new Date(connection.serverTime).toLocaleString('nl-NL', {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'Europe/Amsterdam',
              })}
            </p>
          </div>
        )}
        {connection.status === 'failed' && (
          <div className="alert" role="alert">
            <h2>Geen verbinding met de server</h2>
            <p>{connection.message}</p>
            <button type="button" className="button" onClick={onRetry}>
              Opnieuw proberen
            </button>
          </div>
        )}
      </main>
    </>
  );
}
