import { property1 } from './property1';

property1(3);
