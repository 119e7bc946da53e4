import { CALLBACK_SUBTYPES, CALLBACK_TYPES, type Callback, type CallbackType } from '@sfc/api';

const TYPE_NAMES: Record<CallbackType, string> = { 0: 'DATA', 1: 'SERVICE', 2: 'ERROR' };

/** The subtypes valid for a type, with their names: only valid pairs are ever offered. */
export function subtypeOptions(type: CallbackType): { value: number; label: string }[] {
  return Object.entries(CALLBACK_SUBTYPES[type]).map(([label, value]) => ({ value, label }));
}

export const typeOptions = Object.entries(CALLBACK_TYPES).map(([label, value]) => ({ value, label }));

/** "DATA / UPLINK", "ERROR". */
export function kindName(type: CallbackType, subtype: number | undefined): string {
  const sub = subtypeOptions(type).find((o) => o.value === subtype)?.label;
  return sub ? `${TYPE_NAMES[type]} / ${sub}` : TYPE_NAMES[type];
}

/** Where a callback delivers: its URL pattern or its recipient. */
export function target(cb: Callback): string {
  return cb.channel === 'EMAIL' ? cb.recipient : cb.urlPattern;
}

/** Only a DATA / BIDIR callback can answer with downlink data (reference: Callback downlink selection). */
export function canBeDownlink(cb: Callback): boolean {
  return (
    cb.channel === 'URL' &&
    cb.callbackType === CALLBACK_TYPES.DATA &&
    cb.callbackSubtype === CALLBACK_SUBTYPES[0].BIDIR
  );
}
