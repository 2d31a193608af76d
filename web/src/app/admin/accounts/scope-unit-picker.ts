import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { startWith, switchMap } from 'rxjs';
import { AccountDialogActions } from './accounts.actions';
import { accountsFeature } from './accounts.feature';

/** Typing pauses this long before the unit picker asks the API. */
export const SCOPE_UNIT_SEARCH_DEBOUNCE_MS = 300;

/** A unit picked from the list; the field holds plain text while the user types. */
export interface ChosenUnit {
  code: string;
  name: string;
}

export type ScopeUnitValue = ChosenUnit | string;

export function unitLabel(value: ScopeUnitValue | null): string {
  return value === null ? '' : typeof value === 'string' ? value : `${value.name} ${value.code}`;
}

/** Empty text is the whole province; any other text must have been turned into a pick. */
export function isSettledScope(value: ScopeUnitValue): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** Form validator: refuses typed text that was not turned into a pick. */
export function settledScope(control: { value: ScopeUnitValue }): { unitNotChosen: true } | null {
  return isSettledScope(control.value) ? null : { unitNotChosen: true };
}

export function scopeUnitCodeOf(value: ScopeUnitValue): string | null {
  return typeof value === 'string' ? null : value.code;
}

/**
 * Autocomplete over `/api/admin/units` (names and codes only: the security admin may not read
 * network data). Says what is chosen: the whole province, a unit and below, or nothing yet.
 */
@Component({
  selector: 'app-scope-unit-picker',
  imports: [
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="unit-field">
      <mat-label>{{ 'admin.scope.unit' | transloco }}</mat-label>
      <input
        matInput
        autocomplete="off"
        data-testid="scope-unit"
        [formControl]="control()"
        [placeholder]="'admin.scope.unitSearch' | transloco"
        [matAutocomplete]="units"
      />
      <mat-autocomplete #units="matAutocomplete" [displayWith]="unitLabel">
        @for (unit of search()?.units ?? []; track unit.code) {
          <mat-option [value]="{ code: unit.code, name: unit.name }">
            {{ unit.name }} <span class="muted">{{ unit.code }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ 'admin.scope.unitCodeHint' | transloco }}</mat-hint>
    </mat-form-field>
    <p class="unit-check" role="status" data-testid="scope-unit-check">
      @if (chosen(); as unit) {
        <span class="found">{{ 'admin.scope.selected' | transloco: unit }}</span>
      } @else if (isProvince()) {
        <span class="found">{{ 'admin.scope.province' | transloco }}</span>
      } @else if (search(); as search) {
        @if (!search.isSearching && search.units.length === 0) {
          <span class="missing">{{ 'admin.scope.noMatch' | transloco }}</span>
        } @else {
          <span class="missing">{{ 'admin.scope.pickFromList' | transloco }}</span>
        }
      }
    </p>
  `,
  styles: `
    .unit-field {
      width: 100%;
    }
    .unit-check {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
    }
    .found {
      color: var(--state-compliant);
    }
    .missing {
      color: var(--mat-sys-error);
    }
  `,
})
export class ScopeUnitPicker {
  private readonly store = inject(Store);

  readonly control = input.required<FormControl<ScopeUnitValue>>();

  protected readonly search = this.store.selectSignal(accountsFeature.selectScopeUnitSearch);
  protected readonly unitLabel = unitLabel;
  private readonly value = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: '' as ScopeUnitValue },
  );
  protected readonly chosen = computed(() => {
    const value = this.value();
    return typeof value === 'string' ? null : value;
  });
  protected readonly isProvince = computed(() => {
    const value = this.value();
    return typeof value === 'string' && value.trim() === '';
  });

  constructor() {
    effect(() => {
      const value = this.value();
      if (typeof value === 'string') {
        const q = value.trim();
        untracked(() => this.store.dispatch(AccountDialogActions.scopeUnitSearchChanged({ q })));
      }
    });
  }
}
