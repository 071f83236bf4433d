import '@duiding/ui/styles.css';
import './portal.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { PortalApp } from './portal-app';
import { PORTAL_BASE } from './portal-path';
import { createQueryClient, createTrpcClient, TRPCProvider } from './trpc';

const queryClient = createQueryClient();
const trpcClient = createTrpcClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <Router base={PORTAL_BASE}>
          <PortalApp />
        </Router>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
