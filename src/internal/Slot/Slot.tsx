import { cloneElement, forwardRef, isValidElement, version, type HTMLAttributes, type ReactElement, type ReactNode, type Ref } from 'react';
import { devWarn } from '../../domain/dev';
import { cn } from '../cn';

type AnyProps = Record<string, unknown>;

/** React 19 passes `ref` as a prop; React 18 keeps it on the element (reading the other one warns). */
const REF_IS_PROP = Number.parseInt(version, 10) >= 19;

function refOf(element: ReactElement): Ref<unknown> | undefined {
  return (REF_IS_PROP ? (element.props as AnyProps).ref : (element as unknown as { ref?: Ref<unknown> }).ref) as Ref<unknown> | undefined;
}

/** One ref callback that sets every given ref (callback or object). */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]): (node: T | null) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

const isHandler = (name: string, value: unknown) => /^on[A-Z]/.test(name) && typeof value === 'function';

/**
 * The props of a slot merged with its child's: the child's win, except `className` (joined),
 * `style` (the child's keys over the slot's) and event handlers (both run, the child's first).
 */
export function mergeSlotProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const [name, slotValue] of Object.entries(slotProps)) {
    const childValue = childProps[name];
    if (name === 'className') merged.className = cn(slotValue as string, childValue as string) || undefined;
    else if (name === 'style') merged.style = { ...(slotValue as object), ...(childValue as object) };
    else if (isHandler(name, slotValue) && isHandler(name, childValue)) {
      merged[name] = (...args: unknown[]) => {
        (childValue as (...a: unknown[]) => unknown)(...args);
        (slotValue as (...a: unknown[]) => unknown)(...args);
      };
    }
  }
  return merged;
}

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  /** The one element that is rendered, with the slot's props merged into its own. */
  children?: ReactNode;
}

/**
 * Renders its only child element instead of an element of its own, with the slot's props merged
 * in (`mergeSlotProps`) and both refs set: how a component lets an app pass its own element (a
 * router's link) for one of its parts (SourceTable's `renderDetailsLink`).
 */
export const Slot = forwardRef<HTMLElement, SlotProps>(function Slot({ children, ...slotProps }, ref) {
  if (!isValidElement(children)) {
    devWarn('Slot: expected one React element as its child; nothing is rendered.');
    return null;
  }
  const childRef = refOf(children);
  return cloneElement(children, {
    ...mergeSlotProps(slotProps, children.props as AnyProps),
    ref: ref && childRef ? composeRefs(ref, childRef) : (ref ?? childRef),
  } as AnyProps);
});

Slot.displayName = 'Slot';
