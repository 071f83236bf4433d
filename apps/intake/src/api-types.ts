import type { AppRouter } from '@duiding/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** The intake's contract with the server, derived from the router: never copied by hand. */
type TIn = inferRouterInputs<AppRouter>['intake'];
type TOut = inferRouterOutputs<AppRouter>['intake'];

/** What a collection's address gets: its landing page, theme and, while open, its questionnaire. */
export type TOpenedCollection = TOut['openCollection'];
type TOpenNow = Extract<TOpenedCollection, { status: 'open' }>;
/** What the intake itself needs: an open collection with its questionnaire. */
export type TOpenCollection = Pick<TOpenNow, 'collection' | 'framework'> & {
  theme?: TOpenNow['theme'];
};
export type TSubmitInput = TIn['submitStory'];
export type TSubmitResult = TOut['submitStory'];
export type TSaveDraftInput = TIn['saveDraft'];
export type TIntakeDraft = TSaveDraftInput['draft'];
export type TLoadedDraft = TOut['loadDraft'];
export type TMyStories = TOut['myStories'];
export type TWithdrawResult = TOut['withdraw'];

/** The procedures behind the personal code; the app passes the tRPC client, tests a fake. */
export interface TCodeServer {
  saveDraft(input: TSaveDraftInput): Promise<TOut['saveDraft']>;
  loadDraft(input: TIn['loadDraft']): Promise<TLoadedDraft>;
  myStories(input: TIn['myStories']): Promise<TMyStories>;
  withdraw(input: TIn['withdraw']): Promise<TWithdrawResult>;
}
