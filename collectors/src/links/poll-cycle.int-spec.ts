import { UplinkState } from '@extranet/database';
import { ScenarioKind } from '../simulator/scenarios';
import {
  POLLED_CITY_CODE,
  sleep,
  startLiveNetwork,
  type LiveNetwork,
} from './live-network.int-fixture';
import { toDate } from './poll-target-repository';

/**
 * The first live slice: seeded database → simulator → SNMP poll → rates and tier states.
 * The specs run in order (random: false) and build on each other's cycles.
 */
describe('poll cycle against the simulated extranet (integration)', () => {
  const TWO_POW_53 = 2n ** 53n;
  let live: LiveNetwork;
  let polledUplinks: number;
  /** Township nodes of the polled city, one per scenario, so scenarios do not interfere. */
  let townships: { unitCode: string; hostname: string }[];

  beforeAll(async () => {
    live = await startLiveNetwork();
    townships = await live.select(
      `SELECT u.code AS unitCode, n.hostname FROM admin_units u JOIN nodes n ON n.unit_code = u.code
        WHERE u.city_code = :city AND u.level = 'township' ORDER BY u.code`,
      { city: POLLED_CITY_CODE },
    );
    const [{ count }] = await live.select<{ count: number }>(
      `SELECT COUNT(*) AS count FROM uplinks u JOIN nodes n ON n.unit_code = u.child_unit_code
        WHERE n.is_polled = :isPolled`,
      { isPolled: true },
    );
    polledUplinks = Number(count);
  }, 180_000);

  afterAll(async () => {
    await live?.close();
  }, 30_000);

  it('when two cycles run 5 s apart, then every stored rate matches the simulator within 1 %', async () => {
    const first = await live.runCycle();
    expect(first.nodesFailed).toBe(0);
    expect(first.samplesStored).toBe(0); // no previous counters yet
    await sleep(5_000);
    const second = await live.runCycle();
    expect(second.samplesStored).toBe(2 * polledUplinks);

    const samples = await live.select<{
      interfaceId: number;
      sampledAt: string | Date;
      intervalMs: number;
      inBps: number;
      outBps: number;
    }>(
      `SELECT interface_id AS interfaceId, sampled_at AS sampledAt, interval_ms AS intervalMs,
              in_bps AS inBps, out_bps AS outBps FROM interface_samples`,
    );
    expect(samples.length).toBe(2 * polledUplinks);
    for (const sample of samples) {
      const toMs = toDate(sample.sampledAt).getTime();
      const fromMs = toMs - sample.intervalMs;
      expect(sample.intervalMs).toBeGreaterThan(4_900);
      for (const [direction, measured] of [
        ['in', sample.inBps],
        ['out', sample.outBps],
      ] as const) {
        const expected = live.simulator.expectedMeanRateBps(
          sample.interfaceId,
          direction,
          fromMs,
          toMs,
        );
        expect(Math.abs(Number(measured) - expected) / expected)
          .withContext(`interface ${sample.interfaceId} ${direction}: ${measured} vs ${expected}`)
          .toBeLessThan(0.01);
      }
    }
    const states = await live.select<{ state: string; count: number }>(
      `SELECT u.state, COUNT(*) AS count FROM uplinks u JOIN nodes n ON n.unit_code = u.child_unit_code
        WHERE n.is_polled = :isPolled GROUP BY u.state`,
      { isPolled: true },
    );
    expect(states.map((row) => [row.state, Number(row.count)])).toEqual([
      [UplinkState.Compliant, polledUplinks],
    ]);
  }, 60_000);

  it('when counters sit above 2^53, then the stored counter states are the exact 64-bit values', async () => {
    const selectStates = () =>
      live.select<{ interfaceId: number; inOctets: string; outOctets: string }>(
        `SELECT interface_id AS interfaceId, CAST(in_octets AS CHAR) AS inOctets,
                CAST(out_octets AS CHAR) AS outOctets FROM interface_counter_states`,
      );
    const huge = (await selectStates()).filter(
      (state) => BigInt(state.inOctets) > TWO_POW_53 || BigInt(state.outOctets) > TWO_POW_53,
    );
    // A double is off by up to 2–8 octets at these magnitudes, but only for some values:
    // checking every such counter makes a lucky pass of a lossy decoder vanishingly unlikely.
    expect(huge.length).toBeGreaterThanOrEqual(5);
    const owners = await live.select<{ hostname: string; memberIndex: number }>(
      `SELECT n.hostname, m.member_index AS memberIndex FROM uplink_members m
         JOIN interfaces i ON i.id = m.interface_id JOIN nodes n ON n.id = i.node_id
        WHERE i.id IN (:ids)`,
      { ids: huge.map((state) => state.interfaceId) },
    );
    // Member down freezes the counters, so the value read can be compared to the octet.
    for (const owner of owners) {
      await live.simulator.applyScenario(owner.hostname, {
        kind: ScenarioKind.MemberDown,
        memberIndex: owner.memberIndex,
      });
    }
    await live.runCycle();
    const stored = new Map((await selectStates()).map((state) => [state.interfaceId, state]));
    for (const { interfaceId } of huge) {
      const now = Date.now();
      expect(stored.get(interfaceId)?.inOctets).toBe(
        live.simulator.octetsAt(interfaceId, 'in', now).toString(),
      );
      expect(stored.get(interfaceId)?.outOctets).toBe(
        live.simulator.octetsAt(interfaceId, 'out', now).toString(),
      );
    }
    await live.simulator.clearAllScenarios();
  }, 30_000);

  describe('scenarios', () => {
    const expectations: [ScenarioKind, number | null, UplinkState, RegExp][] = [
      [ScenarioKind.MemberDown, 2, UplinkState.RedundancyLost, /^成员2\(.+\)中断$/],
      [ScenarioKind.MemberDown, null, UplinkState.Down, /^全部成员中断/],
      [
        ScenarioKind.BelowTier,
        1,
        UplinkState.UnderProvisioned,
        /^成员1\(.+\)端口速率100M低于签约带宽200M$/,
      ],
      [ScenarioKind.Congested, 1, UplinkState.Congested, /^成员1\(.+\)拥塞，95分位利用率9\d%$/],
      [ScenarioKind.Silent, null, UplinkState.Down, /^节点无响应/],
    ];
    let rebooted: { unitCode: string; hostname: string };
    let rebootCycle: Awaited<ReturnType<LiveNetwork['runCycle']>>;
    let rebootAt: number;

    beforeAll(async () => {
      for (const [index, [kind, memberIndex]] of expectations.entries()) {
        await live.simulator.applyScenario(townships[index].hostname, { kind, memberIndex });
      }
      rebooted = townships[expectations.length];
      await sleep(1_000);
      rebootAt = Date.now();
      await live.simulator.applyScenario(rebooted.hostname, {
        kind: ScenarioKind.Reboot,
        memberIndex: null,
      });
      rebootCycle = await live.runCycle(); // intervals span the switch: partly old, partly new
      await sleep(2_000);
      await live.runCycle();
    }, 60_000);

    for (const [index, [kind, memberIndex, state, reason]] of expectations.entries()) {
      it(`when ${kind}${memberIndex ? ` (member ${memberIndex})` : ''} is on, then the uplink is ${state}`, async () => {
        const uplink = await live.uplinkOf(townships[index].unitCode);
        expect(uplink.state).toBe(state);
        expect(uplink.stateReason).toMatch(reason);
      });
    }

    it('when a node is silent, then its poll error is recorded and no samples are stored', async () => {
      const [node] = await live.select<{ lastPollError: string | null }>(
        'SELECT last_poll_error AS lastPollError FROM nodes WHERE unit_code = :code',
        { code: townships[4].unitCode },
      );
      expect(node.lastPollError).toMatch(/SNMP timeout/);
    });

    it('when below-tier is on, then the interface speed is updated from ifHighSpeed', async () => {
      const [iface] = await live.select<{ speedMbps: number }>(
        `SELECT i.speed_mbps AS speedMbps FROM interfaces i JOIN nodes n ON n.id = i.node_id
          WHERE n.unit_code = :code AND i.if_index = 1`,
        { code: townships[2].unitCode },
      );
      expect(iface.speedMbps).toBe(100);
    });

    it('when a node reboots, then the interval is skipped and no spike is stored', async () => {
      expect(rebootCycle.skippedIntervals.reboot).toBe(2);
      const samples = await live.select<{
        sampledAt: string | Date;
        inBps: number;
        outBps: number;
      }>(
        `SELECT s.sampled_at AS sampledAt, s.in_bps AS inBps, s.out_bps AS outBps
           FROM interface_samples s JOIN interfaces i ON i.id = s.interface_id
           JOIN nodes n ON n.id = i.node_id WHERE n.unit_code = :code`,
        { code: rebooted.unitCode },
      );
      const afterReboot = samples.filter((sample) => toDate(sample.sampledAt).getTime() > rebootAt);
      expect(afterReboot.length).toBe(2); // only the cycle after the skipped one
      for (const sample of afterReboot) {
        expect(Number(sample.inBps)).toBeLessThan(200e6);
        expect(Number(sample.outBps)).toBeLessThan(200e6);
      }
      expect((await live.uplinkOf(rebooted.unitCode)).state).toBe(UplinkState.Compliant);
    });

    it('when a state holds over cycles, then stateChangedAt keeps the moment it changed', async () => {
      const before = await live.uplinkOf(townships[0].unitCode);
      await live.runCycle();
      const after = await live.uplinkOf(townships[0].unitCode);
      expect(after.state).toBe(UplinkState.RedundancyLost);
      expect(toDate(after.stateChangedAt as string).getTime()).toBe(
        toDate(before.stateChangedAt as string).getTime(),
      );
    }, 30_000);

    it('when every scenario is cleared, then the uplinks recover to compliant', async () => {
      await live.simulator.clearAllScenarios();
      await live.runCycle();
      await sleep(1_500);
      await live.runCycle();
      for (const township of townships.slice(0, expectations.length + 1)) {
        expect((await live.uplinkOf(township.unitCode)).state)
          .withContext(township.unitCode)
          .toBe(UplinkState.Compliant);
      }
    }, 30_000);
  });

  it('never stores a negative rate or one above 105 % of the port speed', async () => {
    const [worst] = await live.select<{ violations: number }>(
      `SELECT COUNT(*) AS violations FROM interface_samples s JOIN interfaces i ON i.id = s.interface_id
        WHERE s.in_bps < 0 OR s.out_bps < 0
           OR s.in_bps > i.speed_mbps * 1050000 OR s.out_bps > i.speed_mbps * 1050000`,
    );
    expect(Number(worst.violations)).toBe(0);
    const [cycles] = await live.select<{ count: number }>(
      'SELECT COUNT(*) AS count FROM collector_cycles',
    );
    expect(Number(cycles.count)).toBeGreaterThanOrEqual(7);
  });
});
