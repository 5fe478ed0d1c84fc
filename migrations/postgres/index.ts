import * as migration_20261130_031437_initial from './20261130_031437_initial';

export const migrations = [
  {
    up: migration_20261130_031437_initial.up,
    down: migration_20261130_031437_initial.down,
    name: '20261130_031437_initial'
  },
];
