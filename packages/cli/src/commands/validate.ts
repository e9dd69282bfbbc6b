import type { Command } from './command.js';

/** `scpkit validate`: placeholder until its issue lands; exits 2 so nothing mistakes it for success. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'not implemented yet',
  usage: 'scpkit validate',
  run: async (_args, io) => {
    io.err('scpkit validate: not implemented yet');
    return 2;
  },
};
