/** Opens a node's sealed SNMP community (SecretBox from @extranet/database fits). */
export interface CommunityOpener {
  open(sealed: string): string;
}
