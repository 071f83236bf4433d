import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { TUser } from './portal-app';
import { useTRPCClient } from './trpc';

/** Header with the person's menu, a skip link, and the page. */
export function PortalLayout({ user, children }: { user: TUser | undefined; children: ReactNode }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const signOut = async () => {
    await client.portal.signOut.mutate().catch(() => undefined);
    queryClient.clear();
    navigate('/', { replace: true });
    await queryClient.invalidateQueries();
  };
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="site-header portal-header">
        <Link href="/" className="site-name">
          Duiding portaal
        </Link>
        {user && (
          <nav aria-label="Account" className="portal-account">
            {user.isAdmin && <Link href="/beheer">Beheer</Link>}
            {user.isAdmin && <Link href="/beheer/logboek">Logboek (alles)</Link>}
            <Link href="/account">{user.name || user.email}</Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void signOut()}
            >
              Uitloggen
            </button>
          </nav>
        )}
      </header>
      <div id="inhoud" className="portal-body">
        {children}
      </div>
    </>
  );
}
