/// <reference lib="webworker" />
import { ClusterIndex } from './cluster-index.ts';
import type { ClusterRequest, ClusterResponse } from './cluster-protocol.ts';

/*
 * Clustering off the main thread: indexing 100,000 devices takes hundreds of
 * milliseconds, which would freeze panning if it ran beside the map.
 */
declare const self: DedicatedWorkerGlobalScope;

const index = new ClusterIndex();

function answer(message: ClusterResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

self.onmessage = (event: MessageEvent<ClusterRequest>) => {
  const request = event.data;
  try {
    switch (request.kind) {
      case 'load':
      case 'filter': {
        const started = performance.now();
        if (request.kind === 'load') index.load(request.coords, request.states, request.included);
        else index.filter(request.included);
        answer({
          kind: 'indexed',
          id: request.id,
          included: index.size,
          millis: performance.now() - started,
        });
        return;
      }
      case 'view': {
        const inView = index.inView(request.bbox);
        answer({ kind: 'view', id: request.id, items: index.view(request.bbox, request.zoom), inView }, [
          inView.buffer,
        ]);
        return;
      }
      case 'expand':
        answer({ kind: 'expand', id: request.id, zoom: index.expansionZoom(request.clusterId) });
        return;
    }
  } catch (error) {
    answer({
      kind: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
