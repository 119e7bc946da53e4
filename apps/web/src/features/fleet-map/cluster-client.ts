import type { ClusterRequest, ClusterResponse } from './cluster-protocol.ts';

type Pending = { resolve: (r: ClusterResponse) => void; reject: (e: Error) => void };
type Body<K extends ClusterRequest['kind']> = Omit<Extract<ClusterRequest, { kind: K }>, 'id' | 'kind'>;

/** The clustering worker behind promises: one answer per request, matched by id. */
export class ClusterClient {
  private readonly worker = new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<ClusterResponse>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      if (event.data.kind === 'error') waiting.reject(new Error(event.data.message));
      else waiting.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(event.message));
      this.pending.clear();
    };
  }

  private send<K extends ClusterRequest['kind']>(kind: K, body: Body<K>, transfer: Transferable[] = []) {
    const id = ++this.seq;
    return new Promise<ClusterResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, kind, id }, transfer);
    });
  }

  /** Hands the coordinates over (they are moved, not copied) and indexes the included devices. */
  load(coords: Float64Array, states: Uint8Array, included: Int32Array) {
    return this.send('load', { coords, states, included }, [coords.buffer, states.buffer]);
  }

  filter(included: Int32Array) {
    return this.send('filter', { included });
  }

  async view(bbox: [number, number, number, number], zoom: number) {
    const answer = await this.send('view', { bbox, zoom });
    if (answer.kind !== 'view') throw new Error(`Unexpected answer ${answer.kind}`);
    return answer;
  }

  async expansionZoom(clusterId: number): Promise<number> {
    const answer = await this.send('expand', { clusterId });
    if (answer.kind !== 'expand') throw new Error(`Unexpected answer ${answer.kind}`);
    return answer.zoom;
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('Clustering stopped'));
    this.pending.clear();
  }
}
