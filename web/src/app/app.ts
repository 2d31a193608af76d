import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from './auth/auth.feature';
import { UserMenu } from './auth/user-menu';
import { LanguageSwitch } from './i18n/language-switch';
import { ACCESS } from './auth/route-access';
import { AlertCounter } from './shell/alert-counter';
import { navItemsFor } from './shell/nav-items';

/**
 * The console shell: toolbar, the navigation the account's roles may see, and the routed page.
 * Signed out, or while a password change is pending, only the page itself is shown.
 */
@Component({
  selector: 'app-root',
  imports: [
    AlertCounter,
    LanguageSwitch,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
    UserMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly store = inject(Store);
  private readonly sidenav = viewChild(MatSidenav);
  private readonly isSignedIn = this.store.selectSignal(authFeature.selectIsSignedIn);
  private readonly mustChangePassword = this.store.selectSignal(
    authFeature.selectMustChangePassword,
  );
  private readonly roles = this.store.selectSignal(authFeature.selectRoles);

  protected readonly showNavigation = computed(
    () => this.isSignedIn() && !this.mustChangePassword(),
  );
  protected readonly navItems = computed(() => navItemsFor(this.roles()));
  /** The live alert count, for the roles that read links data (not the separated admins). */
  protected readonly showAlertCounter = computed(
    () =>
      this.showNavigation() &&
      this.roles().some((role) => (ACCESS.links as readonly string[]).includes(role)),
  );
  private readonly isNarrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 960px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly sidenavMode = computed(() => (this.isNarrow() ? 'over' : 'side'));

  protected toggleNavigation(): void {
    void this.sidenav()?.toggle();
  }
}
