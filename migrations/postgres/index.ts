import * as migration_20261130_041336_initial from './20261130_041336_initial';

export const migrations = [
  {
    up: migration_20261130_041336_initial.up,
    down: migration_20261130_041336_initial.down,
    name: '20261130_041336_initial'
  },
];
