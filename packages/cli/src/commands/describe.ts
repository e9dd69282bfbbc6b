import type { Command } from './command.js';

/** `scpkit describe`: placeholder until its issue lands; exits 2 so nothing mistakes it for success. */
export const describeCommand: Command = {
  name: 'describe',
  summary: 'not implemented yet',
  usage: 'scpkit describe',
  run: async (_args, io) => {
    io.err('scpkit describe: not implemented yet');
    return 2;
  },
};
