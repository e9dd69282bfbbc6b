import type { Command } from './command.js';

/** `scpkit audit`: placeholder until its issue lands; exits 2 so nothing mistakes it for success. */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'not implemented yet',
  usage: 'scpkit audit',
  run: async (_args, io) => {
    io.err('scpkit audit: not implemented yet');
    return 2;
  },
};
