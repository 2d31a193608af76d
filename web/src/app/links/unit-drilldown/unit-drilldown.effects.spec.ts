import { TestBed } from '@angular/core/testing';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of } from 'rxjs';
import { aUnit } from '../testing/links-fixtures';
import { UnitDrilldownPageActions, UnitsApiActions } from './unit-drilldown.actions';
import { loadUnit } from './unit-drilldown.effects';
import { unitDrilldownFeature } from './unit-drilldown.feature';
import type { UnitsApi } from './units-api';

describe('unit drill-down effects', () => {
  it('when the page opens a unit, then that unit is fetched', () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [{ selector: unitDrilldownFeature.selectSelectedCode, value: '4213' }],
        }),
      ],
    });
    const store = TestBed.inject(MockStore);
    const unit = aUnit();
    const api = jasmine.createSpyObj<UnitsApi>('UnitsApi', { get: of(unit) });
    const actions$ = new Subject<unknown>();
    const seen: unknown[] = [];
    loadUnit(new Actions(actions$), store, api).subscribe((action) => seen.push(action));

    actions$.next(UnitDrilldownPageActions.opened({ code: '4213' }));

    expect(api.get).toHaveBeenCalledOnceWith('4213');
    expect(seen).toEqual([UnitsApiActions.unitLoaded({ requestedCode: '4213', unit })]);
    store.resetSelectors();
  });
});
