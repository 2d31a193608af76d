import { aUnit } from '../testing/links-fixtures';
import { UnitDrilldownPageActions, UnitsApiActions } from './unit-drilldown.actions';
import { initialUnitDrilldownState, unitDrilldownFeature } from './unit-drilldown.feature';

const { reducer } = unitDrilldownFeature;

describe('unit drill-down feature', () => {
  it('when a unit seen before is opened again, then it shows at once while it reloads', () => {
    const seen = reducer(
      reducer(initialUnitDrilldownState, UnitDrilldownPageActions.opened({ code: '4213' })),
      UnitsApiActions.unitLoaded({ requestedCode: '4213', unit: aUnit() }),
    );
    const deeper = reducer(seen, UnitDrilldownPageActions.opened({ code: '421303' }));
    expect(unitDrilldownFeature.selectSelectedUnit({ unitDrilldown: deeper })).toBeNull();

    const back = reducer(deeper, UnitDrilldownPageActions.opened({ code: '4213' }));
    expect(unitDrilldownFeature.selectSelectedUnit({ unitDrilldown: back })?.name).toBe('随州市');
    expect(back.isLoading).toBeTrue();
  });

  it('when the API answers with a canonical code, then that unit is selected', () => {
    const opened = reducer(
      initialUnitDrilldownState,
      UnitDrilldownPageActions.opened({ code: '421300' }),
    );
    const state = reducer(
      opened,
      UnitsApiActions.unitLoaded({ requestedCode: '421300', unit: aUnit({ code: '4213' }) }),
    );
    expect(state.selectedCode).toBe('4213');
    expect(state.isLoading).toBeFalse();
  });

  it('when a late answer for another unit arrives, then the selection does not move', () => {
    const opened = reducer(
      initialUnitDrilldownState,
      UnitDrilldownPageActions.opened({ code: '421303' }),
    );
    const state = reducer(
      opened,
      UnitsApiActions.unitLoaded({ requestedCode: '4213', unit: aUnit() }),
    );
    expect(state.selectedCode).toBe('421303');
    expect(state.isLoading).toBeTrue();
    expect(state.entities['4213']).toBeDefined();
  });

  it('when loading the selected unit fails, then the error is kept', () => {
    const error = { status: 404, code: 'not_found', message: 'no unit 4299' };
    const opened = reducer(
      initialUnitDrilldownState,
      UnitDrilldownPageActions.opened({ code: '4299' }),
    );
    const failed = reducer(opened, UnitsApiActions.unitLoadFailed({ code: '4299', error }));
    expect(failed.error).toEqual(error);
    expect(failed.isLoading).toBeFalse();
    expect(reducer(failed, UnitDrilldownPageActions.retryClicked()).error).toBeNull();
  });
});
