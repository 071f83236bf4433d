import type { TFramework } from '@duiding/survey/client';
import type { Dispatch } from 'react';
import type { TFlowAction, TFlowState } from '../flow/flow';

/** What every step screen gets: the questionnaire, the flow state and a way to act. */
export interface TStepScreenProps {
  framework: TFramework;
  state: TFlowState;
  dispatch: Dispatch<TFlowAction>;
}
