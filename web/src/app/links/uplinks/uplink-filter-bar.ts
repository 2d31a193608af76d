import { ChangeDetectionStrategy, Component, effect, input } from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, filter, map, merge, tap } from 'rxjs';
import type { UnitRef } from '../links-api.types';
import { UPLINK_LEVELS, UPLINK_STATES, type UnitLevel, type UplinkState } from '../links-choices';
import type { UplinkFilters, UplinkQuery } from './uplink-query';

/** Typing pauses this long before the search reaches the URL and the API. */
export const SEARCH_DEBOUNCE_MS = 300;

function isSameFilters(a: UplinkFilters, b: UplinkFilters): boolean {
  return (
    a.levels.join() === b.levels.join() &&
    a.states.join() === b.states.join() &&
    a.city === b.city &&
    a.q === b.q
  );
}

/** Level, state, city and text filters of the uplink list. Emits only real changes. */
@Component({
  selector: 'app-uplink-filter-bar',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './uplink-filter-bar.html',
  styleUrl: './uplink-filter-bar.scss',
})
export class UplinkFilterBar {
  readonly query = input.required<UplinkQuery>();
  readonly cityOptions = input<UnitRef[] | null>(null);

  protected readonly levels = UPLINK_LEVELS;
  protected readonly states = UPLINK_STATES;
  protected readonly form = new FormGroup({
    levels: new FormControl<UnitLevel[]>([], { nonNullable: true }),
    states: new FormControl<UplinkState[]>([], { nonNullable: true }),
    city: new FormControl<string | null>(null),
    q: new FormControl('', { nonNullable: true }),
  });

  /** Last filters sent up: when the URL comes back with them, the form must not be reset. */
  private lastEmitted: UplinkFilters | null = null;

  readonly filtersChange = outputFromObservable(
    merge(
      this.form.controls.levels.valueChanges,
      this.form.controls.states.valueChanges,
      this.form.controls.city.valueChanges,
      this.form.controls.q.valueChanges.pipe(debounceTime(SEARCH_DEBOUNCE_MS)),
    ).pipe(
      map(() => this.formFilters()),
      filter((filters) => !isSameFilters(filters, this.queryFilters())),
      tap((filters) => (this.lastEmitted = filters)),
    ),
  );

  constructor() {
    // URL to form, for a shared link or the back button, without echoing an event.
    effect(() => {
      const filters = this.queryFilters();
      if (this.lastEmitted && isSameFilters(filters, this.lastEmitted)) {
        return;
      }
      this.form.setValue(filters, { emitEvent: false });
    });
  }

  protected clear(): void {
    this.form.setValue({ levels: [], states: [], city: null, q: '' });
  }

  protected clearSearch(): void {
    this.form.controls.q.setValue('');
  }

  protected hasFilters(): boolean {
    const { levels, states, city, q } = this.form.getRawValue();
    return levels.length > 0 || states.length > 0 || city !== null || q !== '';
  }

  private queryFilters(): UplinkFilters {
    const { levels, states, city, q } = this.query();
    return { levels, states, city, q };
  }

  private formFilters(): UplinkFilters {
    const { levels, states, city, q } = this.form.getRawValue();
    return { levels, states, city, q: q.trim() };
  }
}
