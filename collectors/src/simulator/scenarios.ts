/**
 * Failure scenarios a simulated node can be switched into, to exercise every uplink state.
 * Member-scoped kinds apply to one member (memberIndex) or, without one, to every member.
 */
export const ScenarioKind = {
  /** ifOperStatus down, counters frozen. */
  MemberDown: 'member-down',
  /** ifHighSpeed reported below the contracted bandwidth (a 200M circuit on a 100M port). */
  BelowTier: 'below-tier',
  /** Traffic held at ~97 % of the contracted bandwidth. */
  Congested: 'congested',
  /** sysUpTime restarts at 0 and counters reset to 0 at the moment it is switched on. */
  Reboot: 'reboot',
  /** The agent stops answering. */
  Silent: 'silent',
  /**
   * A reboot after which the device numbers its ports differently: the two lowest ifIndexes
   * (uplink members 1 and 2) swap. Like reboot, it takes effect once, when put.
   */
  Renumber: 'renumber',
} as const;
export type ScenarioKind = (typeof ScenarioKind)[keyof typeof ScenarioKind];
export const SCENARIO_KINDS: readonly ScenarioKind[] = Object.values(ScenarioKind);

const MEMBER_SCOPED: ReadonlySet<ScenarioKind> = new Set([
  ScenarioKind.MemberDown,
  ScenarioKind.BelowTier,
  ScenarioKind.Congested,
]);

export const CONGESTED_UTILISATION = 0.97;

export interface ScenarioRequest {
  kind: ScenarioKind;
  /** The member it applies to; null = every member (member-scoped kinds) or the node. */
  memberIndex: number | null;
}

export interface ActiveScenario extends ScenarioRequest {
  sinceMs: number;
}

export function isMemberScoped(kind: ScenarioKind): boolean {
  return MEMBER_SCOPED.has(kind);
}

/** Whether a scenario touches a given uplink member. */
export function coversMember(scenario: ScenarioRequest, memberIndex: number): boolean {
  return (
    isMemberScoped(scenario.kind) &&
    (scenario.memberIndex === null || scenario.memberIndex === memberIndex)
  );
}

export class ScenarioRequestError extends Error {}

/** Validates a request body from the control server or a caller. */
export function parseScenarioRequest(body: unknown): ScenarioRequest {
  if (typeof body !== 'object' || body === null) {
    throw new ScenarioRequestError('body must be a JSON object { kind, memberIndex? }');
  }
  const { kind, memberIndex } = body as Record<string, unknown>;
  if (typeof kind !== 'string' || !SCENARIO_KINDS.includes(kind as ScenarioKind)) {
    throw new ScenarioRequestError(`kind must be one of ${SCENARIO_KINDS.join(', ')}`);
  }
  const scenarioKind = kind as ScenarioKind;
  if (memberIndex === undefined || memberIndex === null) {
    return { kind: scenarioKind, memberIndex: null };
  }
  if (!isMemberScoped(scenarioKind)) {
    throw new ScenarioRequestError(`${kind} applies to the whole node; omit memberIndex`);
  }
  if (typeof memberIndex !== 'number' || !Number.isInteger(memberIndex) || memberIndex < 1) {
    throw new ScenarioRequestError('memberIndex must be a positive integer (1 or 2)');
  }
  return { kind: scenarioKind, memberIndex };
}
