import type { AppRouter } from '@duiding/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';

export const api = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
