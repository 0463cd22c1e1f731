import * as migration_20261129_032524_initial from './20261129_032524_initial';

export const migrations = [
  {
    up: migration_20261129_032524_initial.up,
    down: migration_20261129_032524_initial.down,
    name: '20261129_032524_initial'
  },
];
