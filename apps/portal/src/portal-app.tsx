import { readServerError } from '@duiding/ui';
import { useEffect, useState } from 'react';
import { api } from './api';
import { ProjectStories } from './project-stories';
import { SignInForm } from './sign-in-form';

export interface TUser {
  id: string;
  email: string;
  name: string;
}

type TSession =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: TUser };

/** The researchers' portal: sign in, then the stories of the chosen project. */
export function PortalApp() {
  const [session, setSession] = useState<TSession>({ status: 'loading' });

  useEffect(() => {
    api.portal.me
      .query()
      .then(({ user }) =>
        setSession(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      )
      .catch((error: unknown) =>
        setSession({ status: 'failed', message: readServerError(error).message }),
      );
  }, []);

  const signOut = async () => {
    await api.portal.signOut.mutate().catch(() => undefined);
    setSession({ status: 'signed-out' });
  };

  return (
    <>
      <header className="site-header">
        <span className="site-name">Duiding portaal</span>
      </header>
      <main className="page page-wide">
        {session.status === 'loading' && <p role="status">Even geduld…</p>}
        {session.status === 'failed' && (
          <>
            <h1>Het portaal is nu niet bereikbaar</h1>
            <div className="alert" role="alert">
              <p>{session.message}</p>
            </div>
          </>
        )}
        {session.status === 'signed-out' && (
          <SignInForm
            signIn={(credentials) => api.portal.signIn.mutate(credentials)}
            onSignedIn={(user) => setSession({ status: 'signed-in', user })}
          />
        )}
        {session.status === 'signed-in' && (
          <ProjectStories user={session.user} onSignOut={signOut} />
        )}
      </main>
    </>
  );
}
