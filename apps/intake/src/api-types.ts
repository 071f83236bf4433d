import type { AppRouter } from '@duiding/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** The intake's contract with the server, derived from the router: never copied by hand. */
type TIn = inferRouterInputs<AppRouter>['intake'];
type TOut = inferRouterOutputs<AppRouter>['intake'];

export type TOpenCollection = TOut['openCollection'];
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
