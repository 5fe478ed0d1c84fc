import * as migration_20261130_060954_initial from './20261130_060954_initial';

export const migrations = [
  {
    up: migration_20261130_060954_initial.up,
    down: migration_20261130_060954_initial.down,
    name: '20261130_060954_initial'
  },
];
