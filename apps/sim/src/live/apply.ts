import { callbackErrorOf, eventCallbackOf } from './delivery/records.ts';
import { isSuccess } from './delivery/types.ts';
import type { EventDeliveries, MessageDeliveries } from './dispatch.ts';
import type { Outbox } from './outbox.ts';
import type { LiveStore } from './store.ts';

/**
 * Writes a tick's delivery results back in one transaction: each message's cbStatus,
 * a callback error per failed delivery (status not 2xx, 600 for transport failures),
 * honoured downlinks (they count in consumptions' downlinkFrameCount), each event's
 * callbacks list, the callbacks' `dead` flag, and emails into the outbox.
 */
export function applyDeliveries(
  store: LiveStore,
  outbox: Outbox,
  messages: readonly MessageDeliveries[],
  events: readonly EventDeliveries[],
): void {
  store.transaction(() => {
    const dead = new Map<string, boolean>();
    for (const { job, delivered, downlink } of messages) {
      if (delivered.length > 0)
        store.setCbStatus(
          job.messageId,
          delivered.map((d) => d.outcome.cbStatus),
        );
      if (downlink?.kind === 'data') store.markDownlink(job.messageId);
      for (const { outcome, parameters } of delivered) {
        dead.set(outcome.callbackId, !isSuccess(outcome.cbStatus.status));
        if (outcome.email) outbox.add(outcome.email);
        const error = callbackErrorOf(outcome, job.message, job.typeId, parameters);
        if (error !== undefined) store.insertCallbackError(error, job.groupId);
      }
    }
    for (const { job, delivered } of events) {
      if (delivered.length > 0)
        store.setEventCallbacks(
          job.eventId,
          delivered.map((d) => eventCallbackOf(d.outcome)),
        );
      for (const { outcome } of delivered) {
        dead.set(outcome.callbackId, !isSuccess(outcome.cbStatus.status));
        if (outcome.email) outbox.add(outcome.email);
      }
    }
    for (const [id, isDead] of dead) store.setCallbackDead(id, isDead);
  });
}
