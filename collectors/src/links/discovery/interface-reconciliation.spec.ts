import type { DiscoveredInterface } from './discovered-interface';
import {
  planInterfaceReconciliation,
  renumberedOf,
  type StoredInterface,
} from './interface-reconciliation';

function walked(ifIndex: number, ifName: string): DiscoveredInterface {
  return {
    ifIndex,
    ifName,
    ifAlias: null,
    ifDescr: ifName,
    ifType: 6,
    physAddress: null,
    speedMbps: 1000,
    adminStatus: 1,
    operStatus: 1,
    hexTextFields: [],
  };
}

function row(id: number, ifIndex: number, ifName: string, extra: Partial<StoredInterface> = {}) {
  return { id, ifIndex, ifName, isPresent: true, hasHistory: true, ...extra };
}

const complete = { isWalkComplete: true };

describe('planInterfaceReconciliation', () => {
  it('when nothing changed, then every row matches at its own ifIndex', () => {
    const plan = planInterfaceReconciliation(
      [row(10, 1, 'GE0/0/1'), row(11, 2, 'GE0/0/2')],
      [walked(1, 'GE0/0/1'), walked(2, 'GE0/0/2')],
      complete,
    );
    expect(plan.matched.map((m) => [m.id, m.discovered.ifIndex])).toEqual([
      [10, 1],
      [11, 2],
    ]);
    expect(renumberedOf(plan)).toEqual([]);
    expect(plan.inserted).toEqual([]);
  });

  it('when a reboot swapped two ifIndexes, then each row follows its name and keeps its id', () => {
    const plan = planInterfaceReconciliation(
      [row(10, 1, 'XGE0/0/1'), row(11, 2, 'XGE0/0/2'), row(12, 3, 'LoopBack0')],
      [walked(1, 'XGE0/0/2'), walked(2, 'XGE0/0/1'), walked(3, 'LoopBack0')],
      complete,
    );
    const byId = new Map(plan.matched.map((m) => [m.id, m.discovered.ifIndex]));
    expect(byId.get(10)).toBe(2);
    expect(byId.get(11)).toBe(1);
    expect(byId.get(12)).toBe(3);
    expect(
      renumberedOf(plan)
        .map((m) => m.id)
        .sort(),
    ).toEqual([10, 11]);
    expect(plan.markedAbsent).toEqual([]);
    expect(plan.deleted).toEqual([]);
  });

  it('when ports shift up by one, then the rows shift with them and the freed name is new', () => {
    const plan = planInterfaceReconciliation(
      [row(10, 1, 'A'), row(11, 2, 'B')],
      [walked(1, 'New'), walked(2, 'A'), walked(3, 'B')],
      complete,
    );
    expect(plan.matched.map((m) => [m.id, m.discovered.ifIndex])).toEqual([
      [10, 2],
      [11, 3],
    ]);
    expect(plan.inserted.map((i) => i.ifName)).toEqual(['New']);
  });

  it('when a port is gone, then it is marked absent if it has history and deleted if not', () => {
    const plan = planInterfaceReconciliation(
      [row(10, 1, 'Uplink'), row(11, 5, 'Access', { hasHistory: false })],
      [],
      complete,
    );
    expect(plan.markedAbsent.map((r) => r.id)).toEqual([10]);
    expect(plan.deleted.map((r) => r.id)).toEqual([11]);
  });

  it('when the walk was cut, then unseen rows stay unless another port took their ifIndex', () => {
    const plan = planInterfaceReconciliation(
      [row(10, 1, 'Old'), row(11, 900, 'BeyondTheCut')],
      [walked(1, 'Replacement')],
      { isWalkComplete: false },
    );
    expect(plan.markedAbsent.map((r) => r.id)).toEqual([10]);
    expect(plan.deleted).toEqual([]);
    expect(plan.inserted.map((i) => i.ifName)).toEqual(['Replacement']);
  });

  it('when an absent port comes back, then its row is matched again (present once more)', () => {
    const plan = planInterfaceReconciliation(
      [row(10, -10, 'Uplink', { isPresent: false })],
      [walked(7, 'Uplink')],
      complete,
    );
    expect(plan.matched).toEqual([
      jasmine.objectContaining({ id: 10, wasPresent: false, previousIfIndex: -10 }),
    ]);
    expect(renumberedOf(plan)).toEqual([]);
  });

  it('when two ports share a name, then the one at the same ifIndex is preferred', () => {
    const plan = planInterfaceReconciliation(
      [row(10, 2, 'Dup')],
      [walked(1, 'Dup'), walked(2, 'Dup')],
      complete,
    );
    expect(plan.matched[0].discovered.ifIndex).toBe(2);
    expect(plan.inserted.map((i) => i.ifIndex)).toEqual([1]);
  });
});
