import type { AppRouter } from '@duiding/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';

/*
 * One request per call (no batching): the answer must never travel in the same request
 * as a call that carries the personal link.
 */
export const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: '/trpc' })] });

type TPanelOutputs = inferRouterOutputs<AppRouter>['panel'];
export type THome = TPanelOutputs['home'];
export type TWave = TPanelOutputs['wave'];
export type TResults = TPanelOutputs['results'];
