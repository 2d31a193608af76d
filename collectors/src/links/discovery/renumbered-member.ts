import { UnknownIntervalReason } from '../counter-rate';
import type { NodeAssessment } from '../node-poll-assessment';
import type { PollableMember } from '../poll-target-repository';

/**
 * A member whose ifIndex now names another port (a reboot renumbered them): no rate, no status
 * and no counters are taken from that port. The interval is counted and recorded as skipped
 * (interface_renumbered) on the member's counter state, whose stored counters stay those of
 * the circuit's own port; the discovery queue sees the skip and walks the node, which moves
 * the row to the port's new ifIndex. A member never read before has no state to record on.
 */
export function skipRenumberedMember(
  member: PollableMember,
  readAtMs: number,
  assessment: NodeAssessment,
): void {
  const reason = UnknownIntervalReason.InterfaceRenumbered;
  assessment.skippedIntervals[reason] = (assessment.skippedIntervals[reason] ?? 0) + 1;
  const counters = member.counters;
  if (!counters) return;
  assessment.counterStates.push({
    interface_id: member.interfaceId,
    in_octets: counters.inOctets.toString(),
    out_octets: counters.outOctets.toString(),
    sys_uptime_ticks: counters.sysUptimeTicks,
    counter_bits: counters.counterBits,
    discontinuity_ticks: counters.discontinuityTicks ?? null,
    engine_time_seconds: counters.engineTimeSeconds ?? null,
    read_at: new Date(counters.readAtMs),
    last_skip_reason: reason,
    last_skip_at: new Date(readAtMs),
  });
}
