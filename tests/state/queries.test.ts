import { makeDataset } from '../../src/domain/dataset.ts';
import { generated } from '../domain/logicFactories.ts';
import { equivalence } from './equivalence.ts';

const objects = generated(3000, 42);
equivalence('incident objects (makeDataset)', objects, makeDataset(objects), 7);
