import type { Command } from './command.js';

/** `scpkit reproduce`: placeholder until its issue lands; exits 2 so nothing mistakes it for success. */
export const reproduceCommand: Command = {
  name: 'reproduce',
  summary: 'not implemented yet',
  usage: 'scpkit reproduce',
  run: async (_args, io) => {
    io.err('scpkit reproduce: not implemented yet');
    return 2;
  },
};
