import { IfStatus, type UnitLevel } from '@extranet/database';
import { CounterTrack } from './counter-track';
import {
  CONGESTED_UTILISATION,
  ScenarioKind,
  coversMember,
  type ActiveScenario,
  type ScenarioRequest,
} from './scenarios';
import { FROZEN, type TrafficProfile } from './traffic-model';
import {
  MANAGEMENT_CAPACITY_MBPS,
  planInterfaceTraffic,
  scheduledBootMs,
  type InterfaceRole,
  type InterfaceTrafficPlan,
} from './traffic-mix';

export interface SimulatedInterfaceSpec {
  interfaceId: number;
  ifIndex: number;
  ifName: string;
  ifAlias: string | null;
  /** Port speed as installed, Mbit/s. */
  speedMbps: number;
  /** Set when the interface carries an uplink member circuit. */
  member: { memberIndex: number; contractedMbps: number } | null;
}

export interface SimulatedNodeSpec {
  nodeId: number;
  unitCode: string;
  level: UnitLevel;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: number;
  community: string;
  interfaces: SimulatedInterfaceSpec[];
}

export type Direction = 'in' | 'out';

/** One interface's live state: what the agent reports for it at any instant. */
export class SimulatedInterface {
  readonly role: InterfaceRole;
  operStatus: IfStatus = IfStatus.Up;
  readonly adminStatus: IfStatus = IfStatus.Up;
  reportedSpeedMbps: number;
  readonly inOctets: CounterTrack;
  readonly outOctets: CounterTrack;

  constructor(
    readonly spec: SimulatedInterfaceSpec,
    private readonly plan: InterfaceTrafficPlan,
    bootMs: number,
  ) {
    this.role = interfaceRole(spec);
    this.reportedSpeedMbps = spec.speedMbps;
    this.inOctets = new CounterTrack(bootMs, plan.initialInOctets, this.profileFor('in', []));
    this.outOctets = new CounterTrack(bootMs, plan.initialOutOctets, this.profileFor('out', []));
  }

  track(direction: Direction): CounterTrack {
    return direction === 'in' ? this.inOctets : this.outOctets;
  }

  /** Brings status, speed and traffic in line with the node's scenarios from atMs on. */
  reconcile(scenarios: readonly ScenarioRequest[], atMs: number): void {
    const member = this.spec.member;
    const applies = (kind: ScenarioKind) =>
      member !== null &&
      scenarios.some(
        (scenario) => scenario.kind === kind && coversMember(scenario, member.memberIndex),
      );
    this.operStatus = applies(ScenarioKind.MemberDown) ? IfStatus.Down : IfStatus.Up;
    this.reportedSpeedMbps =
      member && applies(ScenarioKind.BelowTier)
        ? speedBelow(member.contractedMbps)
        : this.spec.speedMbps;
    for (const direction of ['in', 'out'] as const) {
      const profile = this.profileFor(direction, scenarios);
      const track = this.track(direction);
      if (!sameProfile(track.profile, profile)) {
        track.switchProfile(atMs, profile);
      }
    }
  }

  /** Counters restart at 0, as IF-MIB counters do when the device boots. */
  reboot(scenarios: readonly ScenarioRequest[], atMs: number): void {
    this.inOctets.resetTo(atMs, 0n, this.profileFor('in', scenarios));
    this.outOctets.resetTo(atMs, 0n, this.profileFor('out', scenarios));
  }

  private profileFor(direction: Direction, scenarios: readonly ScenarioRequest[]): TrafficProfile {
    if (this.operStatus !== IfStatus.Up) {
      return FROZEN;
    }
    const utilisation = direction === 'in' ? this.plan.inUtilisation : this.plan.outUtilisation;
    const member = this.spec.member;
    if (!member) {
      const capacityMbps = this.role === 'management' ? MANAGEMENT_CAPACITY_MBPS : 0;
      return { shape: 'daily', scaleBps: capacityMbps * 1e6 * utilisation };
    }
    // Traffic cannot outrun the port: a circuit on a port slower than its contract is capped.
    const capacityBps = Math.min(member.contractedMbps, this.reportedSpeedMbps) * 1e6;
    const isCongested =
      direction === 'in' &&
      scenarios.some(
        (scenario) =>
          scenario.kind === ScenarioKind.Congested && coversMember(scenario, member.memberIndex),
      );
    return isCongested
      ? { shape: 'flat', scaleBps: capacityBps * CONGESTED_UTILISATION }
      : { shape: 'daily', scaleBps: capacityBps * utilisation };
  }
}

/** A simulated router: its boot, interfaces and active scenarios. */
export class SimulatedNode {
  private bootMs: number;
  private readonly scenarios: ActiveScenario[] = [];
  /** Ports by the ifIndex they answer at now (a renumbering scenario moves them). */
  private readonly portsByIfIndex: Map<number, SimulatedInterface>;

