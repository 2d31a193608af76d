/** Opens a node's sealed SNMP community (SecretBox from @extranet/database fits). */
export interface CommunityOpener {
  open(sealed: string): string;
}

/**
 * Keeps what was opened, keyed by the sealed text: opening is an AES-GCM decryption, and a
 * full-depth cycle would repeat 28,691 of them every interval (about a tenth of the
 * collector's CPU in a profile) for values that rarely change. A changed community or a
 * re-seal under a new key is a new sealed text, so it is opened afresh; entries of sealed
 * texts no longer in use are dropped by `retainOnly` when the targets are reloaded.
 * Plain communities stay in this process's memory only, as they already did while polling.
 * A failure to open is not kept: the next cycle tries again (and logs again).
 */
export class CachingCommunityOpener implements CommunityOpener {
  private readonly opened = new Map<string, string>();

  constructor(private readonly opener: CommunityOpener) {}

  open(sealed: string): string {
    let community = this.opened.get(sealed);
    if (community === undefined) {
      community = this.opener.open(sealed);
      this.opened.set(sealed, community);
    }
    return community;
  }

  /** Forgets every sealed text not in `inUse` (nodes removed, communities changed). */
  retainOnly(inUse: Iterable<string>): void {
    const kept = new Set(inUse);
    for (const sealed of this.opened.keys()) {
      if (!kept.has(sealed)) this.opened.delete(sealed);
    }
  }

  get size(): number {
    return this.opened.size;
  }
}
