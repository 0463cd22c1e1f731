import * as migration_20261129_032524_initial from './20261129_032524_initial';
import * as migration_20261129_033712_workshop_core from './20261129_033712_workshop_core';

export const migrations = [
  {
    up: migration_20261129_032524_initial.up,
    down: migration_20261129_032524_initial.down,
    name: '20261129_032524_initial',
  },
  {
    up: migration_20261129_033712_workshop_core.up,
    down: migration_20261129_033712_workshop_core.down,
    name: '20261129_033712_workshop_core'
  },
];
