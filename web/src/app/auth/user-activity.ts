import { DOCUMENT, Injectable, inject } from '@angular/core';

/** After this long without a key, click, touch or wheel, the console's own requests are background. */
export const USER_IDLE_AFTER_MS = 60_000;

const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * When the person at the console last did something. The session's idle timeout (MLPS) is
 * about people, not about the live refreshes an open page makes on its own.
 */
@Injectable({ providedIn: 'root' })
export class UserActivity {
  private lastInteractionAt = Date.now();

  constructor() {
    const document = inject(DOCUMENT);
    for (const type of INTERACTIONS) {
      document.addEventListener(type, () => this.recordInteraction(), {
        capture: true,
        passive: true,
      });
    }
  }

  recordInteraction(at: number = Date.now()): void {
    this.lastInteractionAt = at;
  }

  isIdle(now: number = Date.now()): boolean {
    return now - this.lastInteractionAt > USER_IDLE_AFTER_MS;
  }
}
