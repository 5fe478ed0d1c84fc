import * as migration_20261130_065035_initial from './20261130_065035_initial';

export const migrations = [
  {
    up: migration_20261130_065035_initial.up,
    down: migration_20261130_065035_initial.down,
    name: '20261130_065035_initial'
  },
];