  constructor(
    readonly spec: SimulatedNodeSpec,
    startMs: number,
  ) {
    this.bootMs = scheduledBootMs(spec.nodeId, startMs);
    this.portsByIfIndex = new Map(
      spec.interfaces.map((iface) => {
        const plan = planInterfaceTraffic(iface.interfaceId, interfaceRole(iface), spec.level);
        return [iface.ifIndex, new SimulatedInterface(iface, plan, this.bootMs)];
      }),
    );
  }

  get interfaces(): ReadonlyMap<number, SimulatedInterface> {
    return this.portsByIfIndex;
  }

  get bootedAtMs(): number {
    return this.bootMs;
  }

  get isSilent(): boolean {
    return this.scenarios.some((scenario) => scenario.kind === ScenarioKind.Silent);
  }

  get activeScenarios(): readonly ActiveScenario[] {
    return this.scenarios;
  }

  memberIndexes(): number[] {
    return [...this.interfaces.values()]
      .flatMap((iface) => (iface.spec.member ? [iface.spec.member.memberIndex] : []))
      .sort((a, b) => a - b);
  }

  /** sysUpTime in hundredths of a second, wrapping like TimeTicks. */
  sysUpTimeTicks(atMs: number): number {
    return Math.floor(Math.max(0, atMs - this.bootMs) / 10) % 2 ** 32;
  }

  /** Adds (or replaces the same kind and member of) a scenario from atMs on. */
  applyScenario(request: ScenarioRequest, atMs: number): void {
    if (request.memberIndex !== null && !this.memberIndexes().includes(request.memberIndex)) {
      throw new RangeError(
        `${this.spec.hostname} has no uplink member ${request.memberIndex} ` +
          `(members: ${this.memberIndexes().join(', ') || 'none'})`,
      );
    }
    this.removeWhere((s) => s.kind === request.kind && s.memberIndex === request.memberIndex);
    this.scenarios.push({ ...request, sinceMs: atMs });
    if (request.kind === ScenarioKind.Reboot || request.kind === ScenarioKind.Renumber) {
      this.bootMs = atMs;
      for (const iface of this.interfaces.values()) {
        iface.reconcile(this.scenarios, atMs);
        iface.reboot(this.scenarios, atMs);
      }
      if (request.kind === ScenarioKind.Renumber) this.swapLowestIfIndexes();
      return;
    }
    this.reconcileAll(atMs);
  }

  /**
   * Ends scenarios (all, or those of one kind). Ending 'reboot' only drops the label: the
   * node stays booted at that instant, since un-rebooting would make its counters jump.
   */
  clearScenarios(atMs: number, kind?: ScenarioKind): void {
    this.removeWhere((scenario) => kind === undefined || scenario.kind === kind);
    this.reconcileAll(atMs);
  }

  /**
   * The boot numbered the ports differently: the two lowest ifIndexes (the uplink members on a
   * seeded node) answer for each other's port from now on, names, counters and all.
   */
  private swapLowestIfIndexes(): void {
    const [first, second] = [...this.portsByIfIndex.keys()].sort((a, b) => a - b);
    if (second === undefined) return;
    const firstPort = this.portsByIfIndex.get(first) as SimulatedInterface;
    this.portsByIfIndex.set(first, this.portsByIfIndex.get(second) as SimulatedInterface);
    this.portsByIfIndex.set(second, firstPort);
  }

  private reconcileAll(atMs: number): void {
    for (const iface of this.interfaces.values()) {
      iface.reconcile(this.scenarios, atMs);
    }
  }

  private removeWhere(predicate: (scenario: ActiveScenario) => boolean): void {
    for (let i = this.scenarios.length - 1; i >= 0; i--) {
      if (predicate(this.scenarios[i])) {
        this.scenarios.splice(i, 1);
      }
    }
  }
}

export function interfaceRole(spec: SimulatedInterfaceSpec): InterfaceRole {
  if (spec.member) {
    return 'uplink';
  }
  return /loopback/i.test(spec.ifName) ? 'loopback' : 'management';
}

const STANDARD_PORT_SPEEDS_MBPS = [10, 100, 1_000, 10_000, 25_000, 40_000, 100_000];

/** The fastest standard port speed below a contract: a 200M circuit lands on a 100M port. */
export function speedBelow(contractedMbps: number): number {
  const slower = STANDARD_PORT_SPEEDS_MBPS.filter((speed) => speed < contractedMbps);
  return slower.length > 0
    ? slower[slower.length - 1]
    : Math.max(1, Math.floor(contractedMbps / 2));
}

function sameProfile(a: TrafficProfile, b: TrafficProfile): boolean {
  return a.shape === b.shape && a.scaleBps === b.scaleBps;
}
