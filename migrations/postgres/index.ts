import * as migration_20261130_044212_initial from './20261130_044212_initial';

export const migrations = [
  {
    up: migration_20261130_044212_initial.up,
    down: migration_20261130_044212_initial.down,
    name: '20261130_044212_initial'
  },
];
