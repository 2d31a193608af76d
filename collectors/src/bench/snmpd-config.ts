/** One Net-SNMP agent of the bench fleet: where it listens and the community it answers. */
export interface SnmpdAgentSpec {
  host: string;
  port: number;
  community: string;
}

/**
 * snmpd.conf of one bench agent: loopback only, one read-only community accepted from
 * loopback only, no AgentX master (no socket outside the temp dir). Nothing else: snmpd is
 * started with -C, so no system file adds listeners or communities.
 */
export function snmpdConfig(agent: SnmpdAgentSpec): string {
  if (!agent.host.startsWith('127.')) {
    throw new RangeError(`snmpd bench agents listen on loopback only, not ${agent.host}`);
  }
  if (!/^[A-Za-z0-9]{8,64}$/.test(agent.community)) {
    // snmpd.conf has no quoting: a space or '#' would change what the line means.
    throw new RangeError('the community must be 8–64 letters or digits');
  }
  return [
    `agentAddress udp:${agent.host}:${agent.port}`,
    `rocommunity ${agent.community} ${agent.host}`,
    'master no',
    '',
  ].join('\n');
}
