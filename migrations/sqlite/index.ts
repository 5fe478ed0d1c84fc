import * as migration_20261130_065034_initial from './20261130_065034_initial';

export const migrations = [
  {
    up: migration_20261130_065034_initial.up,
    down: migration_20261130_065034_initial.down,
    name: '20261130_065034_initial'
  },
];
