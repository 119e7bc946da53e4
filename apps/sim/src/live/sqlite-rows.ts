import type { SimDevice, SimMessage, SimReception } from '../world/types.ts';
import type { CallbackDefinition } from './delivery/types.ts';

/** Row shapes of apps/sim/src/db/schema.ts that live traffic reads, and their record mappings. */
export interface DeviceRow {
  id: string;
  type_id: string;
  name: string;
  last: number;
  state: number;
  lat: number | null;
  lng: number | null;
  activation_time: number | null;
  pac: string;
  token_type: string | null;
  contract_id: string | null;
  token_end: number | null;
  free_messages: number | null;
  prevent_renewal: number;
  seq_number: number | null;
  message_interval_sec: number;
  silent_since: number | null;
  first_seq_number: number;
  home_lat: number;
  home_lng: number;
  /** Not in schema v1; read when the schema gains it (see README). */
  mode?: string | null;
}

const MODES = ['OUTDOOR', 'INDOOR', 'UNDERGROUND'] as const;

export function deviceFromRow(r: DeviceRow): SimDevice {
  const d: SimDevice = {
    id: r.id,
    name: r.name,
    type: r.type_id,
    pac: r.pac,
    preventRenewal: r.prevent_renewal === 1,
    state: (r.state >= 0 && r.state <= 4 ? r.state : 0) as SimDevice['state'],
    messageIntervalSec: r.message_interval_sec,
    firstSeqNumber: r.first_seq_number,
    homeLat: r.home_lat,
    homeLng: r.home_lng,
    // INDOOR is the default coverage mode (domain-notes, "Radio facts").
    mode: MODES.find((m) => m === r.mode) ?? 'INDOOR',
  };
  if (r.lat !== null) d.lat = r.lat;
  if (r.lng !== null) d.lng = r.lng;
  if (r.activation_time !== null) d.activationTime = r.activation_time;
  if (r.token_type === 'CONTRACT' || r.token_type === 'FREE') d.tokenType = r.token_type;
  if (r.contract_id !== null) d.contractId = r.contract_id;
  if (r.token_end !== null) d.tokenEnd = r.token_end;
  if (r.free_messages !== null) d.freeMessages = r.free_messages;
  if (r.silent_since !== null) d.silentSince = r.silent_since;
  return d;
}

export interface MessageRow {
  device_id: string;
  time: number;
  seq_number: number;
  data: string;
  snr: number;
  link_quality: string;
  rinfos: string;
  duplicate: number;
  downlink: number;
}

export function messageFromRow(r: MessageRow): SimMessage {
  return {
    device: r.device_id,
    time: r.time,
    seqNumber: r.seq_number,
    data: r.data,
    snr: r.snr,
    linkQuality: r.link_quality as SimMessage['linkQuality'],
    rinfos: JSON.parse(r.rinfos) as SimReception[],
    duplicate: r.duplicate === 1,
    downlink: r.downlink === 1,
  };
}

export interface CallbackRow {
  id: string;
  channel: string;
  callback_type: number;
  callback_subtype: number;
  url_pattern: string | null;
  http_method: string | null;
  headers: string | null;
  body_template: string | null;
  content_type: string | null;
  line_pattern: string | null;
  subject: string | null;
  recipient: string | null;
  message: string | null;
  payload_config: string | null;
  enabled: number;
  send_duplicate: number;
  downlink_hook: number;
}

const CHANNELS = ['URL', 'BATCH_URL', 'EMAIL'] as const;
const METHODS = ['GET', 'POST', 'PUT'] as const;

export function callbackFromRow(r: CallbackRow): CallbackDefinition {
  // The reference spells the channel both "BATCH_URL" and "BATCH URL".
  const channel = CHANNELS.find((c) => c === r.channel.replace(' ', '_')) ?? 'URL';
  const cb: CallbackDefinition = {
    id: r.id,
    channel,
    callbackType: r.callback_type === 1 || r.callback_type === 2 ? r.callback_type : 0,
    callbackSubtype: r.callback_subtype,
    enabled: r.enabled === 1,
    sendDuplicate: r.send_duplicate === 1,
    downlinkHook: r.downlink_hook === 1,
  };
  const method = METHODS.find((m) => m === r.http_method?.toUpperCase());
  if (method !== undefined) cb.httpMethod = method;
  if (r.url_pattern !== null) cb.urlPattern = r.url_pattern;
  if (r.headers !== null) cb.headers = JSON.parse(r.headers) as Record<string, string>;
  if (r.body_template !== null) cb.bodyTemplate = r.body_template;
  if (r.content_type !== null) cb.contentType = r.content_type;
  if (r.line_pattern !== null) cb.linePattern = r.line_pattern;
  if (r.subject !== null) cb.subject = r.subject;
  if (r.recipient !== null) cb.recipient = r.recipient;
  if (r.message !== null) cb.message = r.message;
  if (r.payload_config !== null) cb.payloadConfig = r.payload_config;
  return cb;
}
