export { GuardrailList, type GuardrailListProps } from './GuardrailList';
export {
  GUARDRAIL_ITEM_STATES,
  GUARDRAIL_ITEM_STATE_NAMES,
  GUARDRAIL_TITLES,
  guardrailKey,
  isGuardrailScope,
  type GuardrailItemState,
} from './GuardrailList.props';
