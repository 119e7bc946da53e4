import type { Rng, SimMessage } from '../world/types.ts';
import { applyDeliveries } from './apply.ts';
import type { CallbackDefinition, CallbackStatus, DeliveryOptions } from './delivery/types.ts';
import { type CallbacksOf, deliverEvents, deliverMessages, type MessageDeliveries } from './dispatch.ts';
import type { EventJob, MessageJob, TickPlan } from './jobs.ts';
import type { Outbox } from './outbox.ts';
import { MIN_INTERVAL_FACTOR, sendTimes } from './schedule.ts';
import type { MessageSource } from './source.ts';
import { type NetworkIssueOptions, raiseCommunicationTimeouts, raiseNetworkIssues } from './status-events.ts';
import type { LiveDevice, LiveStore } from './store.ts';
import { recordUplink, type UplinkOptions } from './uplink.ts';

export interface TrafficDeps {
  store: LiveStore;
  source: MessageSource;
  rng: Rng;
  outbox: Outbox;
  delivery: DeliveryOptions;
  networkIssues: NetworkIssueOptions;
  /** Told once per device whose messages cannot be made (the device is then left out). */
  onDeviceError?: (deviceId: string, error: unknown) => void;
}

export interface TickSummary {
  messages: number;
  events: number;
  deliveries: number;
}

/** A message emitted on demand, with its callback results. */
export interface Emitted {
  message: SimMessage;
  cbStatus: CallbackStatus[];
}

interface Settled {
  summary: TickSummary;
  messages: MessageDeliveries[];
}

/**
 * Live traffic as a function of clock ticks: write everything the tick (fromMs, toMs]
 * produced in one transaction, run the callbacks, then write their results back.
 */
export function createTraffic(deps: TrafficDeps) {
  const { store, source, rng } = deps;

  const callbacksOf = (): CallbacksOf => {
    const cache = new Map<string, CallbackDefinition[]>();
    return (typeId) => {
      let list = cache.get(typeId);
      if (list === undefined) {
        list = store.enabledCallbacks(typeId);
        cache.set(typeId, list);
      }
      return list;
    };
  };

  // A device the radio model cannot handle (a device type created after seeding, unknown to
  // the world) must not stop the traffic of all the others: it is skipped, and reported once.
  const failing = new Set<string>();
  const tryUplink = (live: LiveDevice, t: number): MessageJob | undefined => {
    if (failing.has(live.device.id)) return undefined;
    try {
      return recordUplink(store, source, live, t);
    } catch (error) {
      failing.add(live.device.id);
      deps.onDeviceError?.(live.device.id, error);
      return undefined;
    }
  };

  const settle = async (plan: TickPlan): Promise<Settled> => {
    const of = callbacksOf();
    const [messages, events] = await Promise.all([
      deliverMessages(plan.messages, of, deps.delivery),
      deliverEvents(plan.events, of, deps.delivery),
    ]);
    applyDeliveries(store, deps.outbox, messages, events);
    const deliveries = [...messages, ...events].reduce((n, r) => n + r.delivered.length, 0);
    return { summary: { messages: plan.messages.length, events: plan.events.length, deliveries }, messages };
  };

  return {
    async tick(fromMs: number, toMs: number): Promise<TickSummary> {
      const fromSec = Math.floor(fromMs / 1000);
      const toSec = Math.floor(toMs / 1000);
      const plan = store.transaction((): TickPlan => {
        const messages: MessageJob[] = [];
        for (const candidate of store.sendingCandidates(MIN_INTERVAL_FACTOR, toSec)) {
          const times = sendTimes(candidate, fromSec, toSec);
          const live = times.length > 0 ? store.device(candidate.id) : undefined;
          if (live === undefined) continue;
          for (const t of times) {
            const job = tryUplink(live, t);
            if (job !== undefined) messages.push(job);
          }
        }
        const events: EventJob[] = [
          ...raiseCommunicationTimeouts(store, toSec),
          ...raiseNetworkIssues(store, rng, deps.networkIssues, fromMs, toMs),
        ];
        return { messages, events };
      });
      return (await settle(plan)).summary;
    },

    /** One message from the device now, whatever its schedule or silence; undefined for an unknown device. */
    async emit(deviceId: string, nowMs: number, options: UplinkOptions = {}): Promise<Emitted | undefined> {
      const job = store.transaction((): MessageJob | undefined => {
        const live = store.device(deviceId);
        return live === undefined
          ? undefined
          : recordUplink(store, source, live, Math.floor(nowMs / 1000), options);
      });
      if (job === undefined) return undefined;
      const { messages } = await settle({ messages: [job], events: [] });
      const cbStatus = messages[0]?.delivered.map((d) => d.outcome.cbStatus) ?? [];
      return { message: job.message, cbStatus };
    },
  };
}

export type Traffic = ReturnType<typeof createTraffic>;
