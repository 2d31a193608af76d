import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

export interface CollectorLastCycle {
  startedAt: string;
  durationMs: number;
  overrunMs: number;
  isOverrun: boolean;
  nodesPolled: number;
  nodesFailed: number;
  samplesStored: number;
  buffered: boolean;
}

export interface CollectorInstance {
  id: string;
  hostname: string;
  pid: number;
  version: string;
  startedAt: string;
  heartbeatAt: string;
  heartbeatAgeSeconds: number;
  isStale: boolean;
  stoppedAt: string | null;
  isCoordinator: boolean;
  nodesAssigned: number;
  partitionsHeld: number;
  bufferedSamples: number;
  droppedSamples: number;
  pollGroups: {
    name: string;
    intervalSeconds: number;
    nodes: number;
    skippedTicks: number;
    lastCycle: CollectorLastCycle | null;
  }[];
}

export interface CollectorCycle {
  collectorId: string;
  pollGroup: string | null;
  startedAt: string;
  durationMs: number;
  intervalSeconds: number | null;
  overrunMs: number;
  nodesPolled: number;
  nodesFailed: number;
}

export interface CollectorsStatus {
  generatedAt: string;
  staleAfterSeconds: number;
  collectors: CollectorInstance[];
  recentCycles: CollectorCycle[];
  metrics: { url: string } | null;
}

/** `GET /api/collectors`. */
@Injectable({ providedIn: 'root' })
export class CollectorsApi {
  private readonly http = inject(HttpClient);

  status(): Observable<CollectorsStatus> {
    return this.http.get<CollectorsStatus>('/api/collectors');
  }
}
