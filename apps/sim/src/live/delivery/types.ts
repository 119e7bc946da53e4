import type { SimCallback, SimCallbackError, SimCallbackErrorTarget } from '../../world/types.ts';
import type { Limiter } from './limit.ts';

/** The fields of a callback definition that delivery reads (the simulator's one callback shape). */
export type CallbackDefinition = Pick<
  SimCallback,
  | 'id'
  | 'channel'
  | 'callbackType'
  | 'callbackSubtype'
  | 'urlPattern'
  | 'httpMethod'
  | 'headers'
  | 'bodyTemplate'
  | 'contentType'
  | 'linePattern'
  | 'subject'
  | 'recipient'
  | 'message'
  | 'payloadConfig'
  | 'enabled'
  | 'sendDuplicate'
  | 'downlinkHook'
>;

/** A variable's value as the reference's `parameters` object shows it (callbacks/messages/error). */
export type Parameter = string | number | boolean;
export type Parameters = Record<string, Parameter>;

/** Delivery result kept in a message's rinfos `cbStatus` (reference, "Messages sent by a device"). */
export interface CallbackStatus {
  status: number;
  info: string;
  /** `[METHOD] urlPattern`, `[EMAIL] recipient`. */
  cbDef: string;
  /** Seconds, like the reference's example (the message time unit). */
  time: number;
}

/** One entry of a status event's `callbacks` list (reference, "Error status events"). */
export interface EventCallbackResult {
  url?: string;
  subject?: string;
  message?: string;
  status: number;
  info?: string;
}

/** An email "sent" by an EMAIL callback: there is no mail server offline, so it lands in an outbox. */
export interface OutboxEmail {
  callbackId: string;
  recipient: string;
  subject: string;
  message: string;
  /** Epoch milliseconds (simulated clock). */
  time: number;
}

/** A rendered HTTP request, as recorded in a callback error's `callback` object. */
export interface RenderedHttp {
  kind: 'http';
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  body?: string;
  contentType?: string;
}

export interface RenderedEmail {
  kind: 'email';
  recipient: string;
  subject: string;
  message: string;
}

export type RenderedCallback = RenderedHttp | RenderedEmail;

/** What one delivery produced. */
export interface DeliveryOutcome {
  callbackId: string;
  cbStatus: CallbackStatus;
  rendered: RenderedCallback;
  /** The target as a callback error / event record shows it. */
  target: SimCallbackErrorTarget;
  /** Response body text (only read for BIDIR downlink hooks). */
  responseBody?: string;
  email?: OutboxEmail;
}

export type { SimCallbackError };

export interface DeliveryOptions {
  /** Off by default: only loopback hosts are contacted (README). */
  allowNonLocalDelivery: boolean;
  /** Milliseconds; the reference's 10 s unless a test shortens it. */
  timeoutMs: number;
  /** Bounds concurrent HTTP exchanges (limit.ts); unbounded without it. */
  limit?: Limiter;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
