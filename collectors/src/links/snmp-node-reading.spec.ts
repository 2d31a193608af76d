import type { VarBind } from 'snmp-native';
import {
  MalformedAnswerError,
  completeWithFallback,
  fallbackOids,
  firstPassOids,
  parseFirstPass,
  type ExpectedInterfaceNames,
} from './snmp-node-reading';

/** Answers built by hand, typed as snmp-native hands them over, for the fallback decisions. */
const COUNTER32 = 0x41;
const GAUGE32 = 0x42;
const TIMETICKS = 0x43;
const COUNTER64 = 0x46;
const INTEGER = 0x02;
const NO_SUCH_INSTANCE = 0x81;
const OCTET_STRING = 0x04;

type Answer = Record<string, { type: number; value: bigint | number | Buffer } | 'missing'>;

function varbinds(oids: string[], answer: Answer): VarBind[] {
  return oids.map((oid) => {
    const entry = answer[oid] ?? 'missing';
    if (entry !== 'missing' && Buffer.isBuffer(entry.value)) {
      return {
        oid: oid.split('.').map(Number),
        type: entry.type,
        value: entry.value.toString('utf8'),
        valueRaw: entry.value,
        sendStamp: 1_000,
        receiveStamp: 1_002,
      } as unknown as VarBind;
    }
    const isMissing = entry === 'missing';
    const value = isMissing ? 0n : BigInt(entry.value as bigint | number);
    const hex = value.toString(16);
    return {
      oid: oid.split('.').map(Number),
      type: isMissing ? NO_SUCH_INSTANCE : entry.type,
      value: isMissing ? null : Number(value),
      valueRaw: Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex'),
      sendStamp: 1_000,
      receiveStamp: 1_002,
    } as unknown as VarBind;
  });
}

const hcIn = (i: number) => `1.3.6.1.2.1.31.1.1.1.6.${i}`;
const hcOut = (i: number) => `1.3.6.1.2.1.31.1.1.1.10.${i}`;
const ifName = (i: number) => `1.3.6.1.2.1.31.1.1.1.1.${i}`;
const in32 = (i: number) => `1.3.6.1.2.1.2.2.1.10.${i}`;
const out32 = (i: number) => `1.3.6.1.2.1.2.2.1.16.${i}`;

function port(i: number, extra: Answer = {}): Answer {
  return {
    [`1.3.6.1.2.1.2.2.1.8.${i}`]: { type: INTEGER, value: 1 },
    [`1.3.6.1.2.1.2.2.1.7.${i}`]: { type: INTEGER, value: 1 },
    [`1.3.6.1.2.1.31.1.1.1.15.${i}`]: { type: GAUGE32, value: 1000 },
    [`1.3.6.1.2.1.2.2.1.5.${i}`]: { type: GAUGE32, value: 1_000_000_000 },
    ...extra,
  };
}

function poll(ifIndexes: number[], answer: Answer, expected?: ExpectedInterfaceNames) {
  const all: Answer = { '1.3.6.1.2.1.1.3.0': { type: TIMETICKS, value: 500 }, ...answer };
  const first = parseFirstPass(ifIndexes, varbinds(firstPassOids(ifIndexes), all), expected);
  const asked = fallbackOids(first.fallbacks);
  return { asked, reading: completeWithFallback(first, varbinds(asked, all)) };
}

