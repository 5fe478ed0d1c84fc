import * as migration_20261130_070300_initial from './20261130_070300_initial';

export const migrations = [
  {
    up: migration_20261130_070300_initial.up,
    down: migration_20261130_070300_initial.down,
    name: '20261130_070300_initial'
  },
];
