import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { PasswordRule } from '@extranet/auth-choices';
import { PASSWORD_MAX_LENGTH, unmetPasswordRules } from '@extranet/password-rules';
import { SECURITY_POLICY_BOUNDS } from '@extranet/security-policy';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { PasswordPolicySummary } from '../auth-api.types';

/**
 * The weakest policy the API accepts: these rules hold whatever the security admin set, so
 * they are what the form checks before (or without) the active policy.
 */
export const POLICY_FLOOR: Omit<PasswordPolicySummary, 'passwordMaxAgeDays'> = {
  passwordMinLength: SECURITY_POLICY_BOUNDS.passwordMinLength.min,
  passwordMinClasses: SECURITY_POLICY_BOUNDS.passwordMinClasses.min,
  passwordHistory: SECURITY_POLICY_BOUNDS.passwordHistory.min,
};

const KNOWN_RULES: readonly string[] = Object.values(PasswordRule);

export interface RuleCheck {
  rule: PasswordRule;
  params: Record<string, unknown>;
  /** null: nothing typed yet, or only the server can tell (reuse of an old password). */
  isMet: boolean | null;
}

/**
 * The policy's rules, checked while typing with the same function the API uses
 * (database/src/auth/password-rules.ts); reuse of a recent password only the server can check,
 * and what it refused overrides the local verdict.
 */
@Component({
  selector: 'app-password-rules',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-rules.html',
  styleUrl: './password-rules.scss',
})
export class PasswordRules {
  readonly policy = input.required<PasswordPolicySummary | null>();
  readonly newPassword = input.required<string>();
  readonly username = input.required<string>();
  /** The server's `fields[newPassword]` after it refused the change. */
  readonly unmetRules = input<readonly ApiFieldError[]>([]);

  protected readonly effectivePolicy = computed(() => this.policy() ?? POLICY_FLOOR);

  protected readonly checks = computed<RuleCheck[]>(() => {
    const policy = this.effectivePolicy();
    const password = this.newPassword();
    const refused = new Set(this.unmetRules().map((field) => field.rule));
    const unmetNow = new Set(
      unmetPasswordRules(password, policy, { username: this.username(), isReused: false }).map(
        (unmet) => unmet.rule,
      ),
    );
    const verdict = (rule: PasswordRule, isLocal: boolean): boolean | null => {
      if (refused.has(rule)) return false;
      if (!isLocal || password.length === 0) return null;
      return !unmetNow.has(rule);
    };
    return [
      {
        rule: PasswordRule.MinLength,
        params: { count: policy.passwordMinLength },
        isMet: verdict(PasswordRule.MinLength, true),
      },
      {
        rule: PasswordRule.MaxLength,
        params: { count: PASSWORD_MAX_LENGTH },
        isMet: verdict(PasswordRule.MaxLength, true),
      },
      {
        rule: PasswordRule.MinClasses,
        params: { count: policy.passwordMinClasses },
        isMet: verdict(PasswordRule.MinClasses, true),
      },
      {
        rule: PasswordRule.ContainsUsername,
        params: {},
        isMet: verdict(PasswordRule.ContainsUsername, true),
      },
      {
        rule: PasswordRule.Reused,
        params: { count: policy.passwordHistory },
        isMet: verdict(PasswordRule.Reused, false),
      },
    ];
  });

  /** Refusals the console has no words for: shown in the server's. */
  protected readonly otherRefusals = computed(() =>
    this.unmetRules().filter((field) => field.rule === null || !KNOWN_RULES.includes(field.rule)),
  );
}