describe('parseFirstPass + completeWithFallback', () => {
  it('when ifHC* are present and non-zero, then they are used and nothing more is asked', () => {
    const { asked, reading } = poll(
      [1],
      port(1, {
        [hcIn(1)]: { type: COUNTER64, value: 9_007_199_254_740_993n },
        [hcOut(1)]: { type: COUNTER64, value: 7n },
        [in32(1)]: { type: COUNTER32, value: 1 },
        [out32(1)]: { type: COUNTER32, value: 1 },
      }),
    );
    expect(asked).toEqual([]);
    expect(reading.interfaces.get(1)).toEqual(
      jasmine.objectContaining({ inOctets: 9_007_199_254_740_993n, counterBits: 64 }),
    );
  });

  it('when ifHC* are missing, then that interface alone falls back to 32-bit counters', () => {
    const { asked, reading } = poll([1, 2], {
      ...port(1, {
        [hcIn(1)]: { type: COUNTER64, value: 10n },
        [hcOut(1)]: { type: COUNTER64, value: 20n },
      }),
      ...port(2, {
        [in32(2)]: { type: COUNTER32, value: 4_000_000_000 },
        [out32(2)]: { type: COUNTER32, value: 5 },
      }),
    });
    expect(asked).toEqual([in32(2), out32(2), '1.3.6.1.2.1.2.2.1.5.2']);
    expect(reading.interfaces.get(1)?.counterBits).toBe(64);
    expect(reading.interfaces.get(2)).toEqual(
      jasmine.objectContaining({ inOctets: 4_000_000_000n, outOctets: 5n, counterBits: 32 }),
    );
  });

  it('when ifHC* read zero while ifIn/OutOctets do not, then the 32-bit counters are used', () => {
    const { reading } = poll(
      [3],
      port(3, {
        [hcIn(3)]: { type: COUNTER64, value: 0n },
        [hcOut(3)]: { type: COUNTER64, value: 0n },
        [in32(3)]: { type: COUNTER32, value: 77 },
        [out32(3)]: { type: COUNTER32, value: 0 },
      }),
    );
    expect(reading.interfaces.get(3)).toEqual(
      jasmine.objectContaining({ inOctets: 77n, counterBits: 32 }),
    );
  });

  it('when ifHC* and ifIn/OutOctets are all zero, then the 64-bit counters stay', () => {
    const { reading } = poll(
      [4],
      port(4, {
        [hcIn(4)]: { type: COUNTER64, value: 0n },
        [hcOut(4)]: { type: COUNTER64, value: 0n },
        [in32(4)]: { type: COUNTER32, value: 0 },
        [out32(4)]: { type: COUNTER32, value: 0 },
      }),
    );
    expect(reading.interfaces.get(4)?.counterBits).toBe(64);
  });

  it('when a port that is not up reads ifHC* zero, then no 32-bit request is sent and its rate base is 64-bit', () => {
    const { asked, reading } = poll(
      [5],
      port(5, {
        [`1.3.6.1.2.1.2.2.1.8.5`]: { type: INTEGER, value: 2 },
        [hcIn(5)]: { type: COUNTER64, value: 0n },
        [hcOut(5)]: { type: COUNTER64, value: 0n },
        [in32(5)]: { type: COUNTER32, value: 123 },
        [out32(5)]: { type: COUNTER32, value: 456 },
      }),
    );
    expect(asked).toEqual([]);
    expect(reading.interfaces.get(5)).toEqual(
      jasmine.objectContaining({ inOctets: 0n, counterBits: 64, operStatus: 2 }),
    );
  });

  it('when ifHighSpeed is missing too, then the speed comes from ifSpeed', () => {
    const answer = port(5, {
      [in32(5)]: { type: COUNTER32, value: 1 },
      [out32(5)]: { type: COUNTER32, value: 1 },
      '1.3.6.1.2.1.2.2.1.5.5': { type: GAUGE32, value: 100_000_000 },
    });
    delete answer['1.3.6.1.2.1.31.1.1.1.15.5'];
    expect(poll([5], answer).reading.interfaces.get(5)?.highSpeedMbps).toBe(100);
  });

  it('when neither counter pair exists, then the interface is reported missing', () => {
    const { reading } = poll([6], port(6));
    expect(reading.interfaces.has(6)).toBeFalse();
    expect(reading.missingIfIndexes).toEqual([6]);
  });

  it('when sysUpTime comes as another type, then the answer is malformed (no sample)', () => {
    expect(() =>
      poll([1], { '1.3.6.1.2.1.1.3.0': { type: COUNTER32, value: 5 }, ...port(1) }),
    ).toThrowError(MalformedAnswerError, 'answered sysUpTime as Counter32, not TimeTicks');
  });

  it('when a status comes as another type or out of range, then the answer is malformed', () => {
    expect(() =>
      poll([1], port(1, { '1.3.6.1.2.1.2.2.1.8.1': { type: GAUGE32, value: 1 } })),
    ).toThrowError(MalformedAnswerError, /ifOperStatus\.1 as Gauge32, not INTEGER/);
    expect(() =>
      poll([1], port(1, { '1.3.6.1.2.1.2.2.1.8.1': { type: INTEGER, value: 42 } })),
    ).toThrowError(MalformedAnswerError, /ifOperStatus\.1 = 42, not an ifStatus/);
  });

  it('when ifHC* come as Counter32 (old agents), then the 32-bit columns are read instead', () => {
    const { asked, reading } = poll(
      [1],
      port(1, {
        [hcIn(1)]: { type: COUNTER32, value: 7 },
        [hcOut(1)]: { type: COUNTER32, value: 8 },
        [in32(1)]: { type: COUNTER32, value: 70 },
        [out32(1)]: { type: COUNTER32, value: 80 },
      }),
    );
    expect(asked.length).toBe(3);
    expect(reading.interfaces.get(1)).toEqual(
      jasmine.objectContaining({ inOctets: 70n, outOctets: 80n, counterBits: 32 }),
    );
  });

  it('when the 32-bit fallback comes with the wrong type, then the answer is malformed', () => {
    expect(() =>
      poll(
        [1],
        port(1, {
          [in32(1)]: { type: GAUGE32, value: 70 },
          [out32(1)]: { type: COUNTER32, value: 80 },
        }),
      ),
    ).toThrowError(MalformedAnswerError, /ifInOctets\.1 as Gauge32, not Counter32/);
  });

  it('when another ifName answers behind a member ifIndex, then it is renumbered and not read', () => {
    const expected: ExpectedInterfaceNames = {
      byIfIndex: new Map([
        [1, 'XGigabitEthernet0/0/1'],
        [2, 'XGigabitEthernet0/0/2'],
      ]),
      textEncoding: 'auto',
    };
    const { asked, reading } = poll(
      [1, 2],
      {
        ...port(1, {
          [hcIn(1)]: { type: COUNTER64, value: 10n },
          [hcOut(1)]: { type: COUNTER64, value: 20n },
          [ifName(1)]: { type: OCTET_STRING, value: Buffer.from('XGigabitEthernet0/0/2') },
        }),
        ...port(2, {
          [hcIn(2)]: { type: COUNTER64, value: 30n },
          [hcOut(2)]: { type: COUNTER64, value: 40n },
          [ifName(2)]: { type: OCTET_STRING, value: Buffer.from('XGigabitEthernet0/0/2') },
        }),
      },
      expected,
    );
    expect(asked).toEqual([]);
    expect(reading.renumbered).toEqual([
      { ifIndex: 1, expectedIfName: 'XGigabitEthernet0/0/1', foundIfName: 'XGigabitEthernet0/0/2' },
    ]);
    expect(reading.interfaces.has(1)).toBeFalse();
    expect(reading.interfaces.get(2)?.inOctets).toBe(30n);
  });

  it('when an interface was marked absent (negative ifIndex), then it is not asked and is missing', () => {
    expect(firstPassOids([-12, 1]).length).toBe(2 + 7);
    const { reading } = poll([-12], {});
    expect(reading.missingIfIndexes).toEqual([-12]);
  });
});
