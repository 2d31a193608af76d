import { PasswordApiActions, PasswordPageActions } from './password.actions';
import { initialPasswordChangeState, passwordChangeFeature } from './password-change.feature';

const { reducer } = passwordChangeFeature;
const policy = {
  passwordMinLength: 12,
  passwordMinClasses: 4,
  passwordMaxAgeDays: 60,
  passwordHistory: 8,
};

describe('password change feature', () => {
  it('when the policy arrives, then the form checks against it', () => {
    const opened = reducer(initialPasswordChangeState, PasswordPageActions.opened());
    const state = reducer(opened, PasswordApiActions.policyLoaded({ policy }));
    expect(passwordChangeFeature.selectPolicy({ passwordChange: state })).toEqual(policy);
  });

  it('when a change is refused, then the unmet rules are kept until the next try', () => {
    const unmetRules = [{ path: 'newPassword', message: 'reused', rule: 'reused' }];
    const error = { status: 400, code: 'validation_failed', message: 'policy' };
    const refused = reducer(
      { ...initialPasswordChangeState, isSubmitting: true },
      PasswordApiActions.passwordChangeFailed({ error, unmetRules }),
    );
    expect(refused.unmetRules).toEqual(unmetRules);
    expect(refused.isSubmitting).toBeFalse();

    const retried = reducer(
      refused,
      PasswordPageActions.changeSubmitted({ currentPassword: 'a', newPassword: 'b' }),
    );
    expect(retried.unmetRules).toEqual([]);
    expect(retried.error).toBeNull();
  });

  it('when the change succeeds, then the moment is recorded so the form clears', () => {
    const state = reducer(
      { ...initialPasswordChangeState, isSubmitting: true },
      PasswordApiActions.passwordChanged({ session: null, wasForced: false }),
    );
    expect(state.changedAt).not.toBeNull();
    expect(state.isSubmitting).toBeFalse();
  });
});
