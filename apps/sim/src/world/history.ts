import { deviceKey, deviceLinks, worldContext, type WorldContext } from './context.ts';
import { callbackError, eventCallbacks, failureAt } from './deliveries.ts';
import { buildMessage } from './message.ts';
import type {
  HistoryItem,
  NetworkIncident,
  SimDevice,
  SimStatusEvent,
  World,
  WorldOptions,
} from './types.ts';
import { STREAM, streamRng } from './world.ts';

const WARN_MESSAGE =
  'Sigfox network experiencing issues that could cause message loss or delay for some devices.';

/** "2013-10-08 15:36:21", as in the reference's ERROR event messages (UTC). */
function formatUtc(sec: number): string {
  return new Date(sec * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The history: WARN events of network incidents first, then device by device
 * their messages, ERROR events (a keep-alive passing without a message) and
 * callback errors, time-ascending per device. Lazy: nothing is kept but the
 * current device, so 100k devices stream in constant memory.
 */
export function* history(world: World, opts: WorldOptions): Generator<HistoryItem> {
  const ctx = worldContext(world);
  const endSec = Math.floor(opts.now / 1000);
  const startSec = endSec - Math.round(opts.historyDays * 86400);
  yield* warnEvents(world, ctx, opts.seed);
  for (let i = 0; i < world.devices.length; i++) {
    yield* deviceHistory(world, ctx, world.devices[i]!, i, opts.seed, startSec, endSec);
  }
}

function* warnEvents(world: World, ctx: WorldContext, seed: number): Generator<HistoryItem> {
  const rng = streamRng(seed, STREAM.history, -1);
  for (const incident of world.incidents) {
    const byType = new Map<string, string[]>();
    for (const d of world.devices) {
      if (d.bestTap !== incident.station || !activeAt(d, incident.from)) continue;
      const list = byType.get(d.type);
      if (list) list.push(d.id);
      else byType.set(d.type, [d.id]);
    }
    for (const [typeId, deviceIds] of byType) {
      const event: SimStatusEvent = {
        deviceIds,
        deviceTypeId: typeId,
        time: incident.from * 1000 + rng.int(0, 59_999),
        message: WARN_MESSAGE,
        severity: 'WARN',
      };
      const callbacks = eventCallbacks(ctx.errorCallbacks.get(typeId) ?? [], event, deviceIds[0]!);
      if (callbacks.length > 0) event.callbacks = callbacks;
      yield { kind: 'event', event };
    }
  }
}

function activeAt(d: SimDevice, sec: number): boolean {
  return (
    d.activationTime !== undefined && d.activationTime <= sec * 1000 && (d.silentSince ?? Infinity) > sec
  );
}

function degradedAt(
  incidents: readonly NetworkIncident[],
  sec: number,
): ((tap: string) => boolean) | undefined {
  // Most messages fall outside every incident: answer those without allocating.
  if (!incidents.some((x) => x.from <= sec && sec < x.to)) return undefined;
  const taps = incidents.filter((x) => x.from <= sec && sec < x.to).map((x) => x.station);
  return (tap: string) => taps.includes(tap);
}

function* deviceHistory(
  world: World,
  ctx: WorldContext,
  device: SimDevice,
  index: number,
  seed: number,
  startSec: number,
  endSec: number,
): Generator<HistoryItem> {
  if (device.activationTime === undefined) return;
  const type = ctx.typeById.get(device.type)!;
  const model = ctx.modelByType.get(device.type)!;
  const rng = streamRng(seed, STREAM.history, index);
  const links = deviceLinks(world, device);
  const key = deviceKey(device);
  const spotit = ctx.spotitContracts.has(device.contractId ?? '');
  const failing = ctx.failingData.get(type.id);
  const interval = device.messageIntervalSec;
  // A short outage for ~3 % of devices (a dead battery swapped, a closed basement door).
  const outage = rng.chance(0.03)
    ? outageWindow(rng.next(), rng.int(1, 4) * type.keepAlive, startSec, endSec)
    : undefined;
  const stop = Math.min(endSec, device.silentSince ?? endSec);
  let t = Math.max(startSec, Math.ceil(device.activationTime / 1000)) + Math.floor(rng.next() * interval);
  let seq = device.firstSeqNumber;
  let lastHeard: number | undefined;
  let lastDay = -1;
  while (t < stop) {
    const inOutage = outage !== undefined && t >= outage[0] && t < outage[1];
    if (!inOutage) {
      const day = Math.floor(t / 86400);
      const message = buildMessage({
        device,
        model,
        key,
        links,
        timeSec: t,
        seqNumber: seq,
        spotit,
        downlink: model.downlink && day !== lastDay,
        rng,
        degraded: degradedAt(world.incidents, t),
      });
      if (message) {
        if (lastHeard !== undefined && type.keepAlive > 0 && t - lastHeard > type.keepAlive + 60) {
          yield errorEvent(ctx, device, lastHeard, rng.int(0, 59_999));
        }
        lastDay = day;
        lastHeard = t;
        yield { kind: 'message', message };
        if (failing) {
          for (const cb of failing) {
            const failure = failureAt(cb, t);
            if (failure) yield { kind: 'callbackError', error: callbackError(cb, type, message, failure) };
          }
        }
      }
    }
    // Lost and outage messages still consumed a sequence number: the gap is what the backend warns about.
    seq = (seq + 1) & 0xfff;
    t += Math.max(600, Math.round(interval * (0.97 + 0.06 * rng.next())));
  }
  // 60 s of slack: the event's jitter must not land after `now`. A disabled device is not watched.
  const watched = device.state !== 3 && type.keepAlive > 0;
  if (lastHeard !== undefined && watched && endSec - lastHeard > type.keepAlive + 60) {
    yield errorEvent(ctx, device, lastHeard, rng.int(0, 59_999));
  }
}

function outageWindow(at: number, seconds: number, startSec: number, endSec: number): [number, number] {
  const from = Math.floor(startSec + at * (endSec - startSec));
  return [from, from + seconds];
}

function errorEvent(ctx: WorldContext, device: SimDevice, lastHeard: number, jitterMs: number): HistoryItem {
  const keepAlive = ctx.typeById.get(device.type)!.keepAlive;
  const event: SimStatusEvent = {
    deviceId: device.id,
    deviceTypeId: device.type,
    time: (lastHeard + keepAlive) * 1000 + jitterMs,
    message: `No message received since ${formatUtc(lastHeard)}`,
    severity: 'ERROR',
  };
  const callbacks = eventCallbacks(ctx.errorCallbacks.get(device.type) ?? [], event, device.id);
  if (callbacks.length > 0) event.callbacks = callbacks;
  return { kind: 'event', event };
}
