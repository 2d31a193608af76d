import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { UserMenuActions } from './auth.actions';
import { authFeature } from './auth.feature';

/** Toolbar menu of the signed-in account: who it is, its roles, its own pages, sign-out. */
@Component({
  selector: 'app-user-menu',
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (account(); as account) {
      <button
        mat-button
        type="button"
        class="trigger"
        data-testid="user-menu"
        [matMenuTriggerFor]="menu"
      >
        <mat-icon svgIcon="account_circle" />
        <span class="name">{{ account.displayName }}</span>
        @if (roleKeys().length) {
          <span class="roles">
            @for (key of roleKeys(); track key) {
              <span class="role" data-testid="user-role">{{ key | transloco }}</span>
            }
          </span>
        }
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <div class="who" mat-menu-item disabled>
          {{ account.username }}
          @if (account.scope.unitName; as unitName) {
            · {{ unitName }}
          } @else {
            · {{ 'auth.scope.province' | transloco }}
          }
        </div>
        <mat-divider />
        <a mat-menu-item routerLink="/account/password" data-testid="menu-change-password">
          <mat-icon svgIcon="password" />
          {{ 'auth.menu.changePassword' | transloco }}
        </a>
        <a mat-menu-item routerLink="/account/sessions" data-testid="menu-my-sessions">
          <mat-icon svgIcon="devices" />
          {{ 'auth.menu.mySessions' | transloco }}
        </a>
        <a mat-menu-item routerLink="/account/security" data-testid="menu-two-factor">
          <mat-icon svgIcon="phonelink_lock" />
          {{ 'auth.menu.twoFactor' | transloco }}
        </a>
        <button mat-menu-item type="button" data-testid="sign-out" (click)="signOut()">
          <mat-icon svgIcon="logout" />
          {{ 'auth.menu.signOut' | transloco }}
        </button>
      </mat-menu>
    }
  `,
  styles: `
    .trigger {
      max-width: 420px;
    }
    .name {
      margin-right: 8px;
    }
    .role + .role::before {
      content: ' · ';
    }
    .roles {
      opacity: 0.85;
      font: var(--mat-sys-body-small);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  `,
})
export class UserMenu {
  private readonly store = inject(Store);

  protected readonly account = this.store.selectSignal(authFeature.selectAccount);
  protected readonly roleKeys = computed(() =>
    (this.account()?.roles ?? []).map((role) => `roles.${role}`),
  );

  protected signOut(): void {
    this.store.dispatch(UserMenuActions.signOutClicked());
  }
}
